import { Container, Graphics, Text } from 'pixi.js';
import { FONT_STACK } from '../i18n/fontStack.ts';
import { INK } from './palette.ts';
import type { Affine } from './viewMath.ts';
import { nearCanvas } from './nearCanvas.ts';

/** A guess on the map: where the class expected a ball to stop, and where it is (once the race has begun). */
export interface GuessMark {
  readonly color: number;
  readonly guess: readonly [number, number];
  readonly end: readonly [number, number] | null;
  /** The distance as text, shown beside the line; '' for none. */
  readonly label: string;
}

/** Half the cross's size, and the dashes of the line from a guess to its ball, in CSS pixels. */
const ARM = 7;
const DASH = 6;
const GAP = 4;

/**
 * The class's guesses: a cross in each optimizer's colour on a dark halo (3:1 on every band, as the
 * trails keep), and after the start a dashed line to where that ball is, labelled with the distance.
 * Redrawn only when the guesses or the view change: a handful of strokes.
 */
export class GuessLayer {
  readonly view = new Container();
  private readonly lines = new Graphics();
  private readonly crosses = new Graphics();
  private readonly labels: Text[] = [];
  private marks: readonly GuessMark[] = [];

  constructor() {
    this.view.addChild(this.lines, this.crosses);
  }

  set(marks: readonly GuessMark[]): void {
    this.marks = marks;
    while (this.labels.length < marks.length) {
      const text = new Text({
        text: '',
        style: { fontFamily: FONT_STACK, fontSize: 12, fontWeight: '600', fill: INK, stroke: { color: 0xffffff, width: 4 } },
      });
      text.anchor.set(0.5);
      this.labels.push(this.view.addChild(text));
    }
    this.labels.forEach((t, k) => (t.visible = k < marks.length && marks[k].end !== null && marks[k].label !== ''));
  }

  layout(a: Affine): void {
    const screen = (p: readonly [number, number]): [number, number] => [nearCanvas(a.ax * p[0] + a.bx), nearCanvas(a.ay * p[1] + a.by)];
    this.lines.clear();
    this.crosses.clear();
    this.marks.forEach((m, k) => {
      const [gx, gy] = screen(m.guess);
      if (m.end) {
        const [ex, ey] = screen(m.end);
        dashed(this.lines, gx, gy, ex, ey);
        const label = this.labels[k];
        if (label.text !== m.label) label.text = m.label;
        // Beside its own cross, where guesses spread out as the class placed them; the ends may all share one minimum.
        label.position.set(gx, gy - ARM - 9);
      }
      for (const [width, color] of [
        [5, INK],
        [2.5, m.color],
      ] as const) {
        this.crosses
          .moveTo(gx - ARM, gy - ARM)
          .lineTo(gx + ARM, gy + ARM)
          .moveTo(gx - ARM, gy + ARM)
          .lineTo(gx + ARM, gy - ARM)
          .stroke({ width, color, cap: 'round' });
      }
    });
    this.lines.stroke({ width: 1.5, color: INK, alpha: 0.9 });
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

/** A dashed segment as separate sub-paths (Graphics has no dash pattern). */
function dashed(g: Graphics, x0: number, y0: number, x1: number, y1: number): void {
  const length = Math.hypot(x1 - x0, y1 - y0);
  if (length < 1) return;
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  for (let s = 0; s < length; s += DASH + GAP) {
    const e = Math.min(length, s + DASH);
    g.moveTo(x0 + ux * s, y0 + uy * s).lineTo(x0 + ux * e, y0 + uy * e);
  }
}
