import type { Assembler, Ref } from './Assembler.ts';
import { apply, type Dual } from './calculus.ts';
import { ExprError } from './ExprError.ts';
import { fuse } from './fuse.ts';
import type { FunctionSpec } from './functions.ts';
import type { Node } from './Node.ts';
import { Op } from './ops.ts';
import { closest } from './suggest.ts';

/** What names and calls mean to one front-end. */
export interface Scope {
  readonly functions: ReadonlyMap<string, FunctionSpec>;
  /** How many input directions values carry tangents for (0: values only). */
  readonly tangents: number;
  /** The value of a name; throws an ExprError at the node when the name is unknown. */
  name(node: Extract<Node, { kind: 'name' }>): Dual;
}

const BINARY = { '+': Op.ADD, '-': Op.SUB, '*': Op.MUL, '/': Op.DIV, '^': Op.POW } as const;

function call(asm: Assembler, node: Extract<Node, { kind: 'call' }>, scope: Scope, into?: Ref): Dual {
  const spec = scope.functions.get(node.fn);
  if (!spec) {
    const names = [...scope.functions.keys()];
    const near = closest(node.fn, names);
    const hint = near ? ` — did you mean '${near}'?` : ` (known: ${names.join(', ')})`;
    const advice = near ? ({ code: 'didYouMean', name: near } as const) : ({ code: 'knownFunctions', names } as const);
    throw new ExprError(`unknown function '${node.fn}'`, node.at, hint, { code: 'unknownFunction', name: node.fn }, advice);
  }
  if (node.args.length !== spec.arity) {
    const wanted = `${spec.arity} argument${spec.arity === 1 ? '' : 's'}`;
    const problem = { code: 'arity', name: node.fn, wanted: spec.arity, got: node.args.length } as const;
    throw new ExprError(`${node.fn} takes ${wanted}, got ${node.args.length}`, node.at, '', problem);
  }
  const args = node.args.map((arg) => emitNode(asm, arg, scope));
  // The oracle may read its points while it writes the gradient, so it never writes into a state.
  if (spec.op === Op.GRAD && into) return apply(asm, Op.COPY, [apply(asm, Op.GRAD, args)], into);
  return apply(asm, spec.op, args, into);
}

/**
 * Emits code computing `node` over whole arrays, into `into` when given (a state, x), else into a
 * register of the assembler's choosing. Names and functions are checked here, against the scope.
 */
export function emitNode(asm: Assembler, node: Node, scope: Scope, into?: Ref): Dual {
  const copy = (value: Dual): Dual => (into ? apply(asm, Op.COPY, [value], into) : value);
  switch (node.kind) {
    case 'number':
      return copy({ ref: asm.constant(node.value), tan: new Array<null>(scope.tangents).fill(null) });
    case 'name':
      if (scope.functions.has(node.name)) {
        throw new ExprError(`'${node.name}' is a function: write ${node.name}(…)`, node.at, '', { code: 'functionAsName', name: node.name });
      }
      return copy(scope.name(node));
    case 'negate':
      return apply(asm, Op.NEG, [emitNode(asm, node.arg, scope)], into);
    case 'binary': {
      const fused = scope.tangents === 0 ? fuse(asm, node, scope, into) : null;
      if (fused) return fused;
      const left = emitNode(asm, node.left, scope);
      // x^2 is x·x exactly, as torch.pow computes a square; other exponents go through pow.
      if (node.op === '^' && node.right.kind === 'number' && node.right.value === 2) {
        return apply(asm, Op.SQUARE, [left], into);
      }
      return apply(asm, BINARY[node.op], [left, emitNode(asm, node.right, scope)], into);
    }
    case 'call':
      return call(asm, node, scope, into);
  }
}
