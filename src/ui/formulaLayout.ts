import { ExprError } from '../core/expr/ExprError.ts';
import type { Node } from '../core/expr/Node.ts';
import { Parser } from '../core/expr/Parser.ts';
import { tokenize } from '../core/expr/tokenize.ts';

/** An operator between (or before) the items of a row, by meaning: how it is drawn and said follows. */
export type Operator = 'plus' | 'minus' | 'times' | 'invisible-times' | 'negative';

/**
 * A formula as it is laid out on the page: the parser's tree with its brackets put back where
 * precedence needs them, sums and products flattened into rows, `/` as a fraction, `^` as a
 * superscript and a product written as juxtaposition where that reads unambiguously (2πx, x²y) and
 * with a dot where it would not (2·3, x·½). The MathML and the spoken sentence are both read from it,
 * so what is heard is what is seen.
 */
export type Layout =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'name'; readonly text: string }
  | { readonly kind: 'operator'; readonly op: Operator }
  | { readonly kind: 'row'; readonly items: readonly Layout[] }
  | { readonly kind: 'group'; readonly inner: Layout }
  | { readonly kind: 'power'; readonly base: Layout; readonly exponent: Layout }
  | { readonly kind: 'fraction'; readonly numerator: Layout; readonly denominator: Layout }
  | { readonly kind: 'sqrt'; readonly arg: Layout }
  | { readonly kind: 'abs'; readonly arg: Layout }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Layout[] };

const NAMES: Readonly<Record<string, string>> = { pi: 'π' };

const isSum = (n: Node) => n.kind === 'binary' && (n.op === '+' || n.op === '-');
const isProduct = (n: Node) => n.kind === 'binary' && n.op === '*';
/** A negation, or a product led by one: after another operator it needs brackets, a + (−2x). */
const leadsNegative = (n: Node): boolean => n.kind === 'negate' || (isProduct(n) && n.kind === 'binary' && leadsNegative(n.left));
const group = (inner: Layout): Layout => ({ kind: 'group', inner });
const operator = (op: Operator): Layout => ({ kind: 'operator', op });

/** Whether a layout starts with a digit, where juxtaposition after a number would merge two numbers. */
function startsWithDigit(l: Layout): boolean {
  if (l.kind === 'number') return true;
  if (l.kind === 'row') return startsWithDigit(l.items[0]);
  if (l.kind === 'power') return startsWithDigit(l.base);
  return false;
}

/** The items of a sum (`a + b - c`), left to right; a sum or a negation on the right is bracketed. */
function sumItems(n: Node): Layout[] {
  if (n.kind !== 'binary' || (n.op !== '+' && n.op !== '-')) return [layout(n)];
  const right = isSum(n.right) || leadsNegative(n.right) ? group(layout(n.right)) : layout(n.right);
  return [...sumItems(n.left), operator(n.op === '+' ? 'plus' : 'minus'), right];
}

/** The factors of a product, any grouping of it flattened (it is associative); sums are bracketed. */
function factors(n: Node, first: boolean): Layout[] {
  if (isProduct(n) && n.kind === 'binary') return [...factors(n.left, first), ...factors(n.right, false)];
  // Only the leading factor may carry its sign unbracketed: −20 exp(…), but x·(−y).
  return [isSum(n) || (n.kind === 'negate' && !first) ? group(layout(n)) : layout(n)];
}

function productItems(n: Node): Layout[] {
  const items: Layout[] = [];
  for (const f of factors(n, true)) {
    if (items.length) items.push(operator(f.kind === 'fraction' || startsWithDigit(f) ? 'times' : 'invisible-times'));
    items.push(f);
  }
  return items;
}

/** A power's base is bracketed unless it is a single symbol, number or function call. */
function base(n: Node): Layout {
  const l = layout(n);
  const plain = n.kind === 'number' || n.kind === 'name' || (n.kind === 'call' && n.fn !== 'sqrt');
  return plain ? l : group(l);
}

/** The layout of a parsed tree, such as a rule's statement. */
export function layout(n: Node): Layout {
  switch (n.kind) {
    case 'number':
      return { kind: 'number', text: String(n.value) };
    case 'name':
      return { kind: 'name', text: NAMES[n.name] ?? n.name };
    case 'negate':
      return { kind: 'row', items: [operator('negative'), isSum(n.arg) || leadsNegative(n.arg) ? group(layout(n.arg)) : layout(n.arg)] };
    case 'call':
      if ((n.fn === 'sqrt' || n.fn === 'abs') && n.args.length === 1) return { kind: n.fn, arg: layout(n.args[0]) };
      return { kind: 'call', fn: n.fn, args: n.args.map(layout) };
    case 'binary':
      switch (n.op) {
        case '+':
        case '-':
          return { kind: 'row', items: sumItems(n) };
        case '*':
          return { kind: 'row', items: productItems(n) };
        case '/':
          return { kind: 'fraction', numerator: layout(n.left), denominator: layout(n.right) };
        case '^':
          return { kind: 'power', base: base(n.left), exponent: layout(n.right) };
      }
  }
}

/** The layout of a formula's text, or null when it does not parse (it is then shown as plain text). */
export function formulaLayout(text: string): Layout | null {
  try {
    const parser = new Parser(tokenize(text));
    const tree = parser.expression();
    parser.expectEnd();
    return layout(tree);
  } catch (e) {
    if (e instanceof ExprError) return null;
    throw e;
  }
}
