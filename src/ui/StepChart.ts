import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { optimizerStyle } from '../render/palette.ts';
import type { Track } from '../sim/Simulation.ts';
import { lossDomain, stepTicks } from './lossDomain.ts';
import { scheduleDomain } from './scheduleDomain.ts';
import { drawScheduleStrip } from './scheduleStrip.ts';
import { fitCanvas } from './fitCanvas.ts';
import type { Words } from '../i18n/words.ts';
import { canvasFont } from '../i18n/fontStack.ts';
import { ChartAlt } from './charts/ChartAlt.ts';
import { inkOn } from './charts/inkOn.ts';
import { stepChartSource } from './charts/stepChartSource.ts';
import { traceMarker } from './panel/drawMarkers.ts';

const MARGIN = { left: 58, right: 12, top: 16, bottom: 28 };
/** Height of the lr strip under the loss chart (at most a third of the chart) and the gap above it. */
const STRIP = 40;
const STRIP_GAP = 8;
/** Markers on each curve, so colour is never the only cue, and their size. */
const MARKERS = 8;
const MARKER_RADIUS = 3.5;
/** The time cursor's line and label: dark on the chart's white (well over 4.5:1), white text on it. */
const CURSOR_INK = '#1f2430';

/**
 * Loss against step for the balls on the map: a small canvas chart, redrawn a few times a second.
 * Log scale while every loss is positive; a symmetric log scale when a surface goes negative (saddles).
 * The axis spans the balls still in the race: a diverged ball's curve never stretches it. While a
 * ball has a schedule, a strip under the chart draws its lr against the same steps.
 */
export class StepChart {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private tracks: readonly Track[] = [];
  private picked: string | null = null;
  private readonly words: Words['panel'];
  private readonly alt: ChartAlt;
  /** Each optimizer's curve colour, darkened where it would read too faintly on the chart's white. */
  private readonly inks = new Map<string, string>();
  /** The time cursor's step (null: live), drawn as a line across the chart. */
  private cursor: number | null = null;
  /** The step axis as last drawn, in CSS pixels of the canvas, so a pointer's x finds its step. */
  private axis = { left: MARGIN.left, right: MARGIN.left + 1, width: 1, maxStep: 1 };
  private readonly cursorWords: Words['cursor'];
  private readonly observer: ResizeObserver;

  /** The chart fills `root`; its text alternatives (description, data table, Listen) go right after it. */
  constructor(
    private readonly root: HTMLElement,
    words: Words,
  ) {
    this.words = words.panel;
    this.cursorWords = words.cursor;
    this.canvas = document.createElement('canvas');
    this.canvas.style.width = '100%';
    this.canvas.style.height = '100%';
    root.append(this.canvas);
    this.alt = new ChartAlt(
      this.canvas,
      words.panel,
      words.panel.stepChartName,
      stepChartSource(() => this.tracks, words),
    );
    this.alt.element.classList.add('step-chart-alt');
    root.after(this.alt.element);
    this.ctx = this.canvas.getContext('2d')!;
    // A resized canvas is cleared (full screen, a rotated phone) and a paused scene draws no frames.
    this.observer = new ResizeObserver(() => this.draw());
    this.observer.observe(root);
  }

  /** Stops watching the size and the text alternative's pending refresh, which would keep a destroyed instance alive. */
  destroy(): void {
    this.observer.disconnect();
    this.alt.destroy();
  }

  setTracks(tracks: readonly Track[]): void {
    this.tracks = tracks;
  }

  /** Draws one optimizer's curve over faded others; null draws all alike. */
  highlight(id: string | null): void {
    this.picked = id;
    this.draw();
  }

  /** Draws the time cursor at a step; null removes it (live). */
  setCursor(step: number | null): void {
    if (step === this.cursor) return;
    this.cursor = step;
    this.draw();
  }

  /** The whole step under a pointer at clientX, within the axis as drawn. */
  stepAt(clientX: number): number {
    const { left, right, width, maxStep } = this.axis;
    // The drawing is as wide as the box with its padding, shown over the canvas's own width.
    const box = this.canvas.getBoundingClientRect();
    const t = (((clientX - box.left) * width) / Math.max(1, box.width) - left) / Math.max(1, right - left);
    return Math.round(Math.min(1, Math.max(0, t)) * maxStep);
  }

