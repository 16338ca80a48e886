/** Above this many particles per optimizer only the first one (the ball) leaves a trail. */
export const TRAIL_ALL_UP_TO = 50;

/**
 * The particles of a group that keep a trail: all of a small swarm, only the ball of a large one,
 * whose trails would hide the map (and would cost 10 000 × trail positions per optimizer).
 */
export function trailedParticles(count: number): number {
  return count > TRAIL_ALL_UP_TO ? 1 : count;
}

/**
 * A fixed-size ring of each particle's recent positions, so a trail costs the same memory after a
 * million steps as after ten. Float32 is plenty for drawing.
 */
export class TrailBuffer {
  readonly capacity: number;
  readonly count: number;
  /** xy pairs, particle-major: data[(p * capacity + slot) * 2]. */
  readonly data: Float32Array;
  /** Slot the next push writes. */
  head = 0;
  /** How many slots hold a position (at most capacity). */
  length = 0;
  /** Positions pushed since clear(): the newest is that of tick `pushed - 1`, so a step finds its slot. */
  pushed = 0;

  constructor(count: number, capacity: number) {
    this.count = count;
    this.capacity = Math.max(2, Math.floor(capacity));
    this.data = new Float32Array(count * this.capacity * 2);
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
    this.pushed = 0;
  }

  /** Appends the current position (xy pairs for every particle) to each particle's ring. */
  push(pos: Float64Array): void {
    const cap = this.capacity;
    const data = this.data;
    const slot = this.head;
    for (let p = 0; p < this.count; p++) {
      const o = (p * cap + slot) * 2;
      data[o] = pos[2 * p];
      data[o + 1] = pos[2 * p + 1];
    }
    this.head = slot + 1 === cap ? 0 : slot + 1;
    if (this.length < cap) this.length++;
    this.pushed++;
  }
}
