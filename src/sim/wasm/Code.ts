import { OP, SIMD, SIMD_PREFIX, TYPE } from './opcodes.ts';
import { f64, s32, u32 } from './encode.ts';

export type ValueType = (typeof TYPE)[keyof typeof TYPE];

/** A local variable of the function being written: its index and type. */
export interface Local {
  readonly index: number;
  readonly type: ValueType;
}

/** Something that leaves one value on the stack when written: a local, a constant, an expression. */
export type Expr = (code: Code) => void;

/** The SIMD lane-wise operations on f64 lanes. */
type LaneOp =
  | 'f64x2Add'
  | 'f64x2Sub'
  | 'f64x2Mul'
  | 'f64x2Div'
  | 'f64x2Min'
  | 'f64x2Max'
  | 'f64x2Sqrt'
  | 'f64x2Neg'
  | 'f64x2Abs'
  | 'f64x2Ne'
  | 'f64x2Lt'
  | 'f64x2Gt'
  | 'v128And'
  | 'v128Or';

/**
 * One function's body as it is written, instruction by instruction: the kernels say what they compute
 * through these methods, and the bytes follow from the opcode table. Locals after the parameters are
 * declared by `local`.
 */
export class Code {
  readonly bytes: number[] = [];
  private readonly declared: ValueType[] = [];

  constructor(private readonly params: readonly ValueType[]) {}

  param(index: number): Local {
    return { index, type: this.params[index] };
  }

  local(type: ValueType): Local {
    this.declared.push(type);
    return { index: this.params.length + this.declared.length - 1, type };
  }

  /** The locals declaration, runs of one type compressed as the format wants. */
  localsHeader(): number[] {
    const runs: number[][] = [];
    for (const type of this.declared) {
      const last = runs[runs.length - 1];
      if (last && last[1] === type) last[0]++;
      else runs.push([1, type]);
    }
    return [...u32(runs.length), ...runs.flatMap(([count, type]) => [...u32(count), type])];
  }

  op(...bytes: number[]): this {
    this.bytes.push(...bytes);
    return this;
  }

  simd(opcode: number, ...immediates: number[]): this {
    return this.op(SIMD_PREFIX, ...u32(opcode), ...immediates);
  }

  get(local: Local): this {
    return this.op(OP.localGet, ...u32(local.index));
  }

  set(local: Local, value?: Expr): this {
    value?.(this);
    return this.op(OP.localSet, ...u32(local.index));
  }

  i32(value: number): this {
    return this.op(OP.i32Const, ...s32(value));
  }

  f64(value: number): this {
    return this.op(OP.f64Const, ...f64(value));
  }

  /** v128.load or v128.store at the address on the stack plus `offset` bytes, 16-byte aligned. */
  load(offset = 0): this {
    return this.simd(SIMD.v128Load, 4, ...u32(offset));
  }

  store(offset = 0): this {
    return this.simd(SIMD.v128Store, 4, ...u32(offset));
  }

  lanes(op: LaneOp): this {
    return this.simd(SIMD[op]);
  }
}

/** Expression builders: each returns what writes its value. */
export const local =
  (l: Local): Expr =>
  (c) =>
    c.get(l);
const binary =
  (op: LaneOp) =>
  (a: Expr, b: Expr): Expr =>
  (c) => {
    a(c);
    b(c);
    c.lanes(op);
  };
export const add = binary('f64x2Add');
export const sub = binary('f64x2Sub');
export const mul = binary('f64x2Mul');
export const div = binary('f64x2Div');
/** Math.min and Math.max per lane: NaN if either is, and -0 below 0. */
export const min = binary('f64x2Min');
export const max = binary('f64x2Max');
const unary =
  (op: LaneOp) =>
  (a: Expr): Expr =>
  (c) => {
    a(c);
    c.lanes(op);
  };
export const sqrt = unary('f64x2Sqrt');
export const neg = unary('f64x2Neg');
export const abs = unary('f64x2Abs');
/** Both lanes `value`. */
export const splat =
  (value: number): Expr =>
  (c) => {
    c.f64(value);
    c.simd(SIMD.f64x2Splat);
  };
/** Comparisons give a lane of all ones where true, of zeros where not; and, or combine them bit by bit. */
const ne = binary('f64x2Ne');
const lt = binary('f64x2Lt');
const gt = binary('f64x2Gt');
const and = binary('v128And');
const or = binary('v128Or');
/** Bits of `ifSet` where `mask`'s are set, of `otherwise` elsewhere. */
const bitselect =
  (ifSet: Expr, otherwise: Expr, mask: Expr): Expr =>
  (c) => {
    ifSet(c);
    otherwise(c);
    mask(c);
    c.simd(SIMD.v128Bitselect);
  };
/**
 * torch.sign per lane, as the vector machine's Math.sign(a) + 0: 1, -1, 0 for either zero (the
 * zero bits), and a NaN kept. `a` is written four times: give it a local or a load.
 */
export const sign = (a: Expr): Expr => bitselect(a, or(and(gt(a, splat(0)), splat(1)), and(lt(a, splat(0)), splat(-1))), ne(a, a));
/** The vector at address `at` + offset. */
export const load =
  (at: Expr, offset = 0): Expr =>
  (c) => {
    at(c);
    c.load(offset);
  };
/** Lanes of a and b by byte: lane 0 of a and lane 0 of b (low), or lane 1 of each (high). */
const shuffleBytes = (first: number, second: number) => [...Array(8).keys()].map((k) => first + k).concat([...Array(8).keys()].map((k) => second + k));
export const lows =
  (a: Expr, b: Expr): Expr =>
  (c) => {
    a(c);
    b(c);
    c.simd(SIMD.i8x16Shuffle, ...shuffleBytes(0, 16));
  };
export const highs =
  (a: Expr, b: Expr): Expr =>
  (c) => {
    a(c);
    b(c);
    c.simd(SIMD.i8x16Shuffle, ...shuffleBytes(8, 24));
  };
