import { createState, liveParams, type LiveParams, type Optimizer, type OptimizerState, type Params, type StepKernel } from '../core/optimizers/Optimizer.ts';
import type { Random } from '../core/random.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import { CONVERGED, DIVERGED, hasConverged, RUNNING } from './status.ts';

/**
 * Every particle of one optimizer, as structure-of-arrays buffers: 2 coordinates per particle, one
 * optimizer kernel call per step for all of them. The invariant between steps: `grad` and `loss`
 * hold the gradient and loss at `pos`.
 */
export class ParticleGroup {
  readonly optimizer: Optimizer;
  readonly count: number;
  readonly pos: Float64Array;
  /** Position before the last step: the update vector is pos − prev. */
  readonly prev: Float64Array;
  readonly grad: Float64Array;
  readonly loss: Float64Array;
  /** Steps taken by each particle (a diverged one stops counting). */
  readonly steps: Uint32Array;
  readonly status: Uint8Array;
  readonly state: OptimizerState;
  private readonly noisy: Float64Array;
  private kernel: StepKernel;
  /** The learning rate and momentum each step uses (a schedule changes them between steps). */
  readonly live: LiveParams;
  private surface: Surface;

  constructor(surface: Surface, optimizer: Optimizer, params: Params, count: number) {
    this.surface = surface;
    this.optimizer = optimizer;
    this.kernel = optimizer.kernel(params);
    this.live = liveParams(params);
    this.count = count;
    const n = 2 * count;
    this.pos = new Float64Array(n);
    this.prev = new Float64Array(n);
    this.grad = new Float64Array(n);
    this.noisy = new Float64Array(n);
    this.loss = new Float64Array(count);
    this.steps = new Uint32Array(count);
    this.status = new Uint8Array(count);
    this.state = createState(optimizer, n);
  }

  /** New hyperparameters restart the group: an optimizer's state means nothing under other settings. */
  setParams(params: Params): void {
    this.kernel = this.optimizer.kernel(params);
    Object.assign(this.live, liveParams(params));
  }

  setSurface(surface: Surface): void {
    this.surface = surface;
  }

  /** Places every particle at its start (xy pairs) and forgets all optimizer state: the group restarts. */
  place(starts: Float64Array): void {
    this.pos.set(starts);
    this.prev.set(starts);
    this.state.t = 0;
    this.steps.fill(0);
    this.status.fill(RUNNING);
    for (let p = 0; p < this.count; p++) this.evaluate(p);
  }

  /** Takes one optimizer step for every particle; sigma > 0 adds N(0, sigma²) noise to each gradient. */
  step(sigma: number, random: Random): void {
    const { pos, prev, grad, count, status } = this;
    prev.set(pos);
    let g = grad;
    if (sigma > 0) {
      const noisy = this.noisy;
      for (let i = 0; i < 2 * count; i++) noisy[i] = grad[i] + sigma * random.normal();
      g = noisy;
    }
    this.kernel(pos, g, this.state, this.live);
    for (let p = 0; p < count; p++) {
      const ix = 2 * p;
      if (status[p] === DIVERGED) {
        pos[ix] = prev[ix];
        pos[ix + 1] = prev[ix + 1];
        continue;
      }
      this.steps[p]++;
      this.evaluate(p);
    }
  }

  /** Gradient and loss at the particle's position, and its status from them. */
  private evaluate(p: number): void {
    const { pos, prev, grad } = this;
    const ix = 2 * p;
    const x = pos[ix];
    const y = pos[ix + 1];
    const f = this.surface.gradient(x, y, grad, ix);
    const gx = grad[ix];
    const gy = grad[ix + 1];
    // Any non-finite value (position, loss or gradient) would spread through the optimizer state.
    if (!Number.isFinite(x + y + f + gx + gy)) {
      this.status[p] = DIVERGED;
      pos[ix] = prev[ix];
      pos[ix + 1] = prev[ix + 1];
      grad[ix] = 0;
      grad[ix + 1] = 0;
      return;
    }
    this.loss[p] = f;
    const dx = x - prev[ix];
    const dy = y - prev[ix + 1];
    const moved = this.steps[p] > 0 ? Math.sqrt(dx * dx + dy * dy) : Infinity;
    const converged = hasConverged(moved, Math.sqrt(gx * gx + gy * gy), Math.abs(x) + Math.abs(y));
    this.status[p] = converged ? CONVERGED : RUNNING;
  }
}
