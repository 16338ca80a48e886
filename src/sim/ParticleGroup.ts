import { liveParams, type GradientOracle, type LiveParams, type Optimizer, type OptimizerState, type Params, type StepKernel } from '../core/optimizers/Optimizer.ts';
import type { Random } from '../core/random.ts';
import { surfaceOracle } from '../core/rules/surfaceOracle.ts';
import { gradientManyOf } from '../core/surfaces/gradientManyOf.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import { particleMemory } from './wasm/ParticleMemory.ts';
import { WasmStep } from './wasm/WasmStep.ts';
import { BOUND_CHECK_EVERY, CONVERGED, DIVERGED, hasConverged, NON_FINITE, OUT_OF_BOUNDS, RUNNING, runawayBound } from './status.ts';

/**
 * Every particle of one optimizer, as structure-of-arrays buffers: 2 coordinates per particle. A
 * step is two passes over them, one optimizer kernel call and one surface gradientMany call, plus a
 * copy of the positions. The invariant between steps: `grad` and `loss` hold the gradient and loss
 * at `pos` (a diverged particle holds still, with a zero gradient).
 *
 * Divergence is decided at every step, from the sum gradientMany returns; only a step whose sum is
 * not finite looks at particles one by one. A particle that runs away while staying finite is caught
 * by a check against the surface's runaway bound every BOUND_CHECK_EVERY steps. Step counts and the converged flag only change what a
 * reader sees, so `steps` and `status` are worked out when read, once per batch of steps.
 *
 * Where a wasm step is written for the optimizer's configuration and the surface (WasmStep), a group
 * of WASM_FROM particles or more takes its steps there instead, all of a step in one pass over the
 * same buffers, to the same bits; the JavaScript kernels remain for everything else and for pages
 * without WebAssembly.
 */
/** Fewer particles than this step in JavaScript: compiling a module would cost more than it saves. */
export const WASM_FROM = 64;

export class ParticleGroup {
  readonly optimizer: Optimizer;
  readonly count: number;
  readonly pos: Float64Array;
  /**
   * Position before the last step: the update vector is pos − prev, and a particle whose step
   * produced a non-finite value goes back to it. One memory copy, the cheapest way to keep it: the
   * kernels update in place.
   */
  readonly prev: Float64Array;
  readonly grad: Float64Array;
  readonly loss: Float64Array;
  readonly state: OptimizerState;
  /** The learning rate and momentum each step uses (a schedule changes them between steps). */
  readonly live: LiveParams;
  /** With gradient noise, the gradients the last step was given (the surface's plus noise). */
  readonly noisy: Float64Array;
  private kernel: StepKernel;
  private readonly memory: ReturnType<typeof particleMemory>;
  /** The step in one wasm pass, when there is one for the kernel and the surface. */
  private wasm: WasmStep | null;
  private params: Params;
  private surface: Surface;
  private gradientMany: NonNullable<Surface['gradientMany']>;
  /** The gradient anywhere on the surface, for a rule's grad(E); the built-in kernels never call it. */
  private oracle: GradientOracle;
  /** Steps taken since place(): every live particle's step count. */
  private taken = 0;
  /** Per particle: NOT_DIVERGED, NON_FINITE or OUT_OF_BOUNDS (status.ts). */
  private readonly diverged: Uint8Array;
  private bound: number;
  /** The diverged particles' indices, the first stoppedCount entries, in the order they diverged. */
  private readonly stopped: Int32Array;
  private stoppedCount = 0;
  /** Steps a diverged particle had taken, counting the one that produced the non-finite value. */
  private readonly stoppedAt: Uint32Array;
  private readonly stepsView: Uint32Array;
  private readonly statusView: Uint8Array;
  /** Whether stepsView and statusView describe the current step. */
  private settled = false;

