/** What a particle is doing, stored per particle as a small integer in a Uint8Array. */
export const RUNNING = 0;
export const CONVERGED = 1;
export const DIVERGED = 2;

export type StatusName = 'running' | 'converged' | 'diverged';
export const STATUS_NAMES: readonly StatusName[] = ['running', 'converged', 'diverged'];

/** Why a particle diverged, stored per particle: none yet, a non-finite value, or a runaway position. */
export const NOT_DIVERGED = 0;
export const NON_FINITE = 1;
export const OUT_OF_BOUNDS = 2;
export const DIVERGE_REASONS: readonly string[] = ['', 'a value became infinite or NaN', 'it ran off beyond every sane bound'];

/** How often (in steps) particles are checked against the bound: a rare pass costs next to nothing. */
export const BOUND_CHECK_EVERY = 32;

/**
 * A position this far out is no longer on the surface anyone is looking at: a million times the
 * size of the surface's own view (at least a million).
 */
export function runawayBound(view: { readonly x: readonly [number, number]; readonly y: readonly [number, number] }): number {
  const size = Math.max(1, Math.abs(view.x[0]), Math.abs(view.x[1]), Math.abs(view.y[0]), Math.abs(view.y[1]));
  return 1e6 * size;
}

/**
 * A particle has converged when its last update and its gradient have both become negligible: the
 * update alone is not enough (momentum methods pass through a minimum at full speed, and a
 * particle can sit on a plateau with tiny steps), nor is the gradient alone (a ball can fly through
 * a stationary point).
 */
export function hasConverged(stepLength: number, gradNorm: number, scale: number): boolean {
  return stepLength <= 1e-9 * (1 + scale) && gradNorm <= 1e-6;
}
