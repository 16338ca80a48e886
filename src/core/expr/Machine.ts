import type { GradientOracle } from '../optimizers/Optimizer.ts';
import { Kind, type Program } from './Assembler.ts';
import { BLOCK, execute } from './execute.ts';

/**
 * The registers code runs over: scalars are arrays of one value (stride 0 broadcasts them), block
 * registers hold one block, whole registers `length` values. Input registers are rebound to the
 * host's arrays before a run, so running never copies inputs and never allocates.
 */
export class Machine {
  readonly regs: Float64Array[];
  private readonly kind: Uint8Array;
  length = 0;

  constructor(program: Program) {
    this.kind = program.kind;
    this.regs = Array.from(program.kind, (kind, r) =>
      kind === Kind.BLOCK ? new Float64Array(BLOCK) : Float64Array.of(program.initial[r]),
    );
  }

  /** Gives every whole register `length` elements (inputs are rebound by the host anyway). */
  resize(length: number): void {
    if (length === this.length) return;
    this.length = length;
    for (let r = 0; r < this.regs.length; r++) if (this.kind[r] === Kind.WHOLE) this.regs[r] = new Float64Array(length);
  }

  bind(reg: number, array: Float64Array): void {
    this.regs[reg] = array;
  }

  set(reg: number, value: number): void {
    this.regs[reg][0] = value;
  }

  /** The value of a scalar or whole register at element i: a scalar reads its one value everywhere. */
  read(reg: number, i: number): number {
    return this.kind[reg] === Kind.SCALAR ? this.regs[reg][0] : this.regs[reg][i];
  }

  run(code: Int32Array, n: number, oracle?: GradientOracle): void {
    execute(code, this.regs, n, oracle);
  }
}