  /** `wasm` false keeps the JavaScript kernels whatever the count (the yardstick the bench measures the wasm step against). */
  constructor(surface: Surface, optimizer: Optimizer, params: Params, count: number, wasm = true) {
    this.surface = surface;
    this.gradientMany = gradientManyOf(surface);
    this.oracle = surfaceOracle(surface);
    this.bound = runawayBound(surface.view);
    this.optimizer = optimizer;
    this.kernel = optimizer.kernel(params);
    this.params = params;
    this.live = liveParams(params);
    this.count = count;
    const n = 2 * count;
    const memory = particleMemory(count, optimizer.stateSlots, wasm && count >= WASM_FROM);
    this.memory = memory;
    this.pos = memory.pos;
    this.prev = memory.prev;
    this.grad = memory.grad;
    this.noisy = memory.noisy;
    this.loss = memory.loss;
    this.diverged = new Uint8Array(count);
    this.stopped = new Int32Array(count);
    this.stoppedAt = new Uint32Array(count);
    this.stepsView = new Uint32Array(count);
    this.statusView = new Uint8Array(count);
    this.state = { t: 0, n, slots: memory.slots, scalars: new Float64Array(optimizer.stateScalars) };
    this.wasm = WasmStep.compile(memory, optimizer, params, surface);
  }

  /** Whether the steps run in wasm (WasmStep) rather than through the JavaScript kernel. */
  get stepsInWasm(): boolean {
    return this.wasm !== null;
  }

  /** Steps taken by each particle (a diverged one stops counting). */
  get steps(): Uint32Array {
    this.settle();
    return this.stepsView;
  }

  /** RUNNING, CONVERGED or DIVERGED for each particle. */
  get status(): Uint8Array {
    this.settle();
    return this.statusView;
  }

  /** Why each particle diverged: NOT_DIVERGED, NON_FINITE or OUT_OF_BOUNDS (names in DIVERGE_REASONS). */
  get reason(): Uint8Array {
    return this.diverged;
  }

  /** Steps taken by particle p, without working out the others. */
  stepOf(p: number): number {
    return this.diverged[p] ? this.stoppedAt[p] : this.taken;
  }

  /** New hyperparameters restart the group: an optimizer's state means nothing under other settings. */
  setParams(params: Params): void {
    this.kernel = this.optimizer.kernel(params);
    Object.assign(this.live, liveParams(params));
    this.params = params;
    this.wasm = WasmStep.compile(this.memory, this.optimizer, params, this.surface);
  }

  setSurface(surface: Surface): void {
    this.surface = surface;
    this.gradientMany = gradientManyOf(surface);
    this.oracle = surfaceOracle(surface);
    this.bound = runawayBound(surface.view);
    this.wasm = WasmStep.compile(this.memory, this.optimizer, this.params, surface);
  }

  /** Places every particle at its start (xy pairs) and forgets all optimizer state: the group restarts. */
  place(starts: Float64Array): void {
    this.pos.set(starts);
    this.prev.set(starts);
    this.state.t = 0;
    this.taken = 0;
    this.diverged.fill(0);
    this.stoppedCount = 0;
    this.evaluate();
  }

  /** Takes one optimizer step for every particle; sigma > 0 adds N(0, sigma²) noise to each gradient. */
  step(sigma: number, random: Random): void {
    const { pos, prev, grad, count } = this;
    const noisy = sigma > 0;
    if (noisy) for (let i = 0; i < 2 * count; i++) this.noisy[i] = grad[i] + sigma * random.normal();
    if (this.wasm) this.stepWasm(noisy);
    else {
      prev.set(pos);
      this.kernel(pos, noisy ? this.noisy : grad, this.state, this.live, this.oracle);
      this.taken++;
      this.holdStopped(false);
      this.evaluate();
    }
    if (this.taken % BOUND_CHECK_EVERY === 0) this.stopRunaways();
  }

