import type { Code, Expr } from './Code.ts';
import type { LiveParams } from '../../core/optimizers/Optimizer.ts';

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
  /** The state slots it uses, and what each holds before the first step (the kernel's fill). */
  readonly slots: readonly (readonly [index: number, initial: number])[];
  /** Names of the per-step scalars, in the order `perStep` writes them. */
  readonly scalars: readonly string[];
  /** The per-step scalars for step t, written into `out`: the kernel's own expressions. */
  perStep(out: Float64Array, live: LiveParams, t: number): void;
  /** Writes the slots' new values and returns the new position. */
  update(code: Code, at: ParticleLanes, s: Readonly<Record<string, Expr>>): Expr;
}
