import type uPlot from 'uplot';
import type { Words } from '../../i18n/words.ts';
import { ChartAlt, type ChartSource, type TableData } from '../charts/ChartAlt.ts';
import { lowest } from '../charts/lowest.ts';
import { sampleRows } from '../charts/sampleRows.ts';
import { valueAt } from '../charts/valueAt.ts';
import { drawMarkers, type MarkedSeries } from './drawMarkers.ts';
import { axis, PlotFrame } from './PlotFrame.ts';
import { spreadOverEpochs } from './spreadOverEpochs.ts';

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
/** Markers on each line on the epoch axis, where the lines hold very different numbers of points. */
const MARKERS_PER_LINE = 16;

function logRange(_u: uPlot, min: number, max: number): [number, number] {
  const lo = Number.isFinite(min) && min > 0 ? Math.min(LOG_FLOOR, 10 ** Math.floor(Math.log10(min))) : LOG_FLOOR;
  const hi = Number.isFinite(max) && max > 0 ? Math.max(LOG_CEILING, 10 ** Math.ceil(Math.log10(max))) : LOG_CEILING;
  return [lo, hi];
}

/**
 * Minibatch loss against step, one line per optimizer, filled in as epochs arrive. When the runs'
 * batch sizes differ, x is the epoch instead, and each run's updates are spread evenly over it.
 */
export class LossChart {
  private readonly frame: PlotFrame;
  private series: ChartSeries[] = [];
  /** The x values of the run with most batches, of which a prefix is shown: steps, or epochs when batch sizes differ. */
  private steps = new Float64Array(0);
  private losses: readonly Float64Array[] = [];
  private log = false;
  /** Each run's batches per epoch, and the most of any run. */
  private runBatches: readonly number[] = [];
  private most = 1;
  private perEpoch = false;
  /** Each run's own x values in epochs (perEpoch only), for its markers. */
  private runSteps: Float64Array[] = [];
  private readonly alt: ChartAlt;

  /** The chart fills `container`; its text alternatives go right after it. */
  constructor(
    container: HTMLElement,
    private readonly words: Words['panel'],
  ) {
    this.frame = new PlotFrame(container);
    this.alt = new ChartAlt(container, words, words.lossChartName, this.source());
    container.after(this.alt.element);
    this.build();
  }

  /** Starts over for these series over `epochs` epochs of runBatches[k] batches each (the x axis spans them all from the start). */
  reset(series: ChartSeries[], epochs: number, runBatches: readonly number[]): void {
    this.series = series;
    this.runBatches = runBatches;
    this.most = Math.max(1, ...runBatches);
    this.perEpoch = runBatches.some((b) => b !== this.most);
    const total = epochs * this.most;
    this.steps = new Float64Array(total);
    for (let i = 0; i < total; i++) this.steps[i] = this.perEpoch ? (i + 1) / this.most : i;
    this.runSteps = runBatches.map((b) => Float64Array.from({ length: epochs * b }, (_, i) => (i + 1) / b));
    this.losses = series.map(() => new Float64Array(0));
    this.build();
  }

  /** What the x axis counts: "step", or "epoch" when the runs take different numbers of steps per epoch. */
  get axisUnit(): 'step' | 'epoch' {
    return this.perEpoch ? 'epoch' : 'step';
  }

  /** batchLoss[k]: the losses so far of series k, all of the same length. */
  update(batchLoss: readonly Float64Array[]): void {
    this.losses = batchLoss;
    this.frame.setData(this.data());
    this.alt.changed();
  }

  /** The epoch (from 1) that the update under a pointer at clientX belongs to, or null off the plot. */
  epochAt(clientX: number): number | null {
    const x = this.frame.valueAt(clientX);
    if (x === null) return null;
    return this.perEpoch ? Math.max(1, Math.ceil(x)) : Math.floor(Math.max(0, x) / this.most) + 1;
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
    this.alt.destroy();
  }

  /**
   * The curves for the text alternative. On the step axis a row is a step; on the epoch axis rows
   * follow the run with most updates, and every other run gives its latest update at that epoch.
   */
  private source(): ChartSource {
    const w = this.words;
    return {
      curves: () => this.series.map((s, k) => ({ name: s.label, values: this.losses[k] ?? [], length: this.losses[k]?.length ?? 0 })),
      describe: () => {
        const n = this.losses[0]?.length ?? 0;
        if (n === 0) return w.noData;
        const latest = this.losses.map((l) => l[l.length - 1]);
        const best = lowest(latest);
        const span = this.perEpoch ? Math.round(n / Math.max(1, this.runBatches[0])) : n;
        return w.lossSummary(this.series.length, span, this.perEpoch, this.series[best]?.label ?? '—', w.value(latest[best] ?? NaN));
      },
      table: (maxRows): TableData => {
        const head = [this.perEpoch ? w.epoch : w.step, ...this.series.map((s) => s.label)];
        if (!this.perEpoch) {
          const n = this.losses[0]?.length ?? 0;
          return { head, rows: sampleRows(n, maxRows).map((i) => [i, ...this.losses.map((l) => l[i])]), total: n, integerX: true };
        }
        const most = this.runBatches.indexOf(this.most);
        const n = this.losses[most]?.length ?? 0;
        const rows = sampleRows(n, maxRows).map((i) => {
          const epoch = this.runSteps[most][i];
          return [epoch, ...this.losses.map((l, k) => valueAt(this.runSteps[k], l, l.length, epoch))];
        });
        return { head, rows, total: n, integerX: false };
      },
    };
  }

  private data(): uPlot.AlignedData {
    if (!this.perEpoch) {
      const n = this.losses.length ? this.losses[0].length : 0;
      return [this.steps.subarray(0, n), ...this.losses];
    }
    const spread = spreadOverEpochs(this.losses, this.runBatches, this.most);
    return [this.steps.subarray(0, spread[0]?.length ?? 0), ...spread];
  }

  private markers(u: uPlot): void {
    if (!this.perEpoch) {
      drawMarkers(u, 1, this.series, this.steps, this.losses, MARKER_SPACING);
      return;
    }
    this.losses.forEach((loss, k) => {
      // About as many markers on each line, however many updates it has.
      const spacing = Math.max(1, Math.ceil(this.runSteps[k].length / MARKERS_PER_LINE));
      drawMarkers(u, k + 1, [this.series[k]], this.runSteps[k], [loss], spacing);
    });
  }

  private build(): void {
    const last = this.perEpoch && this.steps.length ? this.steps[this.steps.length - 1] : Math.max(1, this.steps.length - 1);
    this.frame.mount(
      {
        scales: {
          x: { time: false, range: [0, last] },
          y: this.log ? { distr: 3, log: 10, range: logRange } : { range: LINEAR_RANGE },
        },
        axes: [axis(this.words[this.axisUnit], { size: 30 }), axis(this.words.lossTitle, { size: 44, space: 24 })],
        series: [
          { label: this.words[this.axisUnit] },
          ...this.series.map((s) => ({ label: s.label, stroke: s.color, width: 1.5, spanGaps: true, points: { show: false } })),
        ],
        hooks: { draw: [(u) => this.markers(u)] },
      },
      this.data(),
    );
  }
}
