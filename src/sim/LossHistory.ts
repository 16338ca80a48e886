/**
 * Loss of one particle against step, in bounded memory: when the buffer fills, every other sample
 * is dropped and the recording stride doubles, so a chart always has the whole run at a resolution
 * of at least capacity / 2 points.
 */
export class LossHistory {
  readonly steps: Float64Array;
  readonly losses: Float64Array;
  length = 0;
  private stride = 1;

  constructor(capacity = 2048) {
    const even = Math.max(4, capacity - (capacity % 2));
    this.steps = new Float64Array(even);
    this.losses = new Float64Array(even);
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
  }

  /** Records the loss at a step; repeats of the last step (a stopped particle) are ignored. */
  record(step: number, loss: number): void {
    if (step % this.stride !== 0) return;
    if (this.length > 0 && this.steps[this.length - 1] === step) return;
    if (this.length === this.steps.length) this.halve();
    this.steps[this.length] = step;
    this.losses[this.length] = loss;
    this.length++;
  }

  private halve(): void {
    const half = this.length >> 1;
    for (let k = 0; k < half; k++) {
      this.steps[k] = this.steps[2 * k];
      this.losses[k] = this.losses[2 * k];
    }
    this.length = half;
    this.stride *= 2;
  }
}
