/**
 * The first ball's exact path, one (x, y, loss) per update, in a fixed ring: what the instruments
 * compare and step through. The trail is Float32 and as short as the user sets it; this keeps
 * Float64 and the last `capacity` points (16 384 by default, 384 KiB, several times the longest
 * preset scene), so after that a comparison covers the latest stretch and says where it starts.
 */
export class PathHistory {
  readonly capacity: number;
  /** x, y, loss per slot. */
  private readonly data: Float64Array;
  private head = 0;
  /** Points held, at most capacity. */
  length = 0;
  /** The step of the newest point. */
  lastStep = -1;

  constructor(capacity = 16384) {
    this.capacity = Math.max(2, Math.floor(capacity));
    this.data = new Float64Array(3 * this.capacity);
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
    this.lastStep = -1;
  }

  /** Records the point reached at `step`; a repeat of the last step (a stopped ball) is ignored. */
  record(step: number, x: number, y: number, loss: number): void {
    if (step === this.lastStep) return;
    const o = 3 * this.head;
    this.data[o] = x;
    this.data[o + 1] = y;
    this.data[o + 2] = loss;
    this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    if (this.length < this.capacity) this.length++;
    this.lastStep = step;
  }

  /** The step of the oldest point held. */
  get firstStep(): number {
    return this.lastStep - this.length + 1;
  }

  /** The k-th oldest point held (0 ≤ k < length), as [x, y, loss]. */
  at(k: number): [number, number, number] {
    const slot = (this.head - this.length + k + this.capacity) % this.capacity;
    return [this.data[3 * slot], this.data[3 * slot + 1], this.data[3 * slot + 2]];
  }

  /** Writes the k-th oldest point's x and y to out[o], out[o + 1] without allocating (the time cursor reads one per frame). */
  readXY(k: number, out: Float64Array | Float32Array, o: number): void {
    const slot = (this.head - this.length + k + this.capacity) % this.capacity;
    out[o] = this.data[3 * slot];
    out[o + 1] = this.data[3 * slot + 1];
  }

  /** Every point held, oldest first. */
  points(): [number, number, number][] {
    const out: [number, number, number][] = [];
    for (let k = 0; k < this.length; k++) out.push(this.at(k));
    return out;
  }
}
