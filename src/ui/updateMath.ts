import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { LineValue, UpdateLine } from '../sim/updateLines.ts';
import { formulaLayout, type Layout } from './formulaLayout.ts';
import { instrumentNumber } from './instrumentNumber.ts';
import { MATHML_NS, mathml, type MathDocument } from './mathml.ts';
import { spokenFormula } from './spokenFormula.ts';

/** The symbols PyTorch's documentation writes for its hyperparameters (lr stays lr), and the panel's own. */
const SYMBOLS: Readonly<Record<string, string>> = {
  momentum: 'μ',
  dampening: 'τ',
  beta1: 'β₁',
  beta2: 'β₂',
  eps: 'ε',
  rho: 'ρ',
  alpha: 'α',
  weight_decay: 'λ',
  eta: 'η',
  bc1: 'c₁',
  bc2: 'c₂',
  vmax: 'v̂',
};

const symbol = (name: string) => SYMBOLS[name] ?? name;

function renamed(l: Layout): Layout {
  switch (l.kind) {
    case 'name':
      return { kind: 'name', text: symbol(l.text) };
    case 'row':
      return { kind: 'row', items: l.items.map(renamed) };
    case 'group':
      return { kind: 'group', inner: renamed(l.inner) };
    case 'power':
      return { kind: 'power', base: renamed(l.base), exponent: renamed(l.exponent) };
    case 'fraction':
      return { kind: 'fraction', numerator: renamed(l.numerator), denominator: renamed(l.denominator) };
    case 'sqrt':
    case 'abs':
      return { kind: l.kind, arg: renamed(l.arg) };
    case 'call':
      return { kind: 'call', fn: l.fn, args: l.args.map(renamed) };
    default:
      return l;
  }
}

function element(doc: MathDocument, tag: string, text: string): Element {
  const e = doc.createElementNS(MATHML_NS, tag);
  e.textContent = text;
  return e;
}

/**
 * One line of the update as MathML, `m ← β₁m + (1 − β₁)g = (0.0123, −0.456)`: the rule's formula
 * with this step's value after it (a quantity without a formula is `g = (…)`), named by the same
 * sentence in words for screen readers without MathML.
 */
export function updateMath(doc: MathDocument, line: UpdateLine, words: Words, lang: Lang): Element {
  const f = instrumentNumber(lang);
  const values = typeof line.value === 'number' ? [line.value] : line.value;
  const shown = values.map(f);
  const valueText = shown.length === 1 ? shown[0] : `(${shown.join(', ')})`;
  const target = symbol(line.target);
  const tree = line.expr === null ? null : formulaLayout(line.expr);
  const formulaWords = words.presets.formula;
  const said = tree ? spokenFormula(renamed(tree), { ...formulaWords, equals: (rhs) => words.rules.becomes(target, rhs) }) : target;
  const math = tree ? mathml(doc, renamed(tree), '', target) : element(doc, 'math', '');
  const row = tree ? math.firstElementChild! : math.appendChild(doc.createElementNS(MATHML_NS, 'mrow'));
  if (!tree) row.append(element(doc, 'mi', target));
  row.append(element(doc, 'mo', '='));
  const value = doc.createElementNS(MATHML_NS, 'mrow');
  if (shown.length > 1) value.append(element(doc, 'mo', '('));
  shown.forEach((text, k) => {
    if (k) value.append(element(doc, 'mo', ','));
    value.append(element(doc, 'mn', text));
  });
  if (shown.length > 1) value.append(element(doc, 'mo', ')'));
  row.append(value);
  math.setAttribute('aria-label', `${said} = ${valueText}`);
  return math;
}

/** A value as data for checks: every digit JSON keeps, so a test can compare it with the core's exactly. */
export const valueData = (v: LineValue): string => JSON.stringify(v);