  draw(): void {
    this.alt.changed();
    const size = fitCanvas(this.canvas, this.root, this.ctx);
    if (!size) return;
    const { w, h } = size;
    const ctx = this.ctx;

    const { maxStep, lo, hi, positive } = lossDomain(this.tracks);
    const lr = scheduleDomain(this.tracks);
    const strip = lr ? Math.min(STRIP, Math.round(h / 3)) : 0;
    // The loss plot ends above the strip; the step axis stays at the bottom, under both.
    const bottom = h - MARGIN.bottom - (strip ? strip + STRIP_GAP : 0);
    // Where the strip is, in CSS pixels, for anyone reading the canvas (the browser tests do).
    const where = strip ? `${bottom + STRIP_GAP},${h - MARGIN.bottom}` : '';
    if (this.canvas.dataset.lrStrip !== where) this.canvas.dataset.lrStrip = where;
    // The box grows by the strip's height (app.css); the resize draws again.
    if (this.root.classList.contains('with-lr') !== !!lr) this.root.classList.toggle('with-lr', !!lr);
    const x = scaleLinear()
      .domain([0, maxStep])
      .range([MARGIN.left, w - MARGIN.right]);
    this.axis = { left: MARGIN.left, right: w - MARGIN.right, width: w, maxStep };
    const y = (positive ? scaleLog() : scaleSymlog()).domain([lo, hi]).range([bottom, MARGIN.top]);
    if (positive) y.nice();

    ctx.font = canvasFont(11);
    ctx.fillStyle = '#5b6475';
    ctx.strokeStyle = '#e3e6ec';
    ctx.lineWidth = 1;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    const yTicks = positive ? y.ticks(4).filter((t, i, all) => all.length <= 6 || Math.log10(t) % 1 === 0 || i === 0) : y.ticks(5);
    let lastLabel = -Infinity;
    for (const t of yTicks) {
      const py = Math.round(y(t)) + 0.5;
      // A symmetric log scale bunches its linear ticks together; keep labels at least a line apart.
      if (Math.abs(py - lastLabel) < 14) continue;
      lastLabel = py;
      ctx.beginPath();
      ctx.moveTo(MARGIN.left, py);
      ctx.lineTo(w - MARGIN.right, py);
      ctx.stroke();
      ctx.fillText(Math.abs(t) >= 1e4 || (t !== 0 && Math.abs(t) < 1e-2) ? t.toExponential(0) : String(+t.toPrecision(3)), MARGIN.left - 6, py);
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of stepTicks(x.ticks(Math.min(8, maxStep)))) ctx.fillText(String(t), x(t), h - MARGIN.bottom + 6);
    ctx.save();
    ctx.translate(12, (MARGIN.top + bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    // Above the lr strip the plot is short: the label too.
    const words = this.words;
    ctx.fillText(positive ? (strip ? words.lossLog : words.lossLogScale) : strip ? words.lossSymlog : words.lossSymlogScale, 0, -6);
    ctx.restore();
    ctx.textAlign = 'right';
    ctx.fillText(words.step, w - MARGIN.right, h - 12);

    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN.left, MARGIN.top, w - MARGIN.left - MARGIN.right, bottom - MARGIN.top);
    ctx.clip();
    ctx.lineWidth = 1.6;
    this.tracks.forEach(({ group, history }, index) => {
      const id = group.optimizer.id;
      ctx.globalAlpha = this.picked === null || this.picked === id ? 1 : 0.15;
      ctx.strokeStyle = this.inkOf(id);
      ctx.beginPath();
      let pen = false;
      for (let k = 0; k < history.length; k++) {
        const v = history.losses[k];
        if (!Number.isFinite(v)) {
          pen = false;
          continue;
        }
        const px = x(history.steps[k]);
        // Far beyond the axis a log scale gives huge coordinates; just past the edge draws the same.
        const py = Math.max(-h, Math.min(2 * h, y(v)));
        if (pen) ctx.lineTo(px, py);
        else ctx.moveTo(px, py);
        pen = true;
      }
      ctx.stroke();
      // Staggered along the curve so that curves lying on each other still show every marker.
      const spacing = Math.max(1, Math.ceil(history.length / MARKERS));
      ctx.fillStyle = ctx.strokeStyle;
      for (let k = Math.round((spacing * (index + 0.5)) / this.tracks.length); k < history.length; k += spacing) {
        const v = history.losses[k];
        if (!Number.isFinite(v)) continue;
        traceMarker(ctx, optimizerStyle(id).marker, x(history.steps[k]), Math.max(-h, Math.min(2 * h, y(v))), MARKER_RADIUS);
        ctx.fill();
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.strokeStyle = ctx.fillStyle;
        ctx.lineWidth = 1.6;
      }
    });
    ctx.restore();
    if (lr) {
      const lines = this.tracks.flatMap(({ group, history, lr: values }) => {
        const id = group.optimizer.id;
        const alpha = this.picked === null || this.picked === id ? 1 : 0.15;
        return values ? [{ color: this.inkOf(id), alpha, length: values.length, steps: history.steps, values: values.losses }] : [];
      });
      drawScheduleStrip(ctx, lines, x, { left: MARGIN.left, right: w - MARGIN.right, top: bottom + STRIP_GAP, bottom: h - MARGIN.bottom }, lr, words.lr);
    }
    if (this.cursor !== null) this.drawCursor(x(Math.min(this.cursor, maxStep)), h - MARGIN.bottom, Math.min(this.cursor, maxStep));
  }

  /** A dark line across the plot at the cursor's step, labelled with the step at its top. */
  private drawCursor(px: number, bottom: number, step: number): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.strokeStyle = CURSOR_INK;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(Math.round(px) + 0.5, MARGIN.top);
    ctx.lineTo(Math.round(px) + 0.5, bottom);
    ctx.stroke();
    const label = this.cursorWords.atStep(step);
    ctx.font = canvasFont(11, '600');
    const width = ctx.measureText(label).width + 8;
    // The label sits right of the line unless that runs off the plot.
    const left = px + width + 2 > this.axis.right ? px - width - 2 : px + 2;
    ctx.fillStyle = CURSOR_INK;
    ctx.fillRect(left, 0, width, MARGIN.top);
    ctx.fillStyle = '#fff';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, left + 4, MARGIN.top / 2);
    ctx.restore();
  }

  private inkOf(id: string): string {
    let ink = this.inks.get(id);
    if (!ink) this.inks.set(id, (ink = inkOn(optimizerStyle(id).css)));
    return ink;
  }
}
