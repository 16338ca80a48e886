import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaSurface, type FormulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import { prefersLogLevels } from '../../../src/core/expr/prefersLogLevels.ts';
import { sampleGrid } from '../../../src/core/grid.ts';
import { createRandom } from '../../../src/core/random.ts';
import { surfaces } from '../../../src/core/surfaces/registry.ts';
import { SURFACE_EXPRESSIONS as BUILTIN_FORMULAS } from '../../../src/core/surfaces/expressions.ts';

function surfaceOf(text: string): FormulaSurface {
  const result = formulaSurface(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.surface;
}

function gradientOf(surface: FormulaSurface, x: number, y: number): [number, number, number] {
  const g = new Float64Array(2);
  const f = surface.gradient(x, y, g, 0);
  return [f, g[0], g[1]];
}

describe('built-in surfaces typed as formulas', () => {
  it('covers every built-in surface', () => {
    expect(Object.keys(BUILTIN_FORMULAS).sort()).toEqual(surfaces.map((s) => s.id).sort());
  });

  it.each(surfaces.map((s) => [s.id, s] as const))('%s: value and gradient agree with the hand-written ones', (id, builtin) => {
    const typed = surfaceOf(BUILTIN_FORMULAS[id]);
    const random = createRandom(3);
    const hand = new Float64Array(2);
    let worst = 0;
    for (let k = 0; k < 500; k++) {
      const x = random.uniform(builtin.view.x[0], builtin.view.x[1]);
      const y = random.uniform(builtin.view.y[0], builtin.view.y[1]);
      const f = builtin.gradient(x, y, hand, 0);
      const [tf, tx, ty] = gradientOf(typed, x, y);
      // Relative to the gradient's size: summing the same terms in another order moves the last bits.
      const scale = Math.max(1, Math.hypot(hand[0], hand[1]), Math.abs(f));
      worst = Math.max(worst, Math.abs(tf - f) / scale, Math.abs(tx - hand[0]) / scale, Math.abs(ty - hand[1]) / scale);
      expect(typed.value(x, y)).toBe(tf);
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('chooses log-spaced contours for the built-ins that use them, except six-hump camel', () => {
    const chosen = surfaces.map((s) => [s.id, prefersLogLevels(sampleGrid(s, s.view, 41, 41))]);
    const expected = surfaces.map((s) => [s.id, s.id === 'six_hump_camel' ? true : s.logLevels]);
    expect(chosen).toEqual(expected);
  });
});

describe('subgradients at kinks, as PyTorch autograd returns them', () => {
  it('abs has slope 0 at 0 (torch: grad · sgn(x))', () => {
    expect(gradientOf(surfaceOf('abs(x) + abs(y)'), 0, 0)).toEqual([0, 0, 0]);
    expect(gradientOf(surfaceOf('abs(x) + abs(y)'), -2, 3)).toEqual([5, -1, 1]);
  });

  it('max and min split the gradient evenly at a tie (torch.maximum, torch.minimum since 1.10)', () => {
    expect(gradientOf(surfaceOf('max(x, y)'), 1, 1)).toEqual([1, 0.5, 0.5]);
    expect(gradientOf(surfaceOf('min(x, y)'), 1, 1)).toEqual([1, 0.5, 0.5]);
    expect(gradientOf(surfaceOf('max(x, y)'), 2, 1)).toEqual([2, 1, 0]);
    expect(gradientOf(surfaceOf('min(x, y)'), 2, 1)).toEqual([1, 0, 1]);
    expect(gradientOf(surfaceOf('max(2*x, x^2)'), 2, 0)).toEqual([4, 3, 0]);
  });

  it('sqrt at 0 has an infinite slope, so the cone tip gives NaN as autograd does', () => {
    const [f, gx, gy] = gradientOf(surfaceOf('sqrt(x^2 + y^2)'), 0, 0);
    expect(f).toBe(0);
    expect(gx).toBeNaN();
    expect(gy).toBeNaN();
  });

  it('a base of 0 contributes no exponent gradient (torch masks log(0) where the exponent is >= 0)', () => {
    expect(gradientOf(surfaceOf('x^y'), 0, 2)).toEqual([0, 0, 0]);
    expect(gradientOf(surfaceOf('x^0'), 0, 1)).toEqual([1, 0, 0]);
  });

  it('a term that does not depend on a variable adds exactly nothing to its partial', () => {
    // log(x) is -Infinity at x = 0, but its tangent along y is zero symbolically, never 0 · Infinity.
    const [f, gx, gy] = gradientOf(surfaceOf('log(x) + y'), 0, 2);
    expect(f).toBe(-Infinity);
    expect(gx).toBe(Infinity);
    expect(gy).toBe(1);
  });
});

/** Random smooth expressions of x and y whose values stay moderate on [-2, 2]². */
const smooth = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.constantFrom('x', 'y', 'pi', 'e'),
    fc.double({ min: -3, max: 3, noNaN: true }).map((v) => `(${v.toPrecision(4)})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a} / (1.5 + sin(${b}))`),
    fc.tuple(tie('e'), fc.constantFrom(2, 3)).map(([a, k]) => `tanh(${a})^${k}`),
    fc.tuple(fc.constantFrom('sin', 'cos', 'tanh', 'tan'), tie('e')).map(([f, a]) => `${f}(0.3*tanh(${a}))`),
    tie('e').map((a) => `exp(sin(${a}))`),
    tie('e').map((a) => `sqrt(1 + ${a}^2)`),
    tie('e').map((a) => `log(2 + cos(${a}))`),
    tie('e').map((a) => `(-${a})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `(1.5 + cos(${a}))^(sin(${b}))`),
  ),
}));

describe('the exact gradient of a typed function', () => {
  it('matches central differences for random expressions at random points', () => {
    fc.assert(
      fc.property(smooth.e, fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (text, x, y) => {
        const surface = surfaceOf(text);
        const [f, gx, gy] = gradientOf(surface, x, y);
        const h = 1e-5;
        const cx = (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h);
        const cy = (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h);
        const scale = 1 + Math.abs(f) + Math.abs(gx) + Math.abs(gy);
        expect(Math.abs(gx - cx)).toBeLessThan(1e-5 * scale);
        expect(Math.abs(gy - cy)).toBeLessThan(1e-5 * scale);
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  it('gives the same bits for one particle at a time and for a batch', () => {
    const surface = surfaceOf('(1 - x)^2 + 100*(y - x^2)^2 + max(x, y) + abs(sin(3*x*y))');
    const random = createRandom(5);
    const n = 300;
    const pos = new Float64Array(2 * n).map(() => random.uniform(-3, 3));
    pos[0] = pos[1] = 0.5;
    const grad = new Float64Array(2 * n);
    const loss = new Float64Array(n);
    const check = surface.gradientMany(pos, grad, loss, n);
    let sum = 0;
    for (let p = 0; p < n; p++) {
      const [f, gx, gy] = gradientOf(surface, pos[2 * p], pos[2 * p + 1]);
      expect([loss[p], grad[2 * p], grad[2 * p + 1]]).toEqual([f, gx, gy]);
      sum += pos[2 * p] + pos[2 * p + 1] + f + gx + gy;
    }
    expect(check).toBe(sum);
  });

  it('reports a non-finite batch through its check sum', () => {
    const surface = surfaceOf('log(x) + y');
    const pos = Float64Array.of(1, 1, -1, 1);
    expect(surface.gradientMany(pos, new Float64Array(4), new Float64Array(2), 2)).toBeNaN();
  });

  it('samples a grid row by row with the same values as value(x, y)', () => {
    const surface = surfaceOf('x^2 + 3*sin(y) + log(x)');
    const view = { x: [-1, 2] as const, y: [-2, 1] as const };
    const grid = sampleGrid(surface, view, 7, 5);
    for (let j = 0; j < 5; j++) {
      for (let i = 0; i < 7; i++) {
        const v = surface.value(-1 + (i * 3) / 6, -2 + (j * 3) / 4);
        expect(grid[j * 7 + i]).toBe(Number.isFinite(v) ? v : NaN);
      }
    }
    expect(grid.some(Number.isNaN)).toBe(true);
  });

  it('samples rows longer than one block of the machine', () => {
    const surface = surfaceOf('sin(3*x)*y + max(x, 0.1*y)');
    const view = { x: [-2, 2] as const, y: [-1, 1] as const };
    const grid = sampleGrid(surface, view, 601, 2);
    for (let i = 0; i < 601; i += 37) expect(grid[601 + i]).toBe(surface.value(-2 + (i * 4) / 600, 1));
  });
});

describe('a typed function as a Surface', () => {
  it('is the custom surface, with no known minima and its text as the formula', () => {
    const surface = surfaceOf('x^2 + 3*sin(y)');
    expect(surface.id).toBe('custom');
    expect(surface.formula).toBe('x^2 + 3*sin(y)');
    expect(surface.minima).toEqual([]);
    expect(surface.view).toEqual({ x: [-5, 5], y: [-5, 5] });
  });

  it('starts off-centre where the slope is finite and not zero', () => {
    expect(surfaceOf('x^2 + y^2').start).toEqual([-3.5, 3]);
    // log(x) is undefined at x = -3.5, so the next candidate start is taken.
    expect(surfaceOf('log(x) + y^2').start).toEqual([3, 3.5]);
  });

  it('picks log-spaced contours for a steep valley and even ones for a bowl', () => {
    expect(surfaceOf('(1 - x)^2 + 100*(y - x^2)^2').logLevels).toBe(true);
    expect(surfaceOf('x^2 + y^2').logLevels).toBe(false);
    expect(surfaceOf('log(x - 100)').logLevels).toBe(false);
  });
});
