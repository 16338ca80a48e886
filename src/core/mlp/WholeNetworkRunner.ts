import { createState, liveParams, type LiveParams, type Optimizer, type OptimizerState, type Params, type StepKernel } from '../optimizers/Optimizer.ts';
import { PARAM_COUNT } from './layout.ts';
import { batchLossGrad } from './network.ts';
import type { NetworkPlane } from './networkSurface.ts';

/** Updates the records hold room for at first; they double from there as the run goes on. */
const FIRST_ROOM = 256;

/**
 * All 61 weights of the network trained from a point of a network surface, one update at a time, so
 * that a live race can carry it along: advanceTo takes only the updates not yet taken. It records,
 * after each update, the weights' shadow on the plane, how far they are from it and the full-data
 * loss. Its steps allocate nothing but the records' doubling, and those stop at `limit` updates.
 * The plane's directions are orthonormal (the slice's unit vectors), so the shadow is two dot products.
 */
export class WholeNetworkRunner {
  /** Updates taken so far. */
  step = 0;
  /** The shadow after each update, start first: (a, b) at [2k, 2k + 1] for k ≤ step. */
  path: Float64Array;
  /** How far the weights are from the plane after each update (the frozen weights' drift, for the slice). */
  drift: Float64Array;
  /** Full-data loss after each update. */
  loss: Float64Array;
  private readonly theta = new Float64Array(PARAM_COUNT);
  private readonly grad = new Float64Array(PARAM_COUNT);
  private readonly all: Int32Array;
  private readonly kernel: StepKernel;
  private readonly state: OptimizerState;
  private readonly live: LiveParams;

  constructor(
    private readonly plane: NetworkPlane,
    start: readonly [number, number],
    optimizer: Optimizer,
    params: Params,
    /** The most updates it will take: advanceTo stops there. */
    readonly limit: number,
  ) {
    const { origin, d1, d2, x } = plane;
    for (let i = 0; i < PARAM_COUNT; i++) this.theta[i] = origin[i] + start[0] * d1[i] + start[1] * d2[i];
    this.all = Int32Array.from({ length: x.length }, (_, i) => i);
    this.kernel = optimizer.kernel(params);
    this.state = createState(optimizer, PARAM_COUNT);
    this.live = liveParams(params);
    const room = Math.min(FIRST_ROOM, limit) + 1;
    this.path = new Float64Array(2 * room);
    this.drift = new Float64Array(room);
    this.loss = new Float64Array(room);
    this.record(0);
  }

  /**
   * Takes the updates up to `step` (at most `limit`); an earlier step, already recorded, takes none.
   * Returns that step within the limit: the records hold it now.
   */
  advanceTo(step: number): number {
    const target = Math.min(Math.floor(step), this.limit);
    if (target > this.step) this.makeRoom(target + 1);
    while (this.step < target) {
      this.kernel(this.theta, this.grad, this.state, this.live);
      this.record(++this.step);
    }
    return target;
  }

  /** The shadow, the drift and the loss of the weights now, after `k` updates; also the gradient there for the next update. */
  private record(k: number): void {
    const { theta } = this;
    const { origin, d1, d2, x, y } = this.plane;
    let a = 0;
    let b = 0;
    for (let i = 0; i < PARAM_COUNT; i++) {
      a += (theta[i] - origin[i]) * d1[i];
      b += (theta[i] - origin[i]) * d2[i];
    }
    let off = 0;
    for (let i = 0; i < PARAM_COUNT; i++) off += (theta[i] - origin[i] - a * d1[i] - b * d2[i]) ** 2;
    this.path[2 * k] = a;
    this.path[2 * k + 1] = b;
    this.drift[k] = Math.sqrt(off);
    this.loss[k] = batchLossGrad(theta, x, y, this.all, 0, x.length, this.grad);
  }

  /** Grows the records by doubling, never past the limit, to hold `points` points. */
  private makeRoom(points: number): void {
    let room = this.drift.length;
    if (room >= points) return;
    while (room < points) room = Math.min(2 * room, this.limit + 1);
    const grow = (old: Float64Array, size: number) => {
      const next = new Float64Array(size);
      next.set(old);
      return next;
    };
    this.path = grow(this.path, 2 * room);
    this.drift = grow(this.drift, room);
    this.loss = grow(this.loss, room);
  }
}
