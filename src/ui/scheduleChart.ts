import { scaleLinear } from 'd3-scale';
import { scheduleDomain } from './scheduleDomain.ts';
import { drawScheduleStrip } from './scheduleStrip.ts';
import { fitCanvas } from './fitCanvas.ts';

/** Left and right as the loss chart above leaves them (its y axis, its edge), so the steps line up. */
const MARGIN = { left: 58, right: 8, top: 4, bottom: 4 };

export interface ScheduleRun {
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

  constructor(private readonly root: HTMLElement) {
    this.canvas.setAttribute('aria-label', 'Learning rate of each scheduled run against step');
    this.canvas.style.width = '100%';
    this.canvas.style.height = '100%';
    root.append(this.canvas);
    root.hidden = true;
    this.ctx = this.canvas.getContext('2d')!;
    new ResizeObserver(() => this.draw()).observe(root);
  }

  /** Starts over for these runs over totalSteps steps; `shown` is false when the loss chart's x is not steps. */
  reset(runs: readonly ScheduleRun[], totalSteps: number, shown: boolean): void {
    this.runs = runs;
    this.total = Math.max(1, totalSteps - 1);
    this.lr = [];
    this.root.hidden = !shown || !runs.some((r) => r.scheduled);
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

  private draw(): void {
    if (this.root.hidden) return;
    const size = fitCanvas(this.canvas, this.root, this.ctx);
    if (!size) return;
    const { w, h } = size;
    const ctx = this.ctx;
    const scheduled = this.lr.map((values, k) => ({ lr: this.runs[k]?.scheduled ? { length: values.length, losses: values } : null }));
    const domain = scheduleDomain(scheduled);
    if (!domain) return;
    ctx.font = '11px system-ui, sans-serif';
    const x = scaleLinear().domain([0, this.total]).range([MARGIN.left, w - MARGIN.right]);
    const lines = this.lr.flatMap((values, k) =>
      this.runs[k]?.scheduled
        ? [{ color: this.runs[k].color, alpha: this.picked === null || this.picked === k ? 1 : 0.15, length: values.length, steps: null, values }]
        : [],
    );
    drawScheduleStrip(ctx, lines, x, { left: MARGIN.left, right: w - MARGIN.right, top: MARGIN.top, bottom: h - MARGIN.bottom }, domain);
  }
}
