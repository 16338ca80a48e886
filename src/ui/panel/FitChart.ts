import uPlot from 'uplot';
import { drawMarkers } from './drawMarkers.ts';
import type { ChartSeries } from './LossChart.ts';
import { axis, PlotFrame } from './PlotFrame.ts';

const DOT = 'rgba(120, 120, 120, 0.35)';
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

  constructor(container: HTMLElement) {
    this.frame = new PlotFrame(container);
    this.mount([-0.5, 1.5]);
  }

  /** Starts over with the data and no curves; curves will be given at fitX. */
  reset(series: ChartSeries[], x: Float64Array, y: Float64Array, fitX: Float64Array): void {
    this.series = series;
    this.x = x;
    this.y = y;
    this.fitX = fitX;
    this.fits = [];
    this.mount(yRange(y));
  }

  /** fit[k]: series k's output at fitX. */
  update(fit: readonly Float64Array[]): void {
    this.fits = fit;
    this.frame.setData(this.data());
  }

  /** Highlights series k (null: none). */
  focus(k: number | null): void {
    this.frame.focus(k === null ? null : k + 2);
  }

  destroy(): void {
    this.frame.destroy();
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
          { label: 'data', stroke: DOT, paths: () => null, points: { show: true, size: 3, width: 0, fill: DOT, stroke: DOT } },
          ...this.series.map((s) => ({ label: s.label, stroke: s.color, width: 2, spanGaps: true, points: { show: false } })),
        ],
        hooks: { draw: [(u) => drawMarkers(u, 2, this.series, this.fitX, this.fits, MARKER_SPACING)] },
      },
      this.data(),
    );
  }
}