  /**
   * The wasm pass moved the diverged particles with the others and evaluated them there: they go
   * back and get the gradient and loss of where they hold, as evaluate() would give them. A sum that
   * is not finite may then come from them alone; stopNonFinite looks only at the live ones.
   */
  private stepWasm(noisy: boolean): void {
    const check = this.wasm!.step(this.state, this.live, noisy);
    this.taken++;
    this.settled = false;
    this.holdStopped(true);
    if (!Number.isFinite(check)) this.stopNonFinite();
    this.zeroStopped();
  }

  /** Diverged particles back where they hold (the kernel moved them), with that point's loss if `evaluated`. */
  private holdStopped(evaluated: boolean): void {
    const { pos, prev, grad, loss, stopped } = this;
    for (let k = 0; k < this.stoppedCount; k++) {
      const p = stopped[k];
      const ix = 2 * p;
      pos[ix] = prev[ix];
      pos[ix + 1] = prev[ix + 1];
      if (evaluated) loss[p] = this.surface.gradient(pos[ix], pos[ix + 1], grad, ix);
    }
  }

  /** A diverged particle holds still: no gradient moves it. */
  private zeroStopped(): void {
    const { grad, stopped } = this;
    for (let k = 0; k < this.stoppedCount; k++) {
      const ix = 2 * stopped[k];
      grad[ix] = 0;
      grad[ix + 1] = 0;
    }
  }

  /** Particles beyond the runaway bound stop where they are, diverged: the map has long lost them. */
  private stopRunaways(): void {
    const { pos, grad, bound } = this;
    for (let p = 0; p < this.count; p++) {
      const ix = 2 * p;
      if (this.diverged[p] || (Math.abs(pos[ix]) <= bound && Math.abs(pos[ix + 1]) <= bound)) continue;
      this.diverged[p] = OUT_OF_BOUNDS;
      this.stoppedAt[p] = this.taken;
      this.stopped[this.stoppedCount++] = p;
      grad[ix] = 0;
      grad[ix + 1] = 0;
      this.settled = false;
    }
  }

  /** Gradient and loss at every position, and the particles that have just diverged. */
  private evaluate(): void {
    this.settled = false;
    if (!Number.isFinite(this.gradientMany(this.pos, this.grad, this.loss, this.count))) this.stopNonFinite();
    this.zeroStopped();
  }

  /**
   * Any non-finite value (position, loss or gradient) would spread through the optimizer state, so
   * its particle goes back to where it was, keeps that point's loss, and stops there.
   */
  private stopNonFinite(): void {
    const { pos, prev, grad, loss } = this;
    for (let p = 0; p < this.count; p++) {
      const ix = 2 * p;
      if (this.diverged[p] || Number.isFinite(pos[ix] + pos[ix + 1] + loss[p] + grad[ix] + grad[ix + 1])) continue;
      this.diverged[p] = NON_FINITE;
      this.stoppedAt[p] = this.taken;
      this.stopped[this.stoppedCount++] = p;
      pos[ix] = prev[ix];
      pos[ix + 1] = prev[ix + 1];
      loss[p] = this.surface.gradient(pos[ix], pos[ix + 1], grad, ix);
    }
  }

  /** Works out every particle's step count and status from the buffers. */
  private settle(): void {
    if (this.settled) return;
    const { pos, prev, grad, stepsView, statusView } = this;
    for (let p = 0; p < this.count; p++) {
      if (this.diverged[p]) {
        stepsView[p] = this.stoppedAt[p];
        statusView[p] = DIVERGED;
        continue;
      }
      stepsView[p] = this.taken;
      const ix = 2 * p;
      const x = pos[ix];
      const y = pos[ix + 1];
      const dx = x - prev[ix];
      const dy = y - prev[ix + 1];
      const moved = this.taken > 0 ? Math.sqrt(dx * dx + dy * dy) : Infinity;
      const gx = grad[ix];
      const gy = grad[ix + 1];
      statusView[p] = hasConverged(moved, Math.sqrt(gx * gx + gy * gy), Math.abs(x) + Math.abs(y)) ? CONVERGED : RUNNING;
    }
    this.settled = true;
  }
}
