import { liveParams, num, pair, type Params } from '../../core/optimizers/Optimizer.ts';

/**
 * The yardstick for the particle engine: what a programmer who knows both the optimizer and the
 * surface writes by hand for particles on Rosenbrock. One loop per step does all of it for each
 * particle, with the per-step scalars hoisted: the update from the gradient held since the last step,
 * the gradient and loss at the new point, the previous position kept for the update arrows, and a
 * running sum that clears the step of divergence (as the engine's; of the variants tried, a test per
 * particle was about 10% slower). The arithmetic is the engine's, term for term, so both end on the
 * same bits (the benchmark checks it), and the only difference left is how the work is organised.
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

/**
 * The per-optimizer part: one step of every particle over the shared buffers, returning the sum of
 * every new coordinate, loss and partial (finite only if all of them are).
 */
type FusedStep = (run: FusedRun, slots: Float64Array[], t: number) => number;

function start(starts: Float64Array, slotCount: number, step: FusedStep): FusedRun {
  const n = starts.length;
  const count = n / 2;
  const slots = Array.from({ length: slotCount }, () => new Float64Array(n));
  const stopped: number[] = [];
  let t = 0;
  const run: FusedRun = {
    pos: Float64Array.from(starts),
    prev: Float64Array.from(starts),
    grad: new Float64Array(n),
    loss: new Float64Array(count),
    dead: new Uint8Array(count),
    step: () => {
      if (!Number.isFinite(step(run, slots, ++t))) stopNonFinite();
      // A diverged particle holds still: the loop moved it with everyone else, so put it back.
      for (const p of stopped) {
        pos[2 * p] = prev[2 * p];
        pos[2 * p + 1] = prev[2 * p + 1];
        grad[2 * p] = 0;
        grad[2 * p + 1] = 0;
      }
    },
  };
  const { pos, prev, grad, loss, dead } = run;
  /** Only after a step whose sum is not finite: which particles produced the non-finite values. */
  const stopNonFinite = () => {
    for (let p = 0, i = 0; p < count; p++, i += 2) {
      if (dead[p] || Number.isFinite(pos[i] + pos[i + 1] + loss[p] + grad[i] + grad[i + 1])) continue;
      dead[p] = 1;
      stopped.push(p);
      loss[p] = rosenbrockAt(prev[i], prev[i + 1], grad, i);
    }
  };
  for (let p = 0, i = 0; p < count; p++, i += 2) loss[p] = rosenbrockAt(pos[i], pos[i + 1], grad, i);
  return run;
}

/** Rosenbrock at one point, for the set-up and the rare divergence path (the loops write it out). */
function rosenbrockAt(x: number, y: number, grad: Float64Array, i: number): number {
  const a = 1 - x;
  const b = y - x * x;
  grad[i] = -2 * a - 400 * x * b;
  grad[i + 1] = 200 * b;
  return a * a + 100 * b * b;
}

/**
 * Adam (no weight decay, no AMSGrad). Each function below repeats the same Rosenbrock lines on
 * purpose: that is what hand fusion means. The settings are copied into locals at every step:
 * read from the enclosing closure inside the loop, they made it about a third slower.
 */
export function fusedAdam(starts: Float64Array, params: Params): FusedRun {
  const { lr, momentum: beta1 } = liveParams(params);
  const beta2 = pair(params, 'betas')[1];
  const settings = { lr, beta1, beta2, c1: 1 - beta1, c2: 1 - beta2, eps: num(params, 'eps') };
  return start(starts, 2, ({ pos, prev, grad, loss }, [m, v], t) => {
    const { lr, beta1, beta2, c1, c2, eps } = settings;
    const count = loss.length;
    const stepSize = lr / (1 - beta1 ** t);
    const sqrtBc2 = Math.sqrt(1 - beta2 ** t);
    let check = 0;
    for (let p = 0, i = 0; p < count; p++, i += 2) {
      const x0 = pos[i];
      const gx0 = grad[i];
      const mx = beta1 * m[i] + c1 * gx0;
      const vx = beta2 * v[i] + c2 * gx0 * gx0;
      m[i] = mx;
      v[i] = vx;
      const x = x0 - (stepSize * mx) / (Math.sqrt(vx) / sqrtBc2 + eps);
      const y0 = pos[i + 1];
      const gy0 = grad[i + 1];
      const my = beta1 * m[i + 1] + c1 * gy0;
      const vy = beta2 * v[i + 1] + c2 * gy0 * gy0;
      m[i + 1] = my;
      v[i + 1] = vy;
      const y = y0 - (stepSize * my) / (Math.sqrt(vy) / sqrtBc2 + eps);
      const a = 1 - x;
      const b = y - x * x;
      const gx = -2 * a - 400 * x * b;
      const gy = 200 * b;
      const f = a * a + 100 * b * b;
      prev[i] = x0;
      prev[i + 1] = y0;
      pos[i] = x;
      pos[i + 1] = y;
      grad[i] = gx;
      grad[i + 1] = gy;
      loss[p] = f;
      check += x + y + f + gx + gy;
    }
    return check;
  });
}

/** SGD with momentum (heavy ball, no dampening, no weight decay). */
export function fusedMomentum(starts: Float64Array, params: Params): FusedRun {
  const settings = liveParams(params);
  return start(starts, 1, ({ pos, prev, grad, loss }, [buf], t) => {
    const { lr, momentum: mu } = settings;
    const count = loss.length;
    const keep = t === 1 ? 0 : mu;
    let check = 0;
    for (let p = 0, i = 0; p < count; p++, i += 2) {
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
      pos[i] = x;
      pos[i + 1] = y;
      grad[i] = gx;
      grad[i + 1] = gy;
      loss[p] = f;
      check += x + y + f + gx + gy;
    }
    return check;
  });
}

/** RMSprop (not centered, no momentum, no weight decay). */
export function fusedRmsprop(starts: Float64Array, params: Params): FusedRun {
  const alpha = num(params, 'alpha');
  const settings = { lr: liveParams(params).lr, alpha, c: 1 - alpha, eps: num(params, 'eps') };
  return start(starts, 1, ({ pos, prev, grad, loss }, [v]) => {
    const { lr, alpha, c, eps } = settings;
    const count = loss.length;
    let check = 0;
    for (let p = 0, i = 0; p < count; p++, i += 2) {
      const x0 = pos[i];
      const gx0 = grad[i];
      const vx = alpha * v[i] + c * gx0 * gx0;
      v[i] = vx;
      const x = x0 - (lr * gx0) / (Math.sqrt(vx) + eps);
      const y0 = pos[i + 1];
      const gy0 = grad[i + 1];
      const vy = alpha * v[i + 1] + c * gy0 * gy0;
      v[i + 1] = vy;
      const y = y0 - (lr * gy0) / (Math.sqrt(vy) + eps);
      const a = 1 - x;
      const b = y - x * x;
      const gx = -2 * a - 400 * x * b;
      const gy = 200 * b;
      const f = a * a + 100 * b * b;
      prev[i] = x0;
      prev[i + 1] = y0;
      pos[i] = x;
      pos[i + 1] = y;
      grad[i] = gx;
      grad[i + 1] = gy;
      loss[p] = f;
      check += x + y + f + gx + gy;
    }
    return check;
  });
}

/** The optimizers that have a hand-fused reference, by id. */
export const fusedReferences: Readonly<Record<string, (starts: Float64Array, params: Params) => FusedRun>> = {
  adam: fusedAdam,
  momentum: fusedMomentum,
  rmsprop: fusedRmsprop,
};
