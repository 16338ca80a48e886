import { Op, WIDTH } from './ops.ts';

/**
 * How often a value changes: CONST once per compilation (numbers, fixed params), STEP once per run
 * (the step counter, a live learning rate), VECTOR per element. A value takes the highest tier of its
 * operands, so `1 - beta1` is computed once and `1 - beta1^t` once per step, never per element.
 */
export const Tier = { CONST: 0, STEP: 1, VECTOR: 2 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** A register and what it holds. `scratch` registers are intermediates the assembler may reuse. */
export interface Ref {
  readonly reg: number;
  readonly tier: Tier;
  readonly scratch: boolean;
}

type Opcode = (typeof Op)[keyof typeof Op];

/**
 * What a register holds: one value (a scalar), one block of elements (a vector intermediate that
 * lives only while one block is worked on), or all n elements (inputs, outputs, and whatever crosses
 * a grad call, which needs whole arrays).
 */
export const Kind = { SCALAR: 0, BLOCK: 1, WHOLE: 2 } as const;

/** Assembled code and the register file it needs; any number of machines can run it. */
export interface Program {
  /** Per register, its Kind. */
  readonly kind: Uint8Array;
  /** Per register: its value before anything runs (constants). */
  readonly initial: readonly number[];
  /** CONST-tier operations, run once on a new machine after its inputs are written. */
  readonly setup: Int32Array;
  readonly sections: readonly Int32Array[];
}

/**
 * Turns operations into straight-line code for `execute`. CONST-tier operations go into a setup
 * section run once; the others into the section being written. With `reuse`, released scratch
 * registers are handed out again, which keeps the working set small when arrays are long.
 */
export class Assembler {
  private readonly vector: boolean[] = [];
  private readonly whole = new Set<number>();
  private readonly initial: number[] = [];
  private readonly setupCode: number[] = [];
  private readonly sections: number[][] = [];
  private current: number[] = [];
  private readonly free: [number[], number[]] = [[], []];
  private readonly constants = new Map<number | string, Ref>();
  private readonly reuse: boolean;

  constructor({ reuse }: { reuse: boolean }) {
    this.reuse = reuse;
  }

  /** Starts a new section of code and writes into it; `build` returns the sections in this order. */
  section(): number {
    this.current = [];
    return this.sections.push(this.current) - 1;
  }

  /** Writes into an existing section again (a rule interleaves state initialisers with its steps). */
  write(section: number): void {
    this.current = this.sections[section];
  }

  constant(value: number): Ref {
    // A Map takes -0 for 0; the sign of zero matters (1 / -0 is -Infinity).
    const key = Object.is(value, -0) ? '-0' : value;
    let ref = this.constants.get(key);
    if (!ref) {
      ref = { reg: this.register(false, value), tier: Tier.CONST, scratch: false };
      this.constants.set(key, ref);
    }
    return ref;
  }

  /** A scalar the host writes once before the setup section runs (a fixed hyperparameter). */
  constInput(): Ref {
    return { reg: this.register(false, 0), tier: Tier.CONST, scratch: false };
  }

  /** A scalar the host writes before each run (t, a live lr). */
  stepInput(): Ref {
    return { reg: this.register(false, 0), tier: Tier.STEP, scratch: false };
  }

  /** A vector the host binds to its own array before each run (x, g, a state). */
  vectorInput(): Ref {
    const ref = { reg: this.register(true, 0), tier: Tier.VECTOR, scratch: false };
    this.whole.add(ref.reg);
    return ref;
  }

  /** Keeps every element of a vector the host reads after a run (a formula's value and partials). */
  output(ref: Ref): void {
    if (this.vector[ref.reg]) this.whole.add(ref.reg);
  }

  /** A vector scratch register that is never reused: a named temporary lives to the end of the step. */
  vectorTemporary(): Ref {
    return { reg: this.register(true, 0), tier: Tier.VECTOR, scratch: false };
  }

  /** The same register, never to be reused: the value has a name that later code reads. */
  pin(ref: Ref): Ref {
    return { ...ref, scratch: false };
  }

  /**
   * Emits `op(a, b)` into a fresh register, or into `into` (then the loop length follows `into`).
   * Operands are not released: the caller releases them once nothing else reads them.
   */
  op(op: Opcode, a: Ref, b: Ref = a, into?: Ref): Ref {
    // Only COPY spreads a scalar over a vector: other loops then never meet that operand form.
    if (into && this.vector[into.reg] && !this.vector[a.reg] && !this.vector[b.reg] && op !== Op.COPY) {
      const value = this.op(op, a, b);
      this.release(value);
      return this.op(Op.COPY, value, value, into);
    }
    const tier = into ? into.tier : (Math.max(a.tier, b.tier) as Tier);
    return this.push(op, tier, [a, b], into);
  }

  /**
   * Emits a fused operation over vectors a and b and scalars (see LIN and ADADIV), whose result is
   * a vector.
   */
  fused(op: Opcode, a: Ref, b: Ref, scalars: readonly Ref[], into?: Ref): Ref {
    return this.push(op, Tier.VECTOR, [a, b, ...scalars], into);
  }

  private push(op: Opcode, tier: Tier, sources: readonly Ref[], into?: Ref): Ref {
    const dst = into ?? this.scratch(tier);
    const code = tier === Tier.CONST && !into ? this.setupCode : this.current;
    const regs = [0, 1, 2, 3, 4, 5].map((k) => (sources[k] ?? sources[0]).reg);
    // The Kinds (last three fields) are filled in by build(), once they are known.
    code.push(op, dst.reg, ...regs, 0, 0, 0);
    return dst;
  }

  /**
   * Gives scratch registers back; giving one back twice is harmless (a fused operation may hold the
   * same register in two roles). CONST values are kept: the setup section computed them once.
   */
  release(...refs: Ref[]): void {
    if (!this.reuse) return;
    for (const ref of refs) {
      const pool = this.free[this.vector[ref.reg] ? 1 : 0];
      if (ref.scratch && ref.tier !== Tier.CONST && !pool.includes(ref.reg)) pool.push(ref.reg);
    }
  }

  build(): Program {
    const codes = [this.setupCode, ...this.sections];
    for (const code of codes) this.markCrossings(code);
    const kind = Uint8Array.from(this.vector, (v, r) => (!v ? Kind.SCALAR : this.whole.has(r) ? Kind.WHOLE : Kind.BLOCK));
    const [setup, ...sections] = codes.map((code) => {
      const out = Int32Array.from(code);
      for (let pc = 0; pc < out.length; pc += WIDTH) {
        for (let f = 1; f <= 3; f++) out[pc + 7 + f] = kind[out[pc + f]];
      }
      return out;
    });
    return { kind, initial: [...this.initial], setup, sections };
  }

  /** A vector read by grad, or alive on both sides of a grad call, must hold every element. */
  private markCrossings(code: readonly number[]): void {
    const segmentOf = new Map<number, number>();
    let segment = 0;
    for (let pc = 0; pc < code.length; pc += WIDTH) {
      if (code[pc] === Op.GRAD) {
        this.whole.add(code[pc + 1]);
        this.whole.add(code[pc + 2]);
        segment++;
        continue;
      }
      for (let f = 1; f <= 3; f++) {
        const reg = code[pc + f];
        if (!this.vector[reg]) continue;
        const seen = segmentOf.get(reg);
        if (seen !== undefined && seen !== segment) this.whole.add(reg);
        segmentOf.set(reg, segment);
      }
    }
  }

  private scratch(tier: Tier): Ref {
    const isVector = tier === Tier.VECTOR;
    // A CONST value is written once by the setup section, so it must never share a register.
    const reused = tier === Tier.CONST ? undefined : this.free[isVector ? 1 : 0].pop();
    const reg = reused ?? this.register(isVector, 0);
    return { reg, tier, scratch: true };
  }

  private register(isVector: boolean, initial: number): number {
    this.vector.push(isVector);
    this.initial.push(initial);
    return this.vector.length - 1;
  }
}
