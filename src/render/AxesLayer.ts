import { scaleLinear } from 'd3-scale';
import { Container, Graphics, Text, TextStyle } from 'pixi.js';
import type { View } from '../core/surfaces/Surface.ts';
import { FONT_STACK } from '../i18n/fontStack.ts';
import type { Rect } from './viewMath.ts';

const INK = 0x3a3a44;
const TICK = 5;
/** Text objects per axis, made once; a layout shows as many as it has ticks. */
const SLOTS = 40;
/** Ticks asked of d3 at most; it may return up to about twice as many "nice" ones, all within SLOTS. */
const MAX_TICKS = 15;

/** The plot frame, ticks from d3-scale, their labels and the two axis titles. */
export class AxesLayer {
  readonly view = new Container();
  private readonly lines = new Graphics();
  private readonly xLabels: Text[] = [];
  private readonly yLabels: Text[] = [];
  private readonly xTitle: Text;
  private readonly yTitle: Text;

  constructor() {
    const tickStyle = new TextStyle({ fontFamily: FONT_STACK, fontSize: 11, fill: INK });
    const titleStyle = new TextStyle({ fontFamily: FONT_STACK, fontSize: 13, fontStyle: 'italic', fill: INK });
    this.view.addChild(this.lines);
    for (let k = 0; k < SLOTS; k++) {
      this.xLabels.push(this.view.addChild(new Text({ text: '', style: tickStyle, anchor: { x: 0.5, y: 0 } })));
      this.yLabels.push(this.view.addChild(new Text({ text: '', style: tickStyle, anchor: { x: 1, y: 0.5 } })));
    }
    this.xTitle = this.view.addChild(new Text({ text: 'x', style: titleStyle, anchor: { x: 0.5, y: 0 } }));
    this.yTitle = this.view.addChild(new Text({ text: 'y', style: titleStyle, anchor: { x: 0.5, y: 1 } }));
    this.yTitle.rotation = -Math.PI / 2;
  }

  setTitles(x: string, y: string): void {
    this.xTitle.text = x;
    this.yTitle.text = y;
  }

  layout(view: View, rect: Rect): void {
    const g = this.lines.clear();
    const bottom = rect.y + rect.height;
    g.rect(rect.x, rect.y, rect.width, rect.height).stroke({ width: 1, color: INK, alpha: 0.55 });

    placeTicks(this.xLabels, view.x, [rect.x, rect.x + rect.width], rect.width / 90, (label, px) => {
      g.moveTo(px, bottom).lineTo(px, bottom + TICK);
      label.position.set(px, bottom + TICK + 2);
    });
    placeTicks(this.yLabels, view.y, [bottom, rect.y], rect.height / 70, (label, py) => {
      g.moveTo(rect.x, py).lineTo(rect.x - TICK, py);
      label.position.set(rect.x - TICK - 3, py);
    });
    g.stroke({ width: 1, color: INK, alpha: 0.8 });

    this.xTitle.position.set(rect.x + rect.width / 2, bottom + TICK + 18);
    const widest = this.yLabels.reduce((w, l) => (l.visible ? Math.max(w, l.width) : w), 0);
    this.yTitle.position.set(Math.max(14, rect.x - TICK - 8 - widest), rect.y + rect.height / 2);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}

/**
 * Ticks of one axis from d3-scale: each shown label gets its text, and `place` draws its tick mark
 * and positions it at the tick's screen coordinate.
 */
function placeTicks(labels: Text[], domain: readonly [number, number], range: [number, number], room: number, place: (label: Text, at: number) => void): void {
  const scale = scaleLinear().domain(domain).range(range);
  const count = Math.max(2, Math.min(MAX_TICKS, Math.floor(room)));
  const ticks = scale.ticks(count);
  const format = scale.tickFormat(count);
  labels.forEach((label, k) => {
    label.visible = k < ticks.length;
    if (!label.visible) return;
    setText(label, format(ticks[k]));
    place(label, scale(ticks[k]));
  });
}

/** Re-rasterising a label costs a canvas draw, so it happens only when the text changes. */
function setText(label: Text, text: string): void {
  if (label.text !== text) label.text = text;
}
