/** What a particle is doing, stored per particle as a small integer in a Uint8Array. */
export const RUNNING = 0;
export const CONVERGED = 1;
export const DIVERGED = 2;

export type StatusName = 'running' | 'converged' | 'diverged';
export const STATUS_NAMES: readonly StatusName[] = ['running', 'converged', 'diverged'];

/**
 * A particle has converged when its last update and its gradient have both become negligible: the
 * update alone is not enough (momentum methods pass through a minimum at full speed, and a
 * particle can sit on a plateau with tiny steps), nor is the gradient alone (a ball can fly through
 * a stationary point).
 */
export function hasConverged(stepLength: number, gradNorm: number, scale: number): boolean {
  return stepLength <= 1e-9 * (1 + scale) && gradNorm <= 1e-6;
}
