import { Container, Graphics } from 'pixi.js';
import { sutskeverPoint } from '../core/optimizers/sutskeverPoint.ts';
import type { PathHistory } from '../sim/PathHistory.ts';
import type { Track } from '../sim/Simulation.ts';
import { DIVERGED } from '../sim/status.ts';
import type { SutskeverTwin } from '../sim/SutskeverTwin.ts';
import { INK, optimizerStyle } from './palette.ts';
import { arrowLength, GRADIENT_M0_OF_PLOT, STEP_M0 } from './VectorLayer.ts';
import type { Affine } from './viewMath.ts';

/** Points of the paths drawn (the latest), and at most this many offsets between them. */
const PATH_POINTS = 400;
const OFFSETS = 40;
const RING = 6;
const BEAD = 2.5;
const HEAD = 8;

type Point = [number, number];

/** What the layer drew last, so a check can measure it: canvas CSS pixels, but the twin's point in world units. */
export interface NesterovShown {
  momentum: { ball: Point; gradientTip: Point | null; velocityTip: Point | null } | null;
  nag: { ball: Point; ring: Point; gradientTip: Point | null; velocityTip: Point | null } | null;
  /** Sutskever's own run, where its path is drawn: the updates it has taken and where they left it. */
  twin: { step: number; at: Point } | null;
}

/**
 * NAG against Momentum, drawn where a lecturer would point. With `lookAhead`: Momentum's negative
 * gradient at its ball and its velocity v = −lr·b; for NAG, Sutskever's θ (a ring), the look-ahead
 * μv from it to the ball (PyTorch's ball is the look-ahead point, sutskeverPoint), the negative
 * gradient there, where NAG takes it, and NAG's velocity from the ball (parallel to the look-ahead). With `sutskever`: the path
 * of Sutskever's own run (the twin) beside the ball's, with the offset between the two at the same
 * step drawn as thin lines. Geometry is true to the map; arrows are scaled as VectorLayer's.
 */
