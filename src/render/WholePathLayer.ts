import { Container, Graphics } from 'pixi.js';
import type { WholeNetworkRunner } from '../core/mlp/WholeNetworkRunner.ts';
import type { Track } from '../sim/Simulation.ts';
import type { TimeCursor } from '../sim/TimeCursor.ts';
import type { MapLayer } from './MapView.ts';
import { INK, optimizerStyle } from './palette.ts';
import type { Affine, Rect } from './viewMath.ts';
import { nearCanvas } from './nearCanvas.ts';

/** The whole network trained beside an optimizer's ball on the slice, to be drawn as far as that ball has come. */
export interface WholeShadow {
  readonly optimizer: string;
  readonly runner: WholeNetworkRunner;
}

type Point = [number, number];

/** What the layer drew last, so a check can measure it. */
export interface WholeShown {
  optimizer: string;
  /** The ball's step the path was drawn to. */
  step: number;
  /** Points of the whole network's path drawn: the start and one per update. */
  points: number;
  /** The last of them on the slice, and in canvas CSS pixels. */
  end: Point;
  endPx: Point;
}

const DASH = 7;
const GAP = 5;
/** Points closer than this many pixels to the last one drawn add nothing to the line but its cost. */
const MIN_PX = 0.75;
const END_R = 5;

/**
 * The whole network's shadow on the map: the path training all 61 weights takes, projected on the
 * slice, drawn up to the step of the optimizer's first ball as the map shows it (live, or at the
 * time cursor's step), so it grows with the race. Dashed ink on a white casing, unlike any trail,
 * reading on every band; a hollow ring in the optimizer's colour marks where it has got to.
 */
export class WholePathLayer implements MapLayer {
  readonly view = new Container();
  readonly followsCursor = true;
  private readonly g = new Graphics();
  private drawn: { shadow: WholeShadow; step: number; ax: number; ay: number; bx: number; by: number } | null = null;
  private marks: WholeShown | null = null;

  constructor(
    /** The whole network to show, null while the slice's all-61 mode is off. */
    private readonly shadow: () => WholeShadow | null,
    private readonly track: (optimizer: string) => Track | undefined,
  ) {
    this.view.addChild(this.g);
  }

  shown(): WholeShown | null {
    return this.marks && { ...this.marks, end: [...this.marks.end], endPx: [...this.marks.endPx] };
  }

  /** Whether the shadow to show is not the one drawn. */
  needsDraw(): boolean {
    return this.shadow() !== (this.drawn?.shadow ?? null);
  }

  draw(a: Affine, _plotSize: number, _rect: Rect, cursor: TimeCursor | null): void {
    const shadow = this.shadow();
    const track = shadow && this.track(shadow.optimizer);
    if (!shadow || !track) {
      if (this.drawn) this.g.clear();
      this.drawn = null;
      this.marks = null;
      return;
    }
    // The race drives the whole network: it takes the updates the ball has taken since the last frame.
    const step = shadow.runner.advanceTo(cursor?.at(track)?.step ?? track.group.stepOf(0));
    const d = this.drawn;
    if (d && d.shadow === shadow && d.step === step && d.ax === a.ax && d.ay === a.ay && d.bx === a.bx && d.by === a.by) return;
    this.drawn = { shadow, step, ax: a.ax, ay: a.ay, bx: a.bx, by: a.by };
    const path = shadow.runner.path;
    const g = this.g.clear();
    this.casing(path, step, a);
    this.dashes(path, step, a);
    const end: Point = [path[2 * step], path[2 * step + 1]];
    const endPx: Point = [nearCanvas(a.ax * end[0] + a.bx), nearCanvas(a.ay * end[1] + a.by)];
    // Hollow, so it is never taken for a ball: the ink edge reads on every band, the optimizer's colour inside it.
    g.circle(endPx[0], endPx[1], END_R)
      .fill({ color: 0xffffff, alpha: 0.9 })
      .stroke({ width: 4.5, color: INK })
      .circle(endPx[0], endPx[1], END_R)
      .stroke({ width: 2, color: optimizerStyle(shadow.optimizer).color });
    this.marks = { optimizer: shadow.optimizer, step, points: step + 1, end, endPx };
  }

  /** The white band under the dashes, unbroken, so the dashes part from the bands and from the trails. */
  private casing(path: Float64Array, step: number, a: Affine): void {
    const g = this.g;
    let px = nearCanvas(a.ax * path[0] + a.bx);
    let py = nearCanvas(a.ay * path[1] + a.by);
    g.moveTo(px, py);
    for (let k = 1; k <= step; k++) {
      const x = nearCanvas(a.ax * path[2 * k] + a.bx);
      const y = nearCanvas(a.ay * path[2 * k + 1] + a.by);
      if (k < step && Math.abs(x - px) + Math.abs(y - py) < MIN_PX) continue;
      g.lineTo(x, y);
      px = x;
      py = y;
    }
    g.stroke({ width: 5.5, color: 0xffffff, alpha: 0.85, join: 'round', cap: 'round' });
  }

  /** Ink dashes along the path, the pattern running on across its corners. */
  private dashes(path: Float64Array, step: number, a: Affine): void {
    const g = this.g;
    let px = nearCanvas(a.ax * path[0] + a.bx);
    let py = nearCanvas(a.ay * path[1] + a.by);
    let on = true;
    let left = DASH;
    let pen = false;
    for (let k = 1; k <= step; k++) {
      const x = nearCanvas(a.ax * path[2 * k] + a.bx);
      const y = nearCanvas(a.ay * path[2 * k + 1] + a.by);
      const length = Math.hypot(x - px, y - py);
      if (k < step && length < MIN_PX) continue;
      let t = 0;
      while (t < length) {
        const run = Math.min(left, length - t);
        if (on) {
          if (!pen) g.moveTo(px + ((x - px) * t) / length, py + ((y - py) * t) / length);
          g.lineTo(px + ((x - px) * (t + run)) / length, py + ((y - py) * (t + run)) / length);
          pen = true;
        }
        t += run;
        left -= run;
        if (left <= 0) {
          on = !on;
          left = on ? DASH : GAP;
          pen = false;
        }
      }
      px = x;
      py = y;
    }
    g.stroke({ width: 2.5, color: INK, join: 'round' });
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
