import { Container, Graphics } from 'pixi.js';
import type { Track } from '../sim/Simulation.ts';
import { INK, optimizerStyle } from './palette.ts';
import type { Affine } from './viewMath.ts';

/** The minibatch fan at a ball, in the surface's units: what the Minibatch noise section measured there. */
export interface FanAtBall {
  readonly optimizer: string;
  readonly at: readonly [number, number];
  readonly full: readonly [number, number];
  readonly batches: readonly (readonly [number, number])[];
}

type Point = [number, number];

/** What the layer drew last, in canvas CSS pixels, so a check can measure it. */
export interface FanShown {
  ball: Point;
  fullTip: Point;
  tips: Point[];
}

/** The longest arrow of the fan on screen; one linear scale for all, so their spread reads true. */
const FAN_PX = 80;
const HEAD = 9;

/**
 * Minibatch noise at the ball on the map: the descent direction of every minibatch of one epoch
 * (thin, in the optimizer's colour) and of all the data (thick, with a head), from the ball the
 * section measured at. Shown only while the ball is still where it was measured: a fan taken at an
 * earlier step would point from the wrong place.
 */
export class MinibatchFanLayer {
  readonly view = new Container();
  private readonly g = new Graphics();
  private drawn: { fan: FanAtBall; ax: number; ay: number; bx: number; by: number } | null = null;
  private marks: FanShown | null = null;

  constructor(
    /** The fan to show, null while the section is folded or off the network surfaces. */
    private readonly fan: () => FanAtBall | null,
    private readonly track: (optimizer: string) => Track | undefined,
  ) {
    this.view.addChild(this.g);
  }

  shown(): FanShown | null {
    return this.marks && { ball: [...this.marks.ball], fullTip: [...this.marks.fullTip], tips: this.marks.tips.map((p): Point => [p[0], p[1]]) };
  }

  /** Whether the fan to show is not the one drawn. */
  needsDraw(): boolean {
    return this.fan() !== (this.drawn?.fan ?? null);
  }

  draw(a: Affine): void {
    const fan = this.fan();
    const pos = fan && this.track(fan.optimizer)?.group.pos;
    if (!fan || !pos || pos[0] !== fan.at[0] || pos[1] !== fan.at[1]) {
      if (this.drawn) this.g.clear();
      this.drawn = null;
      this.marks = null;
      return;
    }
    const d = this.drawn;
    if (d && d.fan === fan && d.ax === a.ax && d.ay === a.ay && d.bx === a.bx && d.by === a.by) return;
    this.drawn = { fan, ax: a.ax, ay: a.ay, bx: a.bx, by: a.by };
    const x = a.ax * fan.at[0] + a.bx;
    const y = a.ay * fan.at[1] + a.by;
    const screen = ([ga, gb]: readonly [number, number]): Point => [-a.ax * ga, -a.ay * gb];
    const vectors = fan.batches.map(screen);
    const full = screen(fan.full);
    const longest = Math.max(Math.hypot(...full), ...vectors.map((v) => Math.hypot(...v)));
    const scale = longest > 0 && Number.isFinite(longest) ? FAN_PX / longest : 0;
    const tip = ([dx, dy]: Point): Point => [x + dx * scale, y + dy * scale];
    const g = this.g.clear();
    const color = optimizerStyle(fan.optimizer).color;
    const tips = vectors.map(tip);
    // A light halo under each thin line, as the trails have a dark one: dark colours (Adam's ink) read on every band too.
    for (const [ex, ey] of tips) g.moveTo(x, y).lineTo(ex, ey);
    g.stroke({ width: 4, color: 0xffffff, alpha: 0.6 });
    for (const [ex, ey] of tips) g.moveTo(x, y).lineTo(ex, ey);
    g.stroke({ width: 1.5, color, alpha: 0.8 });
    const fullTip = tip(full);
    const length = Math.hypot(fullTip[0] - x, fullTip[1] - y);
    if (length > HEAD) {
      const c = (fullTip[0] - x) / length;
      const s = (fullTip[1] - y) / length;
      const bx = fullTip[0] - c * HEAD;
      const by = fullTip[1] - s * HEAD;
      g.moveTo(x, y).lineTo(bx, by).stroke({ width: 6, color: 0xffffff }).moveTo(x, y).lineTo(bx, by).stroke({ width: 3, color: INK });
      g.poly([fullTip[0], fullTip[1], bx - (s * HEAD) / 2, by + (c * HEAD) / 2, bx + (s * HEAD) / 2, by - (c * HEAD) / 2])
        .fill({ color: INK })
        .stroke({ width: 1.5, color: 0xffffff });
    }
    this.marks = { ball: [x, y], fullTip, tips };
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
