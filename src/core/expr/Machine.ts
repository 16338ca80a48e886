import type { GradientOracle } from '../optimizers/Optimizer.ts';
import type { Program } from './Assembler.ts';
import { execute } from './execute.ts';

/**
 * The registers code runs over: scalars are arrays of one value (stride 0 broadcasts them), vectors
 * are arrays of `length` values. Input registers are rebound to the host's arrays before a run, so
 * running never copies inputs and never allocates.
 */
export class Machine {
  readonly regs: Float64Array[];
  private readonly vector: readonly boolean[];
  length = 0;

  constructor(program: Program) {
    this.vector = program.vector;
    this.regs = program.vector.map((_, r) => Float64Array.of(program.initial[r]));
  }

  /** Gives every vector register `length` elements (inputs are rebound by the host anyway). */
  resize(length: number): void {
    if (length === this.length) return;
    this.length = length;
    for (let r = 0; r < this.regs.length; r++) if (this.vector[r]) this.regs[r] = new Float64Array(length);
  }

  bind(reg: number, array: Float64Array): void {
    this.regs[reg] = array;
  }

  set(reg: number, value: number): void {
    this.regs[reg][0] = value;
  }

  /** The value of register `reg` at element i: a scalar reads its one value everywhere. */
  read(reg: number, i: number): number {
    return this.vector[reg] ? this.regs[reg][i] : this.regs[reg][0];
  }

  run(code: Int32Array, n: number, oracle?: GradientOracle): void {
    execute(code, this.regs, n, oracle);
  }
}
