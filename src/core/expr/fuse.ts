import { Tier, type Assembler, type Ref } from './Assembler.ts';
import { apply, type Dual } from './calculus.ts';
import { emitNode, type Scope } from './emitNode.ts';
import type { Node } from './Node.ts';
import { Op } from './ops.ts';

type Binary = Extract<Node, { kind: 'binary' }>;

const value = (ref: Ref): Dual => ({ ref, tan: [] });
const isVector = (ref: Ref) => ref.tier === Tier.VECTOR;

const isSquare = (node: Node): node is Binary => node.kind === 'binary' && node.op === '^' && node.right.kind === 'number' && node.right.value === 2;

/** A term `s * v`, `v^2` or `s * v^2` as its parts (scale null: none); anything else as itself. */
interface Term {
  readonly scale: Ref | null;
  readonly vector: Ref;
  readonly squared: boolean;
}

function base(asm: Assembler, node: Node, scope: Scope): { vector: Ref; squared: boolean } {
  if (!isSquare(node)) return { vector: emitNode(asm, node, scope).ref, squared: false };
  const inner = emitNode(asm, node.left, scope).ref;
  if (isVector(inner)) return { vector: inner, squared: true };
  const square = asm.op(Op.SQUARE, inner);
  asm.release(inner);
  return { vector: square, squared: false };
}

function term(asm: Assembler, node: Node, scope: Scope): Term {
  if (!(node.kind === 'binary' && node.op === '*')) return { scale: null, ...base(asm, node, scope) };
  const left = base(asm, node.left, scope);
  const right = base(asm, node.right, scope);
  if (!isVector(left.vector) && isVector(right.vector)) return { scale: left.vector, ...right };
  if (isVector(left.vector) && !isVector(right.vector)) return { scale: right.vector, ...left };
  const product = asm.op(Op.MUL, unsquared(asm, left), unsquared(asm, right));
  return { scale: null, vector: product, squared: false };
}

function unsquared(asm: Assembler, { vector, squared }: { vector: Ref; squared: boolean }): Ref {
  if (!squared) return vector;
  const square = asm.op(Op.SQUARE, vector);
  asm.release(vector);
  return square;
}

/** The term as one register again, when the fused form does not apply (s·v = v·s exactly). */
function whole(asm: Assembler, t: Term): Ref {
  const vector = unsquared(asm, t);
  if (!t.scale) return vector;
  const product = asm.op(Op.MUL, t.scale, vector);
  asm.release(t.scale, vector);
  return product;
}

/**
 * `c·a ± e·b` as one LIN pass, or LINSQ when b is squared. Exact, not just close: 1·a is a, (−e)·b
 * is −(e·b), a + (−y) is a − y and y + z is z + y in IEEE arithmetic, so the result has the bits of
 * the unfused operations.
 */
function linear(asm: Assembler, node: Binary, scope: Scope, into?: Ref): Dual {
  let left = term(asm, node.left, scope);
  let right = term(asm, node.right, scope);
  const worth = left.scale || right.scale || left.squared || right.squared;
  if (isVector(left.vector) && isVector(right.vector) && worth) {
    const one = asm.constant(1);
    let c = left.scale ?? one;
    let e = right.scale ?? one;
    if (node.op === '-' && right.scale) {
      e = asm.op(Op.NEG, right.scale);
      asm.release(right.scale);
    } else if (node.op === '-') {
      e = asm.constant(-1);
    }
    if (left.squared && !right.squared) {
      [left, right] = [right, left];
      [c, e] = [e, c];
    }
    if (left.squared) left = { scale: null, vector: unsquared(asm, left), squared: false };
    const out = asm.fused(right.squared ? Op.LINSQ : Op.LIN, left.vector, right.vector, [c, e], into);
    asm.release(left.vector, right.vector, c, e);
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
 * same operations in the same order, so the same bits (1·y and y/1 are y). With `minuend`, which is
 * `into` itself, the step is taken from it in the same pass (ADASUB: x − y, as SUB computes it).
 */
function adaptive(asm: Assembler, node: Binary, denominator: Binary, scope: Scope, into?: Ref, minuend?: Ref): Dual {
  const root = isSqrt(denominator.left) ? denominator.left : (denominator.right as Extract<Node, { kind: 'call' }>);
  const top = numerator(asm, node.left, scope);
  const under = quotient(asm, root.args[0], scope);
  const c = emitNode(asm, root === denominator.left ? denominator.right : denominator.left, scope).ref;
  if (isVector(top.a) && isVector(under.a) && !isVector(c)) {
    const out = asm.fused(minuend ? Op.ADASUB : Op.ADADIV, top.a, under.a, [top.s, top.t, under.t, c], into);
    asm.release(top.a, under.a, top.s, top.t, under.t, c);
    return value(out);
  }
  const scaled = top.s === asm.constant(1) ? undivided(asm, top) : asm.op(Op.MUL, top.s, undivided(asm, top));
  const s = asm.op(Op.SQRT, undivided(asm, under));
  const sum = asm.op(Op.ADD, s, c);
  asm.release(s, c);
  const step = apply(asm, Op.DIV, [value(scaled), value(sum)], minuend ? undefined : into);
  return minuend ? apply(asm, Op.SUB, [value(minuend), step], into) : step;
}

/** The denominator `sqrt(…) + c` (either way round) of an adaptive step `… / (sqrt(…) + c)`, else null. */
function adaptiveDenominator(node: Node): Binary | null {
  if (!(node.kind === 'binary' && node.op === '/')) return null;
  const den = node.right;
  return den.kind === 'binary' && den.op === '+' && (isSqrt(den.left) || isSqrt(den.right)) ? den : null;
}

/**
 * The idioms nearly every update rule is made of, each in one pass where the operands allow it: a
 * running average `beta*m + (1 - beta)*g` and a step `x - lr*v` (LIN), a running average of squares
 * (LINSQ), and an adaptive step `a / (sqrt(b) + eps)` with its bias corrections (ADADIV), taken from
 * x in the same pass when the statement is `x = x - …` (ADASUB). Null when the node has none of these shapes. Values only: a formula's
 * tangents need each operation on its own.
 */
export function fuse(asm: Assembler, node: Binary, scope: Scope, into?: Ref): Dual | null {
  const product = (n: Node) => (n.kind === 'binary' && n.op === '*') || isSquare(n);
  if ((node.op === '+' || node.op === '-') && (product(node.left) || product(node.right))) {
    return linear(asm, node, scope, into);
  }
  // `x = x - step`: the step is taken from x where it is computed, without a pass of its own.
  const left = node.left.kind === 'name' && !scope.functions.has(node.left.name) ? node.left : null;
  const stepDen = node.op === '-' && left ? adaptiveDenominator(node.right) : null;
  if (stepDen && left && into && isVector(into) && scope.name(left).ref.reg === into.reg) {
    return adaptive(asm, node.right as Binary, stepDen, scope, into, into);
  }
  const den = adaptiveDenominator(node);
  return den ? adaptive(asm, node, den, scope, into) : null;
}
