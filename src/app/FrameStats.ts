/** Script time per frame over the last `capacity` frames: what the page's own work costs. */
export class FrameStats {
  private readonly samples: Float64Array;
  private count = 0;
  frames = 0;

  constructor(capacity = 600) {
    this.samples = new Float64Array(capacity);
  }

  record(ms: number): void {
    this.samples[this.frames % this.samples.length] = ms;
    this.frames++;
    this.count = Math.min(this.count + 1, this.samples.length);
  }

  /** Over the last `last` frames recorded (at most the capacity), by default all that are kept. */
  summary(last = this.count): { frames: number; frameMs: { median: number; p95: number } } {
    const n = Math.max(0, Math.min(Math.floor(last), this.count));
    const recent = Array.from({ length: n }, (_, k) => this.samples[(this.frames - 1 - k + this.samples.length * 2) % this.samples.length]);
    const sorted = recent.sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
    return { frames: this.frames, frameMs: { median: +at(0.5).toFixed(3), p95: +at(0.95).toFixed(3) } };
  }
}
