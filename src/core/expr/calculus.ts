import { Tier, type Assembler, type Ref } from './Assembler.ts';
import { Op } from './ops.ts';

type Opcode = (typeof Op)[keyof typeof Op];

/**
 * A value and its tangents (derivatives along each input direction), forward-mode automatic
 * differentiation over whole arrays. A null tangent is exactly zero, so a term that does not depend
 * on an input costs nothing and cannot turn 0 · ∞ into NaN.
 */
export interface Dual {
  readonly ref: Ref;
  readonly tan: readonly (Ref | null)[];
}

/** Tangent times a factor; a tangent that is the constant 1 (an input's own direction) is the factor. */
function scale(asm: Assembler, t: Ref | null, factor: Ref): Ref | null {
  if (!t) return null;
  if (t === asm.constant(1)) return factor;
  return asm.op(Op.MUL, t, factor);
}

function sum(asm: Assembler, p: Ref | null, q: Ref | null): Ref | null {
  if (!p) return q;
  if (!q) return p;
  return asm.op(Op.ADD, p, q);
}

/** The factor f such that d op(a) = f · da, for the unary operations; null where it is 0. */
function unaryFactor(asm: Assembler, op: Opcode, a: Ref, w: Ref): Ref | null {
  const one = asm.constant(1);
  switch (op) {
    case Op.COPY:
      return one;
    case Op.NEG:
      return asm.constant(-1);
    // PyTorch: grad / (2 result), so the cone tip sqrt(0) has an infinite slope.
    case Op.SQRT:
      return asm.op(Op.DIV, asm.constant(0.5), w);
    case Op.EXP:
      return w;
    case Op.LOG:
      return asm.op(Op.DIV, one, a);
    case Op.SIN:
      return asm.op(Op.COS, a);
    case Op.COS:
      return asm.op(Op.NEG, asm.op(Op.SIN, a));
    case Op.TAN:
      return asm.op(Op.ADD, one, asm.op(Op.SQUARE, w));
    case Op.TANH:
      return asm.op(Op.SUB, one, asm.op(Op.SQUARE, w));
    // PyTorch's abs backward is grad · sgn(a): the subgradient 0 at the kink.
    case Op.ABS:
      return asm.op(Op.SIGN, a);
    case Op.SQUARE:
      return asm.op(Op.MUL, asm.constant(2), a);
    default:
      return null;
  }
}

/** The factor f such that d op(a, b) = f · da (side 0) or f · db (side 1). */
function binaryFactor(asm: Assembler, op: Opcode, side: 0 | 1, a: Ref, b: Ref, w: Ref): Ref {
  const one = asm.constant(1);
  switch (op) {
    case Op.ADD:
      return one;
    case Op.SUB:
      return side === 0 ? one : asm.constant(-1);
    case Op.MUL:
      return side === 0 ? b : a;
    case Op.DIV:
      return side === 0 ? asm.op(Op.DIV, one, b) : asm.op(Op.NEG, asm.op(Op.DIV, w, b));
    // PyTorch's pow_backward and pow_backward_exponent, with their masks at b = 0 and at a = 0.
    case Op.POW:
      return side === 0 ? asm.op(Op.POW_DBASE, a, b) : asm.op(Op.POW_DEXP, a, b);
    // torch.maximum and torch.minimum split the gradient evenly between tied inputs (PyTorch >= 1.10).
    case Op.MAX:
    case Op.MIN: {
      const first = op === Op.MAX ? a : b;
      const second = op === Op.MAX ? b : a;
      const wa = asm.op(Op.TIE, first, second);
      return side === 0 ? wa : asm.op(Op.SUB, one, wa);
    }
    default:
      throw new Error(`no derivative for operation ${op}`);
  }
}

/**
 * Emits op over the operands' values (into `into` when given) and, when the operands carry tangents,
 * the tangents of the result. A `grad` argument is first spread to a full vector: the oracle reads
 * points laid out like theta.
 */
export function apply(asm: Assembler, op: Opcode, args: readonly Dual[], into?: Ref): Dual {
  let a = args[0].ref;
  if (op === Op.GRAD && a.tier !== Tier.VECTOR) a = asm.op(Op.COPY, a, a, asm.vectorTemporary());
  const b = args.length > 1 ? args[1].ref : a;
  const w = asm.op(op, a, b, into);
  const tangents = args[0].tan.length;
  const tan: (Ref | null)[] = [];
  if (tangents > 0) {
    if (args.length === 1) {
      const factor = args[0].tan.some((t) => t !== null) ? unaryFactor(asm, op, a, w) : null;
      for (let k = 0; k < tangents; k++) tan.push(factor ? scale(asm, args[0].tan[k], factor) : null);
    } else {
      const needs = (side: 0 | 1) => args[side].tan.some((t) => t !== null);
      const fa = needs(0) ? binaryFactor(asm, op, 0, a, b, w) : null;
      const fb = needs(1) ? binaryFactor(asm, op, 1, a, b, w) : null;
      for (let k = 0; k < tangents; k++) {
        const ta = fa ? scale(asm, args[0].tan[k], fa) : null;
        const tb = fb ? scale(asm, args[1].tan[k], fb) : null;
        tan.push(sum(asm, ta, tb));
      }
    }
  }
  asm.release(...args.map((arg) => arg.ref));
  return { ref: w, tan };
}
