import type { Op } from './ops.ts';

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

/** Assembled code and the register file it needs; any number of machines can run it. */
export interface Program {
  /** Per register: a vector (one value per element) or a scalar. */
  readonly vector: readonly boolean[];
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
    return { reg: this.register(true, 0), tier: Tier.VECTOR, scratch: false };
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
    const tier = into ? into.tier : (Math.max(a.tier, b.tier) as Tier);
    const dst = into ?? this.scratch(tier);
    const isVector = this.vector[dst.reg];
    const code = tier === Tier.CONST && !into ? this.setupCode : this.current;
    code.push(op, dst.reg, a.reg, b.reg, isVector ? 1 : 0, this.vector[a.reg] ? 1 : 0, this.vector[b.reg] ? 1 : 0);
    return dst;
  }

  /** Gives scratch registers back. CONST values are kept: the setup section computed them once. */
  release(...refs: Ref[]): void {
    if (!this.reuse) return;
    for (const ref of refs) {
      if (ref.scratch && ref.tier !== Tier.CONST) this.free[this.vector[ref.reg] ? 1 : 0].push(ref.reg);
    }
  }

  build(): Program {
    return {
      vector: [...this.vector],
      initial: [...this.initial],
      setup: Int32Array.from(this.setupCode),
      sections: this.sections.map((s) => Int32Array.from(s)),
    };
  }

  private scratch(tier: Tier): Ref {
    const isVector = tier === Tier.VECTOR;
    const reg = this.free[isVector ? 1 : 0].pop() ?? this.register(isVector, 0);
    return { reg, tier, scratch: true };
  }

  private register(isVector: boolean, initial: number): number {
    this.vector.push(isVector);
    this.initial.push(initial);
    return this.vector.length - 1;
  }
}
