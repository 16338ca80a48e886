/** One update of the first ball, as its optimizer took it. */
export interface StepRecord {
  /** The update's number: 1 for the first. */
  step: number;
  /** The optimizer's own count t after this update. */
  t: number;
  /** Where the update started and where it ended. */
  from: [number, number];
  to: [number, number];
  /** The gradient the optimizer was given (noise included, weight decay not yet added). */
  grad: [number, number];
  /** The learning rate and momentum (β₁ for the Adam family) the update used. */
  lr: number;
  momentum: number;
  /** Each state slot's two coordinates before and after the update, by slot index. */
  before: [number, number][];
  after: [number, number][];
  /** The shared scalars (NAdam's running product) after the update. */
  scalars: number[];
}

/** Fields ahead of the slots in a record: step, t, from (2), to (2), grad (2), lr, momentum. */
const HEAD = 10;

/**
 * The first ball's last `capacity` updates in full, in a fixed Float64 ring, so the update panel can
 * step back through them and show each number exactly as the optimizer held it. One record is
 * HEAD + 4·slots + scalars numbers (22 for Adam: 1024 updates take 176 KiB a ball); writing one
 * copies those numbers and allocates nothing.
 */
export class StepHistory {
  readonly capacity: number;
  private readonly width: number;
  private readonly data: Float64Array;
  private head = 0;
  /** Records held, at most capacity. */
  length = 0;

  constructor(
    private readonly slots: number,
    private readonly scalars: number,
    capacity = 1024,
  ) {
    this.capacity = Math.max(1, Math.floor(capacity));
    this.width = HEAD + 4 * slots + scalars;
    this.data = new Float64Array(this.width * this.capacity);
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
  }

  /** The step of the newest record, 0 when none is held. */
  get lastStep(): number {
    return this.length ? this.data[this.offset(this.length - 1)] : 0;
  }

  /** The step of the oldest record held, 0 when none is. */
  get firstStep(): number {
    return this.length ? this.data[this.offset(0)] : 0;
  }

  /**
   * Opens a record: the ball at `pos` (xy of particle 0), the gradient it is given, and the state
   * `slotsBefore` it starts from. `finish` completes it once the update is taken.
   */
  begin(step: number, pos: Float64Array, grad: Float64Array, lr: number, momentum: number, slotsBefore: readonly Float64Array[]): void {
    const d = this.data;
    const o = this.width * this.head;
    d[o] = step;
    d[o + 2] = pos[0];
    d[o + 3] = pos[1];
    d[o + 6] = grad[0];
    d[o + 7] = grad[1];
    d[o + 8] = lr;
    d[o + 9] = momentum;
    for (let s = 0; s < this.slots; s++) {
      d[o + HEAD + 2 * s] = slotsBefore[s][0];
      d[o + HEAD + 2 * s + 1] = slotsBefore[s][1];
    }
  }

  /** Replaces the open record's gradient: with noise, the optimizer is given another than the surface's. */
  gradient(grad: Float64Array): void {
    const o = this.width * this.head;
    this.data[o + 6] = grad[0];
    this.data[o + 7] = grad[1];
  }

  /** Completes the open record with where the ball went and the state after, and keeps it. */
  finish(t: number, pos: Float64Array, slotsAfter: readonly Float64Array[], scalars: Float64Array): void {
    const d = this.data;
    const o = this.width * this.head;
    d[o + 1] = t;
    d[o + 4] = pos[0];
    d[o + 5] = pos[1];
    const a = o + HEAD + 2 * this.slots;
    for (let s = 0; s < this.slots; s++) {
      d[a + 2 * s] = slotsAfter[s][0];
      d[a + 2 * s + 1] = slotsAfter[s][1];
    }
    for (let k = 0; k < this.scalars; k++) d[a + 2 * this.slots + k] = scalars[k];
    this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    if (this.length < this.capacity) this.length++;
  }

  /** The record of update `step`, or null when it is not held (not taken yet, or dropped from the ring). */
  at(step: number): StepRecord | null {
    const k = step - this.firstStep;
    if (!this.length || k < 0 || k >= this.length) return null;
    const d = this.data;
    const o = this.offset(k);
    const pairs = (from: number) => Array.from({ length: this.slots }, (_, s): [number, number] => [d[from + 2 * s], d[from + 2 * s + 1]]);
    const a = o + HEAD + 2 * this.slots;
    return {
      step: d[o],
      t: d[o + 1],
      from: [d[o + 2], d[o + 3]],
      to: [d[o + 4], d[o + 5]],
      grad: [d[o + 6], d[o + 7]],
      lr: d[o + 8],
      momentum: d[o + 9],
      before: pairs(o + HEAD),
      after: pairs(a),
      scalars: Array.from(d.subarray(a + 2 * this.slots, a + 2 * this.slots + this.scalars)),
    };
  }

  private offset(k: number): number {
    return this.width * ((this.head - this.length + k + this.capacity) % this.capacity);
  }
}
