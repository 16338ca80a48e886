import type { Layout, Operator } from './formulaLayout.ts';

export const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** What building MathML needs of a document, so a test can hand in a small fake one. */
export type MathDocument = Pick<Document, 'createElementNS'>;

const SYMBOLS: Readonly<Record<Operator, string>> = {
  plus: '+',
  minus: '−',
  times: '·',
  // U+2062 INVISIBLE TIMES: drawn as nothing, but tells MathML-aware readers that 2πx is a product.
  'invisible-times': '\u2062',
  negative: '−',
};
/** U+2061 FUNCTION APPLICATION, between a function's name and its bracketed arguments. */
const APPLY = '\u2061';

function element(doc: MathDocument, tag: string, children: readonly Element[] | string): Element {
  const el = doc.createElementNS(MATHML_NS, tag);
  if (typeof children === 'string') el.textContent = children;
  else el.append(...children);
  return el;
}

function build(doc: MathDocument, l: Layout): Element {
  const mo = (text: string) => element(doc, 'mo', text);
  const bracketed = (items: readonly Element[]) => element(doc, 'mrow', [mo('('), ...items, mo(')')]);
  switch (l.kind) {
    case 'number':
      return element(doc, 'mn', l.text);
    case 'name':
      return element(doc, 'mi', l.text);
    case 'operator':
      return mo(SYMBOLS[l.op]);
    case 'row':
      return element(
        doc,
        'mrow',
        l.items.map((item) => build(doc, item)),
      );
    case 'group':
      return bracketed([build(doc, l.inner)]);
    case 'power':
      return element(doc, 'msup', [build(doc, l.base), build(doc, l.exponent)]);
    case 'fraction':
      return element(doc, 'mfrac', [build(doc, l.numerator), build(doc, l.denominator)]);
    case 'sqrt':
      return element(doc, 'msqrt', [build(doc, l.arg)]);
    case 'abs':
      return element(doc, 'mrow', [mo('|'), build(doc, l.arg), mo('|')]);
    case 'call':
      return element(doc, 'mrow', [element(doc, 'mi', l.fn), mo(APPLY), bracketed(l.args.flatMap((a, i) => (i ? [mo(','), build(doc, a)] : [build(doc, a)])))]);
  }
}

/**
 * `<math>f(x, y) = …</math>` built element by element (never from markup text, so a typed formula can
 * never become markup), named by `label`: the formula in words, for screen readers that do not read
 * MathML. With a `target` it is a rule's statement instead, `m ← …`.
 */
export function mathml(doc: MathDocument, layout: Layout, label: string, target?: string): Element {
  const mo = (text: string) => element(doc, 'mo', text);
  const head =
    target !== undefined
      ? [element(doc, 'mi', target), mo('←')]
      : [element(doc, 'mi', 'f'), mo('('), element(doc, 'mi', 'x'), mo(','), element(doc, 'mi', 'y'), mo(')'), mo('=')];
  const math = element(doc, 'math', [element(doc, 'mrow', [...head, build(doc, layout)])]);
  math.setAttribute('display', 'inline');
  math.setAttribute('aria-label', label);
  return math;
}
