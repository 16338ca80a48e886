import type { Node } from '../core/expr/Node.ts';
import { Parser } from '../core/expr/Parser.ts';
import { tokenize } from '../core/expr/tokenize.ts';
import type { Words } from '../i18n/words.ts';

type Spoken = Words['map']['spoken'];

/** How tightly each node binds, as the parser reads them: + − loosest, then × ÷, unary minus, ^, atoms. */
function binding(node: Node): number {
  if (node.kind === 'binary') return node.op === '+' || node.op === '-' ? 1 : node.op === '^' ? 4 : 2;
  return node.kind === 'negate' ? 3 : 5;
}

/**
 * A formula read aloud in the reader's language, from the same tree the map computes: brackets
 * are spoken exactly where the text's meaning needs them (a spoken "x plus y squared" cannot show
 * its grouping any other way), squares and cubes by name, functions as "cosine of …". Null when
 * the text does not parse.
 */
export function spokenFormula(text: string, words: Spoken, formatNumber: (n: number) => string): string | null {
  let tree: Node;
  try {
    const parser = new Parser(tokenize(text));
    tree = parser.expression();
    parser.expectEnd();
  } catch {
    return null;
  }
  const say = (node: Node): string => {
    switch (node.kind) {
      case 'number':
        return formatNumber(node.value);
      case 'name':
        return words.names[node.name] ?? node.name;
      case 'negate':
        return words.negate(operand(node.arg, 3, false));
      case 'call': {
        const args = node.args.map((a) => operand(a, 5, false)).join(words.and);
        return words.call(words.functions[node.fn] ?? node.fn, args);
      }
      case 'binary': {
        const { op, left, right } = node;
        if (op === '^') {
          const base = operand(left, 5, false);
          if (right.kind === 'number' && right.value === 2) return words.squared(base);
          if (right.kind === 'number' && right.value === 3) return words.cubed(base);
          return words.power(base, operand(right, 5, false));
        }
        const level = binding(node);
        const a = operand(left, level, false);
        const b = operand(right, level, op === '-' || op === '/');
        return op === '+' ? words.plus(a, b) : op === '-' ? words.minus(a, b) : op === '*' ? words.times(a, b) : words.over(a, b);
      }
    }
  };
  /** A child looser than its place, or as loose on the right of − and ÷, is spoken in brackets. */
  const operand = (node: Node, level: number, strictRight: boolean): string => {
    const b = binding(node);
    return b < level || (strictRight && b === level) ? words.group(say(node)) : say(node);
  };
  return say(tree);
}
