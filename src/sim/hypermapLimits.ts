import { hessianAt } from '../core/hessian/hessianAt.ts';
import { gdLimit, heavyBallLimit, nesterovLimit } from '../core/hessian/stabilityLimits.ts';
import { symmetricEigen } from '../core/hessian/symmetricEigen.ts';
import type { Params } from '../core/optimizers/Optimizer.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import { axisValue, withAxisValue, type Axis } from './hypermapAxes.ts';
import { ruleOf, type UpdateRule } from './inspectTrack.ts';

const numberOr0 = (params: Params, name: string): number => (typeof params[name] === 'number' ? params[name] : 0);

/**
 * The largest stable lr of GD, heavy ball or PyTorch's Nesterov on the quadratic with top curvature
 * λmax, at these params (weight decay adds to the curvature, dampening scales heavy ball's step);
 * null for the adaptive optimizers, to which no limit of lr alone applies.
 */
export function lrLimit(optimizerId: string, params: Params, lambdaMax: number): { rule: UpdateRule; lr: number } | null {
  const momentum = numberOr0(params, 'momentum');
  const rule = ruleOf(optimizerId, momentum);
  if (!rule) return null;
  const top = lambdaMax + numberOr0(params, 'weight_decay');
  const lr = rule === 'gd' ? gdLimit(top) : rule === 'heavyBall' ? heavyBallLimit(top, momentum) / (1 - numberOr0(params, 'dampening')) : nesterovLimit(top, momentum);
  return { rule, lr };
}

export interface LimitLine {
  /** The recurrence of most of the line (heavy ball turns into GD where momentum is 0). */
  readonly rule: UpdateRule;
  /** The curvature the line is drawn for: the Hessian's largest eigenvalue at the start. */
  readonly lambdaMax: number;
  /** [lr, y] points, one per y sample, bottom to top; lr is the limit at that y. */
  readonly points: readonly (readonly [number, number])[];
}

/** Points along y the limit line is sampled at: smooth at any map size. */
const SAMPLES = 64;

/**
 * The stability limit drawn over a map whose x axis is lr: for each y along the axis, the lr at
 * which the quadratic model with the curvature at the start stops converging. null where it does
 * not apply (x is not lr, an adaptive optimizer, no upward curvature at the start).
 */
export function limitLine(surface: Surface, start: readonly [number, number], optimizerId: string, params: Params, x: Axis, y: Axis): LimitLine | null {
  if (x.key !== 'lr') return null;
  const h = hessianAt(surface, start[0], start[1]);
  const lambdaMax = symmetricEigen(h.xx, h.xy, h.yy)[1];
  if (!(lambdaMax > 0)) return null;
  const sampled = { ...y, count: SAMPLES };
  const points: [number, number][] = [];
  let rule: UpdateRule | null = null;
  for (let k = 0; k < SAMPLES; k++) {
    const v = axisValue(sampled, k);
    const limit = lrLimit(optimizerId, withAxisValue(params, y.key, v), lambdaMax);
    if (!limit) return null;
    rule ??= limit.rule;
    if (Number.isFinite(limit.lr)) points.push([limit.lr, v]);
  }
  return rule && points.length ? { rule, lambdaMax, points } : null;
}
