import type { GradientOracle } from '../optimizers/Optimizer.ts';
import { Kind, type Program } from './Assembler.ts';
import { BLOCK, execute } from './execute.ts';

/**
 * The registers code runs over: scalars are arrays of one value, block registers hold one block,
 * whole registers `length` values. Each block also gets its own list of registers, in which a whole
 * register is a view of that block's slice, so the code indexes every register of a block from 0.
 * Input registers are rebound to the host's arrays before a run; views are rebuilt only when the
 * array or the length changes, so running the same host arrays again never allocates.
 */
export class Machine {
  readonly regs: Float64Array[];
  private readonly kind: Uint8Array;
  private blocks: Float64Array[][] = [];
  length = -1;

  constructor(program: Program) {
    this.kind = program.kind;
    this.regs = Array.from(program.kind, (kind, r) => (kind === Kind.BLOCK ? new Float64Array(BLOCK) : Float64Array.of(program.initial[r])));
    this.resize(1);
  }

  /** Gives every whole register `length` elements (inputs are rebound by the host anyway). */
  resize(length: number): void {
    if (length === this.length) return;
    this.length = length;
    for (let r = 0; r < this.regs.length; r++) if (this.kind[r] === Kind.WHOLE) this.regs[r] = new Float64Array(length);
    this.blocks = Array.from({ length: Math.max(1, Math.ceil(length / BLOCK)) }, () => [...this.regs]);
    for (let r = 0; r < this.regs.length; r++) if (this.kind[r] === Kind.WHOLE) this.slice(r);
  }

  bind(reg: number, array: Float64Array): void {
    if (this.regs[reg] === array) return;
    this.regs[reg] = array;
    this.slice(reg);
  }

  set(reg: number, value: number): void {
    this.regs[reg][0] = value;
  }

  /** The value of a scalar or whole register at element i: a scalar reads its one value everywhere. */
  read(reg: number, i: number): number {
    return this.kind[reg] === Kind.SCALAR ? this.regs[reg][0] : this.regs[reg][i];
  }

  /** Runs code over the first n elements (n at most the length). */
  run(code: Int32Array, n: number, oracle?: GradientOracle): void {
    execute(code, this.blocks, this.regs, n, oracle);
  }

  private slice(reg: number): void {
    const whole = this.regs[reg];
    this.blocks.forEach((block, k) => {
      block[reg] = whole.subarray(k * BLOCK, Math.min(whole.length, (k + 1) * BLOCK));
    });
  }
}
