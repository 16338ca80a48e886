import { liveParams, num, pair, type Params } from '../../core/optimizers/Optimizer.ts';

/**
 * The yardstick for the particle engine: what a programmer who knows both the optimizer and the
 * surface writes by hand for particles on Rosenbrock. One loop per step does all of it for each
 * particle, with the per-step scalars hoisted: the update from the gradient held since the last step,
 * the gradient and loss at the new point, the divergence test, and the previous position kept for
 * the update arrows. The arithmetic is the engine's, term for term, so both end on the same bits
 * (the benchmark checks it), and the only difference left is how the work is organised.
 */
export interface FusedRun {
  readonly pos: Float64Array;
  readonly prev: Float64Array;
  readonly grad: Float64Array;
  readonly loss: Float64Array;
  /** Whether a particle has diverged (it then holds still). */
  readonly dead: Uint8Array;
  step(): void;
}

/** The per-optimizer part: one step of all `count` particles over the shared buffers. */
type FusedStep = (run: FusedRun, slots: Float64Array[], t: number) => void;

function start(starts: Float64Array, slotCount: number, step: FusedStep): FusedRun {
  const n = starts.length;
  const count = n / 2;
  const slots = Array.from({ length: slotCount }, () => new Float64Array(n));
  const run: FusedRun = {
    pos: Float64Array.from(starts),
    prev: Float64Array.from(starts),
    grad: new Float64Array(n),
    loss: new Float64Array(count),
    dead: new Uint8Array(count),
    step: () => step(run, slots, ++t),
  };
  let t = 0;
  const { pos, grad, loss } = run;
  for (let p = 0, i = 0; p < count; p++, i += 2) {
    const x = pos[i];
    const y = pos[i + 1];
    const a = 1 - x;
    const b = y - x * x;
    grad[i] = -2 * a - 400 * x * b;
    grad[i + 1] = 200 * b;
    loss[p] = a * a + 100 * b * b;
  }
  return run;
}

/**
 * Adam (no weight decay, no AMSGrad). Each function below repeats the same Rosenbrock lines on
 * purpose: that is what hand fusion means.
 */
export function fusedAdam(starts: Float64Array, params: Params): FusedRun {
  const { lr, momentum: beta1 } = liveParams(params);
  const beta2 = pair(params, 'betas')[1];
  const eps = num(params, 'eps');
  const c1 = 1 - beta1;
  const c2 = 1 - beta2;
  return start(starts, 2, ({ pos, prev, grad, loss, dead }, [m, v], t) => {
    const stepSize = lr / (1 - beta1 ** t);
    const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
    for (let p = 0, i = 0; p < dead.length; p++, i += 2) {
      if (dead[p]) continue;
      const x0 = pos[i];
      const y0 = pos[i + 1];
      const gx0 = grad[i];
      const gy0 = grad[i + 1];
      const mx = beta1 * m[i] + c1 * gx0;
      const my = beta1 * m[i + 1] + c1 * gy0;
      const vx = beta2 * v[i] + c2 * gx0 * gx0;
      const vy = beta2 * v[i + 1] + c2 * gy0 * gy0;
      m[i] = mx;
      m[i + 1] = my;
      v[i] = vx;
      v[i + 1] = vy;
      const x = x0 - (stepSize * mx) / (Math.sqrt(vx) / sqrtBc2 + eps);
      const y = y0 - (stepSize * my) / (Math.sqrt(vy) / sqrtBc2 + eps);
      const a = 1 - x;
      const b = y - x * x;
      const gx = -2 * a - 400 * x * b;
      const gy = 200 * b;
      const f = a * a + 100 * b * b;
      prev[i] = x0;
      prev[i + 1] = y0;
      if (!Number.isFinite(x + y + f + gx + gy)) {
        dead[p] = 1;
        grad[i] = 0;
        grad[i + 1] = 0;
        continue;
      }
      pos[i] = x;
      pos[i + 1] = y;
      grad[i] = gx;
      grad[i + 1] = gy;
      loss[p] = f;
    }
  });
}

/** SGD with momentum (heavy ball, no dampening, no weight decay). */
export function fusedMomentum(starts: Float64Array, params: Params): FusedRun {
  const { lr, momentum: mu } = liveParams(params);
  return start(starts, 1, ({ pos, prev, grad, loss, dead }, [buf], t) => {
    const keep = t === 1 ? 0 : mu;
    for (let p = 0, i = 0; p < dead.length; p++, i += 2) {
      if (dead[p]) continue;
      const x0 = pos[i];
      const y0 = pos[i + 1];
      const bx = keep * buf[i] + grad[i];
      const by = keep * buf[i + 1] + grad[i + 1];
      buf[i] = bx;
      buf[i + 1] = by;
      const x = x0 - lr * bx;
      const y = y0 - lr * by;
      const a = 1 - x;
      const b = y - x * x;
      const gx = -2 * a - 400 * x * b;
      const gy = 200 * b;
      const f = a * a + 100 * b * b;
      prev[i] = x0;
      prev[i + 1] = y0;
      if (!Number.isFinite(x + y + f + gx + gy)) {
        dead[p] = 1;
        grad[i] = 0;
        grad[i + 1] = 0;
        continue;
      }
      pos[i] = x;
      pos[i + 1] = y;
      grad[i] = gx;
      grad[i + 1] = gy;
      loss[p] = f;
    }
  });
}

/** RMSprop (not centered, no momentum, no weight decay). */
export function fusedRmsprop(starts: Float64Array, params: Params): FusedRun {
  const { lr } = liveParams(params);
  const alpha = num(params, 'alpha');
  const c = 1 - alpha;
  const eps = num(params, 'eps');
  return start(starts, 1, ({ pos, prev, grad, loss, dead }, [v]) => {
    for (let p = 0, i = 0; p < dead.length; p++, i += 2) {
      if (dead[p]) continue;
      const x0 = pos[i];
      const y0 = pos[i + 1];
      const gx0 = grad[i];
      const gy0 = grad[i + 1];
      const vx = alpha * v[i] + c * gx0 * gx0;
      const vy = alpha * v[i + 1] + c * gy0 * gy0;
      v[i] = vx;
      v[i + 1] = vy;
      const x = x0 - (lr * gx0) / (Math.sqrt(vx) + eps);
      const y = y0 - (lr * gy0) / (Math.sqrt(vy) + eps);
      const a = 1 - x;
      const b = y - x * x;
      const gx = -2 * a - 400 * x * b;
      const gy = 200 * b;
      const f = a * a + 100 * b * b;
      prev[i] = x0;
      prev[i + 1] = y0;
      if (!Number.isFinite(x + y + f + gx + gy)) {
        dead[p] = 1;
        grad[i] = 0;
        grad[i + 1] = 0;
        continue;
      }
      pos[i] = x;
      pos[i + 1] = y;
      grad[i] = gx;
      grad[i + 1] = gy;
      loss[p] = f;
    }
  });
}

/** The optimizers that have a hand-fused reference, by id. */
export const fusedReferences: Readonly<Record<string, (starts: Float64Array, params: Params) => FusedRun>> = {
  adam: fusedAdam,
  momentum: fusedMomentum,
  rmsprop: fusedRmsprop,
};
