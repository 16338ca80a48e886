import { Tier, type Assembler, type Ref } from './Assembler.ts';
import { apply, type Dual } from './calculus.ts';
import { emitNode, type Scope } from './emitNode.ts';
import type { Node } from './Node.ts';
import { Op } from './ops.ts';

type Binary = Extract<Node, { kind: 'binary' }>;

const value = (ref: Ref): Dual => ({ ref, tan: [] });
const isVector = (ref: Ref) => ref.tier === Tier.VECTOR;

/** A product with one scalar factor, as its two factors; anything else as itself (scale null). */
function term(asm: Assembler, node: Node, scope: Scope): { scale: Ref | null; vector: Ref } {
  if (!(node.kind === 'binary' && node.op === '*')) return { scale: null, vector: emitNode(asm, node, scope).ref };
  const left = emitNode(asm, node.left, scope).ref;
  const right = emitNode(asm, node.right, scope).ref;
  if (!isVector(left) && isVector(right)) return { scale: left, vector: right };
  if (isVector(left) && !isVector(right)) return { scale: right, vector: left };
  const product = asm.op(Op.MUL, left, right);
  asm.release(left, right);
  return { scale: null, vector: product };
}

/** The term as one register again, when the fused form does not apply (s·v = v·s exactly). */
function whole(asm: Assembler, { scale, vector }: { scale: Ref | null; vector: Ref }): Ref {
  if (!scale) return vector;
  const product = asm.op(Op.MUL, scale, vector);
  asm.release(scale, vector);
  return product;
}

/**
 * `c·a ± e·b` as one LIN pass. Exact, not just close: 1·a is a, (−e)·b is −(e·b), and a + (−y) is
 * a − y in IEEE arithmetic, so the result has the bits of the unfused operations.
 */
function linear(asm: Assembler, node: Binary, scope: Scope, into?: Ref): Dual {
  const left = term(asm, node.left, scope);
  const right = term(asm, node.right, scope);
  if (isVector(left.vector) && isVector(right.vector) && (left.scale || right.scale)) {
    const c = left.scale ?? asm.constant(1);
    const plus = right.scale ?? asm.constant(1);
    const e = node.op === '+' ? plus : right.scale ? asm.op(Op.NEG, right.scale) : asm.constant(-1);
    const out = asm.fused(Op.LIN, left.vector, right.vector, [c, e], into);
    asm.release(left.vector, right.vector, c, plus, e);
    return value(out);
  }
  return apply(asm, node.op === '+' ? Op.ADD : Op.SUB, [value(whole(asm, left)), value(whole(asm, right))], into);
}

function isSqrt(node: Node): node is Extract<Node, { kind: 'call' }> {
  return node.kind === 'call' && node.fn === 'sqrt' && node.args.length === 1;
}

/** A vector divided by a scalar, as its parts (divisor 1 when there is none). */
interface Quotient {
  readonly a: Ref;
  readonly t: Ref;
}

function quotient(asm: Assembler, node: Node, scope: Scope): Quotient {
  if (!(node.kind === 'binary' && node.op === '/')) return { a: emitNode(asm, node, scope).ref, t: asm.constant(1) };
  const a = emitNode(asm, node.left, scope).ref;
  const t = emitNode(asm, node.right, scope).ref;
  if (isVector(a) && !isVector(t)) return { a, t };
  const q = asm.op(Op.DIV, a, t);
  asm.release(a, t);
  return { a: q, t: asm.constant(1) };
}

/** The quotient as one register again: a/1 is a exactly, so only a real divisor costs a pass. */
function undivided(asm: Assembler, { a, t }: Quotient): Ref {
  if (t === asm.constant(1)) return a;
  const q = asm.op(Op.DIV, a, t);
  asm.release(a, t);
  return q;
}

/** A numerator s·(a/t): a scaled quotient, with s = 1 when there is no scalar factor. */
function numerator(asm: Assembler, node: Node, scope: Scope): { s: Ref } & Quotient {
  const one = asm.constant(1);
  if (!(node.kind === 'binary' && node.op === '*')) return { s: one, ...quotient(asm, node, scope) };
  const left = quotient(asm, node.left, scope);
  const right = quotient(asm, node.right, scope);
  const scalar = (q: Quotient) => q.t === one && !isVector(q.a);
  if (scalar(left) && isVector(right.a)) return { s: left.a, ...right };
  if (scalar(right) && isVector(left.a)) return { s: right.a, ...left };
  const product = asm.op(Op.MUL, undivided(asm, left), undivided(asm, right));
  return { s: one, a: product, t: one };
}

/**
 * `s·(a/t) / (sqrt(b/u) + c)` as one ADADIV pass, the missing factors and divisors being 1: the
 * same operations in the same order, so the same bits (1·y and y/1 are y).
 */
function adaptive(asm: Assembler, node: Binary, denominator: Binary, scope: Scope, into?: Ref): Dual {
  const root = isSqrt(denominator.left) ? denominator.left : (denominator.right as Extract<Node, { kind: 'call' }>);
  const top = numerator(asm, node.left, scope);
  const under = quotient(asm, root.args[0], scope);
  const c = emitNode(asm, root === denominator.left ? denominator.right : denominator.left, scope).ref;
  if (isVector(top.a) && isVector(under.a) && !isVector(c)) {
    const out = asm.fused(Op.ADADIV, top.a, under.a, [top.s, top.t, under.t, c], into);
    asm.release(top.a, under.a, top.s, top.t, under.t, c);
    return value(out);
  }
  const scaled = top.s === asm.constant(1) ? undivided(asm, top) : asm.op(Op.MUL, top.s, undivided(asm, top));
  const s = asm.op(Op.SQRT, undivided(asm, under));
  const sum = asm.op(Op.ADD, s, c);
  asm.release(s, c);
  return apply(asm, Op.DIV, [value(scaled), value(sum)], into);
}

/**
 * The idioms nearly every update rule is made of, each in one pass where the operands allow it: a
 * running average `beta*m + (1 - beta)*g` and a step `x - lr*v` (LIN), and an adaptive step
 * `a / (sqrt(b) + eps)` (ADADIV). Null when the node has neither shape. Values only: a formula's
 * tangents need each operation on its own.
 */
export function fuse(asm: Assembler, node: Binary, scope: Scope, into?: Ref): Dual | null {
  const product = (n: Node) => n.kind === 'binary' && n.op === '*';
  if ((node.op === '+' || node.op === '-') && (product(node.left) || product(node.right))) {
    return linear(asm, node, scope, into);
  }
  const den = node.right;
  if (node.op === '/' && den.kind === 'binary' && den.op === '+' && (isSqrt(den.left) || isSqrt(den.right))) {
    return adaptive(asm, node, den, scope, into);
  }
  return null;
}
