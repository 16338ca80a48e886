import { scaleLinear } from 'd3-scale';
import { scheduleDomain } from './scheduleDomain.ts';
import { drawScheduleStrip } from './scheduleStrip.ts';
import { fitCanvas } from './fitCanvas.ts';
import type { Words } from '../i18n/words.ts';
import { canvasFont } from '../i18n/fontStack.ts';
import { ChartAlt, type ChartSource } from './charts/ChartAlt.ts';
import { sampleRows } from './charts/sampleRows.ts';

/** Left and right as the loss chart above leaves them (its y axis, its edge), so the steps line up. */
const MARGIN = { left: 58, right: 8, top: 4, bottom: 4 };

export interface ScheduleRun {
  readonly label: string;
  readonly color: string;
  /** Whether the run has a schedule; the others keep their lr and are not drawn. */
  readonly scheduled: boolean;
}

/**
 * The experiment's lr strip: the lr each step of a scheduled run used, under the loss chart and
 * over the same steps. Hidden while no run has a schedule, or when the runs' batch sizes differ (the
 * loss chart then counts epochs, not steps).
 */
export class ScheduleChart {
  private readonly canvas = document.createElement('canvas');
  private readonly ctx: CanvasRenderingContext2D;
  private runs: readonly ScheduleRun[] = [];
  private total = 1;
  private lr: readonly Float64Array[] = [];
  private picked: number | null = null;
  private readonly words: Words['panel'];
  private readonly alt: ChartAlt;

  /** The strip fills `root`; its text alternatives go right after it. */
  constructor(
    private readonly root: HTMLElement,
    words: Words['panel'],
  ) {
    this.words = words;
    this.canvas.style.width = '100%';
    this.canvas.style.height = '100%';
    root.append(this.canvas);
    this.alt = new ChartAlt(this.canvas, words, words.lrChartName, this.source());
    root.after(this.alt.element);
    root.hidden = true;
    this.alt.element.hidden = true;
    this.ctx = this.canvas.getContext('2d')!;
    new ResizeObserver(() => this.draw()).observe(root);
  }

  /** Starts over for these runs over totalSteps steps; `shown` is false when the loss chart's x is not steps. */
  reset(runs: readonly ScheduleRun[], totalSteps: number, shown: boolean): void {
    this.runs = runs;
    this.total = Math.max(1, totalSteps - 1);
    this.lr = [];
    this.root.hidden = !shown || !runs.some((r) => r.scheduled);
    this.alt.element.hidden = this.root.hidden;
    this.draw();
  }

  /** lr[k]: the lr of every step so far of run k. */
  update(lr: readonly Float64Array[]): void {
    this.lr = lr;
    this.draw();
  }

  focus(k: number | null): void {
    this.picked = k;
    this.draw();
  }

  destroy(): void {
    this.alt.destroy();
  }

  /** The scheduled runs' lr for the text alternative: every step's, sampled for the table. */
  private source(): ChartSource {
    const scheduled = () => this.lr.flatMap((values, k) => (this.runs[k]?.scheduled ? [{ name: this.runs[k].label, values, length: values.length }] : []));
    return {
      curves: scheduled,
      describe: () => {
        const curves = scheduled();
        const domain = scheduleDomain(curves.map((c) => ({ lr: { length: c.length, losses: c.values } })));
        const steps = curves[0]?.length ?? 0;
        return domain ? this.words.lrSummary(curves.length, steps, this.words.value(domain.lo), this.words.value(domain.hi)) : this.words.noData;
      },
      table: (maxRows) => {
        const curves = scheduled();
        const steps = curves[0]?.length ?? 0;
        const rows = sampleRows(steps, maxRows).map((i) => [i, ...curves.map((c) => c.values[i])]);
        return { head: [this.words.step, ...curves.map((c) => `${this.words.lr} · ${c.name}`)], rows, total: steps, integerX: true };
      },
    };
  }

  private draw(): void {
    if (this.root.hidden) return;
    this.alt.changed();
    const size = fitCanvas(this.canvas, this.root, this.ctx);
    if (!size) return;
    const { w, h } = size;
    const ctx = this.ctx;
    const scheduled = this.lr.map((values, k) => ({ lr: this.runs[k]?.scheduled ? { length: values.length, losses: values } : null }));
    const domain = scheduleDomain(scheduled);
    if (!domain) return;
    ctx.font = canvasFont(11);
    const x = scaleLinear()
      .domain([0, this.total])
      .range([MARGIN.left, w - MARGIN.right]);
    const lines = this.lr.flatMap((values, k) =>
      this.runs[k]?.scheduled
        ? [{ color: this.runs[k].color, alpha: this.picked === null || this.picked === k ? 1 : 0.15, length: values.length, steps: null, values }]
        : [],
    );
    drawScheduleStrip(ctx, lines, x, { left: MARGIN.left, right: w - MARGIN.right, top: MARGIN.top, bottom: h - MARGIN.bottom }, domain, this.words.lr);
  }
}
