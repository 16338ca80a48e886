import { surfaceById } from '../surfaces/registry.ts';
import type { Surface } from '../surfaces/Surface.ts';
import { ANALYTIC_HESSIANS } from './analyticHessians.ts';

/** The symmetric 2×2 Hessian [[xx, xy], [xy, yy]], and whether it is the hand-derived exact one. */
export interface Hessian {
  readonly xx: number;
  readonly xy: number;
  readonly yy: number;
  /** true: from the surface's own second derivatives; false: central differences of its exact gradient. */
  readonly exact: boolean;
}

/**
 * Step of the central differences, relative to the coordinate's size: the truncation error falls
 * as h² and the rounding error grows as ε/h, so h ≈ ε^(1/3) balances the two.
 */
const RELATIVE_STEP = 6e-6;

/** The Hessian by central differences of the exact gradient, symmetrised (the two mixed partials averaged). */
export function differencedHessian(surface: Surface, x: number, y: number): Hessian {
  const g = new Float64Array(8);
  const hx = RELATIVE_STEP * Math.max(1, Math.abs(x));
  const hy = RELATIVE_STEP * Math.max(1, Math.abs(y));
  surface.gradient(x + hx, y, g, 0);
  surface.gradient(x - hx, y, g, 2);
  surface.gradient(x, y + hy, g, 4);
  surface.gradient(x, y - hy, g, 6);
  const xx = (g[0] - g[2]) / (2 * hx);
  const yx = (g[1] - g[3]) / (2 * hx);
  const xy = (g[4] - g[6]) / (2 * hy);
  const yy = (g[5] - g[7]) / (2 * hy);
  return { xx, xy: (xy + yx) / 2, yy, exact: false };
}

/**
 * The local Hessian at (x, y): exact for the registry's analytic surfaces, from differences of the
 * exact gradient for the network and typed surfaces (a typed surface may reuse an id, so the
 * table is used only for the registry's own object).
 */
export function hessianAt(surface: Surface, x: number, y: number): Hessian {
  const formula = surfaceById(surface.id) === surface ? ANALYTIC_HESSIANS[surface.id] : undefined;
  if (!formula) return differencedHessian(surface, x, y);
  const out = new Float64Array(3);
  formula(x, y, out);
  return { xx: out[0], xy: out[1], yy: out[2], exact: true };
}
