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

  summary(): { frames: number; frameMs: { median: number; p95: number } } {
    const sorted = Array.from(this.samples.subarray(0, this.count)).sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0);
    return { frames: this.frames, frameMs: { median: +at(0.5).toFixed(3), p95: +at(0.95).toFixed(3) } };
  }
}
