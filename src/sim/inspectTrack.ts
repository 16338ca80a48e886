import { hessianAt } from '../core/hessian/hessianAt.ts';
import { gdLimit, gdRate, heavyBallLimit, heavyBallRate, nesterovLimit, nesterovRate, optimalSteps, type OptimalSteps } from '../core/hessian/stabilityLimits.ts';
import { conditionNumber, symmetricEigen } from '../core/hessian/symmetricEigen.ts';
import type { Params } from '../core/optimizers/Optimizer.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import { STATUS_NAMES, type StatusName } from './status.ts';
import type { Track } from './Simulation.ts';

/** Which quadratic-model recurrence a ball's update follows. */
export type UpdateRule = 'gd' | 'heavyBall' | 'nesterov';

/**
 * Why some limits are null: the optimizer rescales each coordinate (its β₁ is not a heavy-ball
 * momentum, so no limit of lr alone applies), or no direction curves upward (no step is too long).
 */
export type LimitsNote = 'adaptive' | 'no-positive-curvature';

export interface Inspection {
  optimizer: string;
  step: number;
  status: StatusName;
  x: number;
  y: number;
  loss: number;
  grad: [number, number];
  /** The optimizer's state for this ball: its update count, each slot's two coordinates (by slot index), the shared scalars. */
  state: { t: number; slots: [number, number][]; scalars: number[] };
  hessian: [[number, number], [number, number]];
  /** true: the surface's own second derivatives; false: central differences of its exact gradient. */
  exact: boolean;
  /** The Hessian's eigenvalues, smallest first. */
  eigenvalues: [number, number];
  conditionNumber: number | null;
  /** The live learning rate and momentum (β₁ for the Adam family) this ball steps with now. */
  lr: number;
  momentum: number;
  /** Weight decay adds to every curvature the update sees, so the limits use eigenvalue + weight_decay. */
  weightDecay: number;
  /** Largest stable lr on the quadratic with this curvature, with this ball's momentum (and dampening). */
  limits: { gd: number | null; heavyBall: number | null; nesterov: number | null };
  /** The recurrence this ball's update follows, null for the adaptive optimizers. */
  rule: UpdateRule | null;
  limitsNote: LimitsNote | null;
  /** The error's predicted shrink factor per update at the current settings (≥ 1: no convergence), on the quadratic model. */
  rate: number | null;
  /**
   * The factor measured on the ball's own path: (d_now / d_then)^(1/m) over the last m ≤ 50 updates,
   * d the distance to the nearest listed minimum; null before any update or without minima.
   */
  measuredRate: { rate: number; over: number } | null;
  /** The best constant steps on that quadratic, and their rates; null unless both curvatures are positive. */
  optimal: OptimalSteps | null;
}

const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);
const numberParam = (params: Params, name: string): number => (typeof params[name] === 'number' ? params[name] : 0);

export function ruleOf(optimizerId: string, momentum: number): UpdateRule | null {
  if (optimizerId === 'nag') return 'nesterov';
  if (optimizerId === 'sgd' || optimizerId === 'momentum') return momentum > 0 ? 'heavyBall' : 'gd';
  return null;
}

/** Updates the measured rate looks back over: enough to average out a momentum method's swings. */
const MEASURED_OVER = 50;

function measuredRate(surface: Surface, track: Track): Inspection['measuredRate'] {
  const { path } = track;
  const over = Math.min(MEASURED_OVER, path.length - 1);
  if (over < 1 || surface.minima.length === 0) return null;
  const [x1, y1] = path.at(path.length - 1);
  const [x0, y0] = path.at(path.length - 1 - over);
  // The minimum nearest to where the ball is now is the one it is converging to, if any.
  const target = surface.minima.reduce((a, b) => (Math.hypot(b.x - x1, b.y - y1) < Math.hypot(a.x - x1, a.y - y1) ? b : a));
  const then = Math.hypot(x0 - target.x, y0 - target.y);
  const rate = (Math.hypot(x1 - target.x, y1 - target.y) / then) ** (1 / over);
  return then > 0 && Number.isFinite(rate) ? { rate, over } : null;
}

/** Everything the instruments show about a track's first ball at its current step; `params` are its optimizer's. */
export function inspectTrack(surface: Surface, track: Track, params: Params): Inspection {
  const { group } = track;
  const x = group.pos[0];
  const y = group.pos[1];
  const h = hessianAt(surface, x, y);
  const eigenvalues = symmetricEigen(h.xx, h.xy, h.yy);
  const { lr, momentum } = group.live;
  const weightDecay = numberParam(params, 'weight_decay');
  const dampening = numberParam(params, 'dampening');
  const curvatures = eigenvalues.map((l) => l + weightDecay);
  const top = curvatures[1];
  const rule = ruleOf(group.optimizer.id, momentum);
  // Dampening scales the gradient entering the velocity, so the step the curvature sees is lr (1 − dampening).
  const gain = rule === 'heavyBall' ? 1 - dampening : 1;
  const limits =
    rule === null
      ? { gd: null, heavyBall: null, nesterov: null }
      : { gd: finite(gdLimit(top)), heavyBall: finite(heavyBallLimit(top, momentum) / gain), nesterov: finite(nesterovLimit(top, momentum)) };
  const rate =
    rule === 'gd'
      ? gdRate(lr, curvatures)
      : rule === 'heavyBall'
        ? heavyBallRate(lr * gain, momentum, curvatures)
        : rule === 'nesterov'
          ? nesterovRate(lr, momentum, curvatures)
          : null;
  const slots = group.state.slots.map((s): [number, number] => [s[0], s[1]]);
  return {
    optimizer: group.optimizer.id,
    step: group.stepOf(0),
    status: STATUS_NAMES[group.status[0]],
    x,
    y,
    loss: group.loss[0],
    grad: [group.grad[0], group.grad[1]],
    state: { t: group.state.t, slots, scalars: [...group.state.scalars] },
    hessian: [
      [h.xx, h.xy],
      [h.xy, h.yy],
    ],
    exact: h.exact,
    eigenvalues,
    conditionNumber: finite(conditionNumber(eigenvalues)),
    lr,
    momentum,
    weightDecay,
    limits,
    rule,
    limitsNote: rule === null ? 'adaptive' : top > 0 ? null : 'no-positive-curvature',
    rate: rate === null ? null : finite(rate),
    measuredRate: measuredRate(surface, track),
    optimal: optimalSteps(curvatures[0], curvatures[1]),
  };
}
