import { describe, expect, it } from 'vitest';
import { formulaSurface } from '../../src/core/expr/FormulaSurface.ts';
import { createRandom } from '../../src/core/random.ts';
import { SURFACE_EXPRESSIONS } from '../../src/core/surfaces/expressions.ts';
import { formulaLayout, type Layout } from '../../src/ui/formulaLayout.ts';

const num = (text: string): Layout => ({ kind: 'number', text });
const name = (text: string): Layout => ({ kind: 'name', text });
const op = (o: 'plus' | 'minus' | 'times' | 'invisible-times' | 'negative'): Layout => ({ kind: 'operator', op: o });
const row = (...items: Layout[]): Layout => ({ kind: 'row', items });
const group = (inner: Layout): Layout => ({ kind: 'group', inner });
const pow = (base: Layout, exponent: Layout): Layout => ({ kind: 'power', base, exponent });

/**
 * The layout written back in the formula language, bracketing only what the layout brackets (and the
 * parts a superscript or a fraction bar holds together on the page): if a bracket the page needs were
 * missing, this text would mean something else, and its values would differ from the original's.
 */
function written(l: Layout): string {
  switch (l.kind) {
    case 'number':
      return l.text;
    case 'name':
      return l.text === 'π' ? 'pi' : l.text;
    case 'operator':
      return { plus: ' + ', minus: ' - ', times: '*', 'invisible-times': '*', negative: '-' }[l.op];
    case 'row':
      return l.items.map(written).join('');
    case 'group':
      return `(${written(l.inner)})`;
    case 'power':
      return `${written(l.base)}^(${written(l.exponent)})`;
    case 'fraction':
      return `(${written(l.numerator)})/(${written(l.denominator)})`;
    case 'sqrt':
    case 'abs':
      return `${l.kind}(${written(l.arg)})`;
    case 'call':
      return `${l.fn}(${l.args.map(written).join(', ')})`;
  }
}

const TRICKY = [
  'x - (y - 1)',
  '-(x + y)^2',
  '2^-x',
  'x/(y*2)',
  'x*-y',
  '-x*-y',
  'x^y^2',
  '-(-x)',
  '(x*y)^2',
  'x + -2*y',
  '(-x)^2',
  '-x^2',
  'x - -y',
  '(x - y) - (1 - x)',
  'sqrt(x^2 + 1)^3',
  '(x/y)^2',
  'max(x, -y) - min(x - 1, y)',
  '2*3*x',
  'x*(1/2)',
];

describe('formulaLayout', () => {
  it.each([...Object.entries(SURFACE_EXPRESSIONS), ...TRICKY.map((t) => [t, t])])(
    '%s: brackets where the page needs them and nowhere it changes the meaning',
    (_id, text) => {
      const layout = formulaLayout(text)!;
      const back = formulaSurface(written(layout));
      const original = formulaSurface(text);
      if (!back.ok || !original.ok) throw new Error(`${written(layout)} does not compile`);
      const random = createRandom(3);
      for (let i = 0; i < 50; i++) {
        const [x, y] = [4 * random.next() - 2, 4 * random.next() - 2];
        const want = original.surface.value(x, y);
        const got = back.surface.value(x, y);
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
      }
    },
  );

  it('lays the saddle out as two superscripts and a minus', () => {
    expect(formulaLayout('x^2 - y^2')).toEqual(row(pow(name('x'), num('2')), op('minus'), pow(name('y'), num('2'))));
  });

  it('brackets the bases of Rosenbrock’s squares and writes 100 next to its bracket', () => {
    expect(formulaLayout('(1 - x)^2 + 100*(y - x^2)^2')).toEqual(
      row(
        pow(group(row(num('1'), op('minus'), name('x'))), num('2')),
        op('plus'),
        row(num('100'), op('invisible-times'), pow(group(row(name('y'), op('minus'), pow(name('x'), num('2')))), num('2'))),
      ),
    );
  });

  it('writes products next to each other, with a dot only before a number or a fraction', () => {
    expect(formulaLayout('2*pi*x')).toEqual(row(num('2'), op('invisible-times'), name('π'), op('invisible-times'), name('x')));
    expect(formulaLayout('x*2')).toEqual(row(name('x'), op('times'), num('2')));
    expect(formulaLayout('x*3^y')).toEqual(row(name('x'), op('times'), pow(num('3'), name('y'))));
    expect(formulaLayout('x*(1/2)')).toEqual(row(name('x'), op('times'), { kind: 'fraction', numerator: num('1'), denominator: num('2') }));
  });

  it('brackets a sign after an operator but not at the start', () => {
    expect(formulaLayout('-20*exp(x)')).toEqual(row(row(op('negative'), num('20')), op('invisible-times'), { kind: 'call', fn: 'exp', args: [name('x')] }));
    expect(formulaLayout('x + -2*y')).toEqual(row(name('x'), op('plus'), group(row(row(op('negative'), num('2')), op('invisible-times'), name('y')))));
    expect(formulaLayout('x*-y')).toEqual(row(name('x'), op('invisible-times'), group(row(op('negative'), name('y')))));
  });

  it('keeps square roots and absolute values as their own signs, and a root raised to a power in brackets', () => {
    expect(formulaLayout('abs(x)')).toEqual({ kind: 'abs', arg: name('x') });
    expect(formulaLayout('sqrt(x)^2')).toEqual(pow(group({ kind: 'sqrt', arg: name('x') }), num('2')));
    expect(formulaLayout('sin(x)^2')).toEqual(pow({ kind: 'call', fn: 'sin', args: [name('x')] }, num('2')));
  });

  it('gives null for a text that does not parse', () => {
    expect(formulaLayout('x^2 +')).toBeNull();
    expect(formulaLayout('x $ y')).toBeNull();
  });
});
