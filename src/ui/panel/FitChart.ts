import uPlot from 'uplot';
import type { Words } from '../../i18n/words.ts';
import { ChartAlt, type ChartSource } from '../charts/ChartAlt.ts';
import { lowest } from '../charts/lowest.ts';
import { sampleRows } from '../charts/sampleRows.ts';
import { drawMarkers } from './drawMarkers.ts';
import type { ChartSeries } from './LossChart.ts';
import { axis, PlotFrame } from './PlotFrame.ts';

/** Dark enough for 3:1 on white where dots overlap little, faint enough for a thousand of them. */
const DOT = 'rgba(60, 60, 60, 0.6)';
/** Curve points between two markers of one curve. */
const MARKER_SPACING = 24;

/** The data's y extent padded to a tenth, so the curves can overshoot a little before they clip. */
function yRange(y: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of y) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Number.isFinite(lo) && Number.isFinite(hi) ? [Math.floor(lo * 10) / 10 - 0.1, Math.ceil(hi * 10) / 10 + 0.1] : [-0.5, 1.5];
}

/** The data as grey dots and each optimizer's current fitted curve over them. */
export class FitChart {
  private readonly frame: PlotFrame;
  private series: ChartSeries[] = [];
  private x: Float64Array = new Float64Array(0);
  private y: Float64Array = new Float64Array(0);
  private fitX: Float64Array = new Float64Array(0);
  private fits: readonly Float64Array[] = [];
  /** Each run's loss on all the data after its latest epoch: how close its curve is. */
  private scores: readonly number[] = [];
  private readonly alt: ChartAlt;

  /** The chart fills `container`; its text alternatives go right after it. */
  constructor(
    container: HTMLElement,
    private readonly words: Words['panel'],
  ) {
    this.frame = new PlotFrame(container);
    this.alt = new ChartAlt(container, words, words.fitChartName, this.source());
    container.after(this.alt.element);
    this.mount([-0.5, 1.5]);
  }

  /** Starts over with the data and no curves; curves will be given at fitX. */
  reset(series: ChartSeries[], x: Float64Array, y: Float64Array, fitX: Float64Array): void {
    this.series = series;
    this.x = x;
    this.y = y;
    this.fitX = fitX;
    this.fits = [];
    this.scores = [];
    this.mount(yRange(y));
    this.alt.changed();
  }

  /** fit[k]: series k's output at fitX; scores[k]: its loss on all the data. */
  update(fit: readonly Float64Array[], scores: readonly number[]): void {
    this.fits = fit;
    this.scores = scores;
    this.frame.setData(this.data());
    this.alt.changed();
  }

  /** Highlights series k (null: none). */
  focus(k: number | null): void {
    this.frame.focus(k === null ? null : k + 2);
  }

  destroy(): void {
    this.frame.destroy();
    this.alt.destroy();
  }

  /** Each fitted curve at the points where it is drawn, and which run fits the data best. */
  private source(): ChartSource {
    const w = this.words;
    return {
      curves: () => this.fits.map((f, k) => ({ name: this.series[k]?.label ?? '', values: f, length: f.length })),
      describe: () => {
        if (this.fits.length === 0) return w.noData;
        const best = lowest(this.scores);
        return w.fitSummary(this.x.length, this.fits.length, this.series[best]?.label ?? '—', w.value(this.scores[best] ?? NaN));
      },
      table: (maxRows) => ({
        head: ['x', ...this.series.map((s) => s.label)],
        rows: this.fits.length ? sampleRows(this.fitX.length, maxRows).map((i) => [this.fitX[i], ...this.fits.map((f) => f[i])]) : [],
        total: this.fitX.length,
        integerX: false,
      }),
    };
  }

  /** The data and the curves live on different x grids; uPlot wants one, with gaps where a series has no value. */
  private data(): uPlot.AlignedData {
    const curves = this.fits.length ? this.fits : this.series.map(() => new Array<null>(this.fitX.length).fill(null));
    return uPlot.join([
      [this.x, this.y],
      [this.fitX, ...curves],
    ]);
  }

  private mount(range: [number, number]): void {
    this.frame.mount(
      {
        scales: { x: { time: false, range: [-1, 1] }, y: { range } },
        axes: [axis('x', { size: 30 }), axis('y', { size: 40, space: 24 })],
        series: [
          { label: 'x' },
          { label: this.words.data, stroke: DOT, paths: () => null, points: { show: true, size: 3, width: 0, fill: DOT, stroke: DOT } },
          ...this.series.map((s) => ({ label: s.label, stroke: s.color, width: 2, spanGaps: true, points: { show: false } })),
        ],
        hooks: { draw: [(u) => drawMarkers(u, 2, this.series, this.fitX, this.fits, MARKER_SPACING)] },
      },
      this.data(),
    );
  }
}
