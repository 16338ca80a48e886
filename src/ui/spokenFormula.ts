import type { Words } from '../i18n/words.ts';
import type { Layout, Operator } from './formulaLayout.ts';

type FormulaWords = Words['presets']['formula'];

/** Heard as one unit without brackets: a symbol, a number, or something already bracketed. */
const single = (l: Layout) => l.kind === 'number' || l.kind === 'name' || l.kind === 'group';

function operatorWord(op: Operator, w: FormulaWords): string {
  switch (op) {
    case 'plus':
      return w.plus;
    case 'minus':
      return w.minus;
    case 'times':
    case 'invisible-times':
      return w.times;
    case 'negative':
      return w.negative;
  }
}

function spoken(l: Layout, w: FormulaWords): string {
  // An argument heard without its brackets would run into what follows it: say them when it has several parts.
  const bracketed = (arg: Layout) => (single(arg) || arg.kind === 'power' || arg.kind === 'call' ? spoken(arg, w) : w.group(spoken(arg, w)));
  switch (l.kind) {
    case 'number':
      return l.text;
    case 'name':
      return l.text === 'π' ? w.pi : l.text;
    case 'operator':
      return operatorWord(l.op, w);
    case 'row':
      return w.join(l.items.map((item) => spoken(item, w)));
    case 'group':
      return w.group(spoken(l.inner, w));
    case 'power': {
      const b = spoken(l.base, w);
      const e = l.exponent.kind === 'number' ? l.exponent.text : bracketed(l.exponent);
      return e === '2' ? w.squared(b) : e === '3' ? w.cubed(b) : w.power(b, e);
    }
    case 'fraction': {
      const [n, d] = [spoken(l.numerator, w), spoken(l.denominator, w)];
      return single(l.numerator) && single(l.denominator) ? w.over(n, d) : w.fraction(n, d);
    }
    case 'sqrt':
      return w.sqrt(bracketed(l.arg));
    case 'abs':
      return w.abs(bracketed(l.arg));
    case 'call':
      // exp(u) is said as the power it is: e to the power u.
      if (l.fn === 'exp' && l.args.length === 1) return w.power('e', bracketed(l.args[0]));
      return w.call(w.functions[l.fn] ?? l.fn, l.args.map(bracketed));
  }
}

/** The formula f(x, y) = … as a sentence in the catalogue's language, for a screen reader without MathML. */
export function spokenFormula(layout: Layout, words: FormulaWords): string {
  return words.equals(spoken(layout, words));
}
