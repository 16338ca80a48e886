import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../src/core/expr/compileFormula.ts';
import { formulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import { LIMITS } from '../../../src/core/expr/limits.ts';

function valueOf(text: string, x: number, y: number): number {
  const result = formulaSurface(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.surface.value(x, y);
}

// Each expected value is the same arithmetic written out in JavaScript at x = 1.5, y = -0.5.
const X = 1.5;
const Y = -0.5;
const VALUES: readonly [string, number][] = [
  ['x^2 + 3*sin(y)', X ** 2 + 3 * Math.sin(Y)],
  ['(1-x)^2 + 100*(y-x^2)^2', (1 - X) ** 2 + 100 * (Y - X ** 2) ** 2],
  ['abs(x) + y^2', Math.abs(X) + Y ** 2],
  ['max(x, y)', X],
  ['min(x, y)', Y],
  ['-x^2', -(X ** 2)],
  ['(-x)^2', X ** 2],
  ['2^3^2', 2 ** 9],
  ['2^-1', 0.5],
  ['-2^-2', -0.25],
  ['x - y - 1', X - Y - 1],
  ['x / y / 2', X / Y / 2],
  ['1e-8 + 2.5E+1 + .5 + 5.', 1e-8 + 25 + 0.5 + 5],
  ['x**2', X ** 2],
  ['+x', X],
  ['--x', X],
  ['pi*e', Math.PI * Math.E],
  ['sqrt(x) + exp(y) + log(x) + cos(y) + tan(x) + tanh(y)', Math.sqrt(X) + Math.exp(Y) + Math.log(X) + Math.cos(Y) + Math.tan(X) + Math.tanh(Y)],
  ['  x\t*\ty  ', X * Y],
  ['log(y)', NaN],
  ['1/(x - 1.5)', Infinity],
  ['y^0.5', NaN],
];

const ERRORS: readonly [string, string, number][] = [
  ['(x + 1))', "unexpected ')'", 8],
  ['x + * y', "unexpected '*'", 5],
  ['sin(x', 'unexpected end of the expression', 6],
  ['2x', "unexpected name 'x' — write * to multiply", 2],
  ['x y', "unexpected name 'y' — write * to multiply", 3],
  ['(x)(y)', "unexpected '(' — write * to multiply", 4],
  ['sine(x)', "unknown function 'sine' — did you mean 'sin'?", 1],
  ['x + z', "unknown name 'z' (a formula uses x, y, pi and e)", 5],
  ['x + pii', "unknown name 'pii' — did you mean 'pi'?", 5],
  ['sqrt + 1', "'sqrt' is a function: write sqrt(…)", 1],
  ['max(x)', 'max takes 2 arguments, got 1', 1],
  ['x + sqrt(x, y)', 'sqrt takes 1 argument, got 2', 5],
  ['grad(x)', "unknown function 'grad'", 1],
  ['sign(x)', "unknown function 'sign' — did you mean 'sin'?", 1],
  ['x $ y', "unexpected '$'", 3],
  ['x = 1', "unexpected '='", 3],
  ['', 'empty: type a function of x and y, for example x^2 + 3*sin(y)', 1],
  ['   ', 'empty: type a function of x and y, for example x^2 + 3*sin(y)', 4],
  ['x +', 'unexpected end of the expression — expected a number, a name or (', 4],
  ['max(x,)', "unexpected ')'", 7],
  ['x\n+ )', "unexpected ')'", 3],
];

describe('compileFormula', () => {
  it.each(VALUES)('%s', (text, expected) => {
    expect(valueOf(text, X, Y)).toBe(expected);
  });

  it.each(ERRORS)('refuses %j: %s at column %i', (text, reason, column) => {
    const result = compileFormula(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason.startsWith(reason)).toBe(true);
    expect(result.error.column).toBe(column);
  });

  it('words an error as the issue shows it: "unexpected \')\' at column 7"', () => {
    const result = compileFormula('(x + 1))');
    expect(!result.ok && result.error.message).toBe("unexpected ')' at column 8");
    const twoLines = compileFormula('x\n+ )');
    expect(!twoLines.ok && twoLines.error.message).toBe("unexpected ')' at line 2, column 3");
  });
});

describe('hostile text', () => {
  function quickly(text: string): string {
    const began = performance.now();
    const result = compileFormula(text);
    expect(performance.now() - began).toBeLessThan(250);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error.reason;
  }

  it('refuses a megabyte at once', () => {
    expect(quickly('x+'.repeat(500_000))).toBe(`longer than ${LIMITS.expressionLength} characters`);
  });

  it('refuses nesting 10 000 deep without overflowing the stack', () => {
    const nested = `${'('.repeat(10_000)}x${')'.repeat(10_000)}`.slice(0, LIMITS.expressionLength);
    expect(quickly(nested)).toBe(`nested more than ${LIMITS.nesting} levels deep`);
    expect(quickly('-'.repeat(900) + 'x')).toBe(`nested more than ${LIMITS.nesting} levels deep`);
    expect(quickly(`${'x^'.repeat(400)}x`)).toBe(`nested more than ${LIMITS.nesting} levels deep`);
    expect(quickly(`${'sin('.repeat(100)}x${')'.repeat(100)}`)).toBe(`nested more than ${LIMITS.nesting} levels deep`);
  });

  it('accepts the longest chain the length limit allows and nesting up to the limit', () => {
    expect(compileFormula(`x${'+x'.repeat((LIMITS.expressionLength - 1) / 2 - 1)}`).ok).toBe(true);
    expect(compileFormula(`${'('.repeat(LIMITS.nesting)}x${')'.repeat(LIMITS.nesting)}`).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    const alphabet = fc.constantFrom(...'xy()+-*/^,.e1 2sqrtmaxpi\n=#$'.split(''), 'sin(', 'max(', '1e-8', '**');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          const result = compileFormula(text);
          if (!result.ok) {
            expect(result.error.line).toBeGreaterThanOrEqual(1);
            expect(result.error.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { seed: 7, numRuns: 3000 },
    );
  });
});