export class NesterovLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private momentum: Track | null = null;
  private nag: Track | null = null;
  private lookAhead = false;
  private sutskever = false;
  private readonly p = new Float64Array(2);
  private readonly q = new Float64Array(2);
  private readonly s = new Float64Array(2);
  /** What the last frame drew, kept in place so a frame allocates nothing; shown() copies it out. */
  private readonly marks = {
    momentum: { on: false, ball: [0, 0] as Point, gradientTip: [0, 0] as Point, gradient: false, velocityTip: [0, 0] as Point, velocity: false },
    nag: { on: false, ball: [0, 0] as Point, ring: [0, 0] as Point, gradientTip: [0, 0] as Point, gradient: false, velocityTip: [0, 0] as Point, velocity: false },
    twin: { on: false, step: 0, at: [0, 0] as Point },
  };

  constructor(private readonly twin: SutskeverTwin) {
    this.view.addChild(this.g);
    this.view.visible = false;
  }

  setTracks(tracks: readonly Track[]): void {
    this.momentum = tracks.find((t) => t.group.optimizer.id === 'momentum') ?? null;
    this.nag = tracks.find((t) => t.group.optimizer.id === 'nag') ?? null;
  }

  setOverlays(lookAhead: boolean, sutskever: boolean): void {
    this.lookAhead = lookAhead;
    this.sutskever = sutskever;
    this.view.visible = lookAhead || sutskever;
  }

  /** What the last frame showed (nothing while both overlays are off). */
  shown(): NesterovShown {
    const { momentum: m, nag: n, twin: t } = this.marks;
    const tip = (on: boolean, p: Point): Point | null => (on ? [p[0], p[1]] : null);
    return {
      momentum: m.on ? { ball: [m.ball[0], m.ball[1]], gradientTip: tip(m.gradient, m.gradientTip), velocityTip: tip(m.velocity, m.velocityTip) } : null,
      nag: n.on
        ? { ball: [n.ball[0], n.ball[1]], ring: [n.ring[0], n.ring[1]], gradientTip: tip(n.gradient, n.gradientTip), velocityTip: tip(n.velocity, n.velocityTip) }
        : null,
      twin: t.on ? { step: t.step, at: [t.at[0], t.at[1]] } : null,
    };
  }

  draw(a: Affine, plotSize: number): void {
    const g = this.g.clear();
    const marks = this.marks;
    marks.momentum.on = marks.nag.on = marks.twin.on = false;
    if (!this.view.visible) return;
    const nag = this.nag && this.nag.group.status[0] !== DIVERGED ? this.nag : null;
    if (this.sutskever && nag && this.twin.step === nag.group.stepOf(0) && this.drawPaths(a, nag.path, this.twin.path, optimizerStyle('nag').color)) {
      marks.twin.on = true;
      marks.twin.step = this.twin.step;
      marks.twin.at[0] = this.twin.position[0];
      marks.twin.at[1] = this.twin.position[1];
    }
    if (!this.lookAhead) return;
    const m = this.momentum && this.momentum.group.status[0] !== DIVERGED ? this.momentum : null;
    const gradientM0 = plotSize * GRADIENT_M0_OF_PLOT;
    if (m) {
      const { pos, grad, state, live } = m.group;
      const color = optimizerStyle('momentum').color;
      const x = a.ax * pos[0] + a.bx;
      const y = a.ay * pos[1] + a.by;
      const mark = marks.momentum;
      mark.on = true;
      mark.ball[0] = x;
      mark.ball[1] = y;
      mark.gradient = arrow(g, x, y, -a.ax * grad[0], -a.ay * grad[1], gradientM0, color, 2, 0.7, mark.gradientTip);
      mark.velocity =
        state.slots.length > 0 && arrow(g, x, y, -a.ax * live.lr * state.slots[0][0], -a.ay * live.lr * state.slots[0][1], STEP_M0, color, 3, 1, mark.velocityTip);
    }
    if (nag && nag.group.state.t > 0) {
      const { pos, grad, state, live } = nag.group;
      const color = optimizerStyle('nag').color;
      const buf = state.slots[0];
      sutskeverPoint(pos, buf, live.lr, live.momentum, this.s);
      const x = a.ax * pos[0] + a.bx;
      const y = a.ay * pos[1] + a.by;
      const sx = a.ax * this.s[0] + a.bx;
      const sy = a.ay * this.s[1] + a.by;
      g.moveTo(sx, sy).lineTo(x, y).stroke({ width: 3, color: INK, alpha: 0.9 });
      g.moveTo(sx, sy).lineTo(x, y).stroke({ width: 1.5, color });
      g.circle(sx, sy, RING).stroke({ width: 3, color: INK }).circle(sx, sy, RING).stroke({ width: 1.5, color });
      const mark = marks.nag;
      mark.on = true;
      mark.ball[0] = x;
      mark.ball[1] = y;
      mark.ring[0] = sx;
      mark.ring[1] = sy;
      mark.velocity = arrow(g, x, y, -a.ax * live.lr * buf[0], -a.ay * live.lr * buf[1], STEP_M0, color, 3, 1, mark.velocityTip);
      mark.gradient = arrow(g, x, y, -a.ax * grad[0], -a.ay * grad[1], gradientM0, color, 2, 0.7, mark.gradientTip);
    }
  }

  /** The twin's path, and the offset from each of its points to the ball's at the same step; false if too short to draw. */
  private drawPaths(a: Affine, ball: PathHistory, twin: PathHistory, color: number): boolean {
    const n = Math.min(PATH_POINTS, twin.length, ball.length);
    if (n < 2) return false;
    const { q } = this;
    const from = twin.length - n;
    // A dark halo under the line, as the trails have, so it reads on every band; beads at each
    // update tell it from the ball's own solid trail by shape, not colour alone.
    this.trace(a, twin, from, n).stroke({ width: 4, color: INK, alpha: 0.6 });
    this.trace(a, twin, from, n).stroke({ width: 1.5, color, alpha: 0.9 });
    const { p } = this;
    for (let k = 0; k < n; k++) {
      twin.readXY(from + k, p, 0);
      this.g.circle(a.ax * p[0] + a.bx, a.ay * p[1] + a.by, BEAD);
    }
    this.g.fill({ color: 0xffffff }).stroke({ width: 1.5, color: INK });
    const stride = Math.max(1, Math.ceil(n / OFFSETS));
    const ballFrom = ball.length - n;
    for (let k = n - 1; k >= 0; k -= stride) {
      twin.readXY(from + k, p, 0);
      ball.readXY(ballFrom + k, q, 0);
      this.g.moveTo(a.ax * p[0] + a.bx, a.ay * p[1] + a.by).lineTo(a.ax * q[0] + a.bx, a.ay * q[1] + a.by);
    }
    this.g.stroke({ width: 1, color: INK, alpha: 0.8 });
    return true;
  }

  private trace(a: Affine, path: PathHistory, from: number, n: number): Graphics {
    const { g, p } = this;
    for (let k = 0; k < n; k++) {
      path.readXY(from + k, p, 0);
      const x = a.ax * p[0] + a.bx;
      const y = a.ay * p[1] + a.by;
      if (k === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    return g;
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

/** A vector from (x, y), dx, dy in screen pixels, drawn at VectorLayer's length for it; its tip goes into `tip`. False if none was drawn. */
function arrow(g: Graphics, x: number, y: number, dx: number, dy: number, m0: number, color: number, width: number, alpha: number, tip: Point): boolean {
  const m = Math.sqrt(dx * dx + dy * dy);
  const length = arrowLength(m, m0);
  if (length === 0 || !Number.isFinite(x + y)) return false;
  const c = dx / m;
  const s = dy / m;
  const ex = x + c * length;
  const ey = y + s * length;
  const bx = ex - c * HEAD;
  const by = ey - s * HEAD;
  g.moveTo(x, y)
    .lineTo(bx, by)
    .stroke({ width: width + 2, color: INK, alpha: 0.8 * alpha });
  g.moveTo(x, y).lineTo(bx, by).stroke({ width, color, alpha });
  g.poly([ex, ey, bx - (s * HEAD) / 2, by + (c * HEAD) / 2, bx + (s * HEAD) / 2, by - (c * HEAD) / 2])
    .fill({ color, alpha })
    .stroke({ width: 1, color: INK, alpha });
  tip[0] = ex;
  tip[1] = ey;
  return true;
}
