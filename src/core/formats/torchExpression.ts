import type { Node } from '../expr/Node.ts';
import { Parser } from '../expr/Parser.ts';
import { tokenize } from '../expr/tokenize.ts';
import { pythonFloat } from './pythonLiteral.ts';

/** The formula language's functions as torch calls (min and max are elementwise there). */
const TORCH_FUNCTIONS: Readonly<Record<string, string>> = {
  sqrt: 'torch.sqrt',
  exp: 'torch.exp',
  log: 'torch.log',
  sin: 'torch.sin',
  cos: 'torch.cos',
  tan: 'torch.tan',
  tanh: 'torch.tanh',
  abs: 'torch.abs',
  sign: 'torch.sign',
  min: 'torch.minimum',
  max: 'torch.maximum',
};

const CONSTANTS: Readonly<Record<string, string>> = { pi: 'math.pi', e: 'math.e' };

const hasVariable = (node: Node): boolean => {
  switch (node.kind) {
    case 'number':
      return false;
    case 'name':
      return node.name === 'x' || node.name === 'y';
    case 'negate':
      return hasVariable(node.arg);
    case 'binary':
      return hasVariable(node.left) || hasVariable(node.right);
    case 'call':
      return node.args.some(hasVariable);
  }
};

function emit(node: Node): string {
  switch (node.kind) {
    case 'number':
      return pythonFloat(node.value);
    case 'name':
      return CONSTANTS[node.name] ?? node.name;
    case 'negate':
      return `(-${emit(node.arg)})`;
    case 'binary':
      return `(${emit(node.left)} ${node.op === '^' ? '**' : node.op} ${emit(node.right)})`;
    case 'call': {
      const fn = TORCH_FUNCTIONS[node.fn];
      if (!fn) throw new Error(`no torch function for '${node.fn}'`);
      // torch's functions take tensors only: a constant argument (sin(2), max(x, 0)) becomes one.
      const args = node.args.map((a) => (hasVariable(a) ? emit(a) : `torch.as_tensor(${emit(a)})`));
      return `${fn}(${args.join(', ')})`;
    }
  }
}

/**
 * f(x, y) in the formula language as a Python expression over float64 tensors x and y, parenthesised
 * as the tree is, so Python evaluates it in the same order: `^` → `**`, `sin` → `torch.sin`, `pi` →
 * `math.pi`. The text must be valid (a state or the surfaces' own expressions).
 */
export function torchExpression(formula: string): string {
  const parser = new Parser(tokenize(formula));
  const tree = parser.expression();
  parser.expectEnd();
  return emit(tree);
}
