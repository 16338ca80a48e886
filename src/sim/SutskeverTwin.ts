import type { Surface } from '../core/surfaces/Surface.ts';
import { PathHistory } from './PathHistory.ts';
import type { Track } from './Simulation.ts';

/**
 * Sutskever's original Nesterov run beside PyTorch's NAG ball: the same start, lr and momentum,
 * v ← μv − lr·∇f(θ + μv), θ ← θ + v, stepped on the surface's exact gradient until it has taken as
 * many updates as the ball. Its own path, computed independently, is what the map draws next to
 * the ball's, so the shift between them (μv, sutskeverPoint) is seen rather than assumed. Each
 * update uses the lr and momentum the ball used at that step where its step history still holds
 * it, else the ball's current ones. Gradient noise is not replayed: with noise the two part.
 */
export class SutskeverTwin {
  readonly path: PathHistory;
  private readonly theta = new Float64Array(2);
  private readonly v = new Float64Array(2);
  private readonly grad = new Float64Array(2);
  private taken = 0;
  private surface: Surface | null = null;
  private group: Track['group'] | null = null;
  private startX = NaN;
  private startY = NaN;

  constructor(capacity = 16384) {
    this.path = new PathHistory(capacity);
  }

  /** Updates taken, as the ball's step count. */
  get step(): number {
    return this.taken;
  }

  /** θ and v now. */
  get position(): Float64Array {
    return this.theta;
  }

  get velocity(): Float64Array {
    return this.v;
  }

  /** Catches up with the NAG ball of `track` on `surface`, starting over when the ball did. */
  follow(surface: Surface, track: Track): void {
    const { group, path, steps } = track;
    const target = group.stepOf(0);
    const [x0, y0] = path.firstStep === 0 ? path.at(0) : [this.startX, this.startY];
    if (surface !== this.surface || group !== this.group || target < this.taken || x0 !== this.startX || y0 !== this.startY) {
      this.surface = surface;
      this.group = group;
      this.restart(x0, y0);
    }
    while (this.taken < target) {
      const record = steps.at(this.taken + 1);
      this.advance(surface, record?.lr ?? group.live.lr, record?.momentum ?? group.live.momentum);
    }
  }

  private restart(x: number, y: number): void {
    this.startX = x;
    this.startY = y;
    this.theta[0] = x;
    this.theta[1] = y;
    this.v.fill(0);
    this.taken = 0;
    this.path.clear();
    this.path.record(0, x, y, this.surface!.value(x, y));
  }

  private advance(surface: Surface, lr: number, mu: number): void {
    const { theta, v, grad } = this;
    surface.gradient(theta[0] + mu * v[0], theta[1] + mu * v[1], grad, 0);
    v[0] = mu * v[0] - lr * grad[0];
    v[1] = mu * v[1] - lr * grad[1];
    theta[0] += v[0];
    theta[1] += v[1];
    this.taken++;
    this.path.record(this.taken, theta[0], theta[1], surface.value(theta[0], theta[1]));
  }
}
