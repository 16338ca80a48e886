import type uPlot from 'uplot';
import { drawMarkers, type MarkedSeries } from './drawMarkers.ts';
import { axis, PlotFrame } from './PlotFrame.ts';

export interface ChartSeries extends MarkedSeries {
  label: string;
}

/** The original tutorial's view: early losses run off the top so the settled ones are told apart. */
const LINEAR_RANGE: [number, number] = [0, 0.2];
/** Decades always shown on the log scale; wider only if a run goes beyond them. */
const LOG_FLOOR = 1e-3;
const LOG_CEILING = 1;
/** Steps between two markers of one line. */
const MARKER_SPACING = 64;

function logRange(_u: uPlot, min: number, max: number): [number, number] {
  const lo = Number.isFinite(min) && min > 0 ? Math.min(LOG_FLOOR, 10 ** Math.floor(Math.log10(min))) : LOG_FLOOR;
  const hi = Number.isFinite(max) && max > 0 ? Math.max(LOG_CEILING, 10 ** Math.ceil(Math.log10(max))) : LOG_CEILING;
  return [lo, hi];
}

/** Minibatch loss against step, one line per optimizer, filled in as epochs arrive. */
export class LossChart {
  private readonly frame: PlotFrame;
  private series: ChartSeries[] = [];
  /** 0, 1, …, total - 1: the x values, of which a prefix is shown. */
  private steps = new Float64Array(0);
  private losses: readonly Float64Array[] = [];
  private log = false;

  constructor(container: HTMLElement) {
    this.frame = new PlotFrame(container);
    this.build();
  }

  /** Starts over for a run of these series over totalSteps steps (the x axis spans them all from the start). */
  reset(series: ChartSeries[], totalSteps: number): void {
    this.series = series;
    this.steps = new Float64Array(totalSteps);
    for (let i = 0; i < totalSteps; i++) this.steps[i] = i;
    this.losses = series.map(() => new Float64Array(0));
    this.build();
  }

  /** batchLoss[k]: the losses so far of series k, all of the same length. */
  update(batchLoss: readonly Float64Array[]): void {
    this.losses = batchLoss;
    this.frame.setData(this.data());
  }

  setLog(log: boolean): void {
    if (log === this.log) return;
    this.log = log;
    this.build();
  }

  /** Highlights series k (null: none). */
  focus(k: number | null): void {
    this.frame.focus(k === null ? null : k + 1);
  }

  destroy(): void {
    this.frame.destroy();
  }

  private data(): uPlot.AlignedData {
    const n = this.losses.length ? this.losses[0].length : 0;
    return [this.steps.subarray(0, n), ...this.losses];
  }

  private build(): void {
    const last = Math.max(1, this.steps.length - 1);
    this.frame.mount(
      {
        scales: {
          x: { time: false, range: [0, last] },
          y: this.log ? { distr: 3, log: 10, range: logRange } : { range: LINEAR_RANGE },
        },
        axes: [axis('step', { size: 30 }), axis('minibatch loss', { size: 44, space: 24 })],
        series: [{ label: 'step' }, ...this.series.map((s) => ({ label: s.label, stroke: s.color, width: 1.5, points: { show: false } }))],
        hooks: { draw: [(u) => drawMarkers(u, 1, this.series, this.steps, this.losses, MARKER_SPACING)] },
      },
      this.data(),
    );
  }
}
