import type { Code, Expr } from './Code.ts';
import type { LiveParams, OptimizerState } from '../../core/optimizers/Optimizer.ts';

/** One particle's vectors inside the step: both coordinates (x, y) in the two lanes. */
export interface ParticleLanes {
  /** The position the step starts from. */
  readonly p0: Expr;
  /** The gradient there. */
  readonly g: Expr;
  /** State slot k's value before the step. */
  slot(k: number): Expr;
  storeSlot(k: number, value: Expr): void;
}

/**
 * An optimizer's update in one configuration, written for both coordinates of a particle at once.
 * Its arithmetic is the JavaScript kernel's, operation for operation in the same order: wasm's
 * f64x2 add, sub, mul, div and sqrt are IEEE 754 correctly rounded per lane, as JavaScript's are,
 * so the same terms give the same bits (no fused multiply-add, no relaxed SIMD).
 */
export interface WasmRule {
  /** Sets the state slots before the first step, as the kernel does; `theta` is where the particles start. */
  start(state: OptimizerState, theta: Float64Array, live: LiveParams): void;
  /** Names of the per-step scalars, in the order `perStep` writes them. */
  readonly scalars: readonly string[];
  /** The per-step scalars for step t, written into `out`: the kernel's own expressions. */
  perStep(out: Float64Array, live: LiveParams, t: number): void;
  /** Writes the slots' new values and returns the new position. */
  update(code: Code, at: ParticleLanes, s: Readonly<Record<string, Expr>>): Expr;
}

/** A start that fills the given slots with constants (the built-in kernels' fill). */
export const fillSlots =
  (fills: readonly (readonly [index: number, initial: number])[]): WasmRule['start'] =>
  (state) => {
    for (const [k, initial] of fills) state.slots[k].fill(initial);
  };
