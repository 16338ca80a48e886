import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { canvasFont } from '../../i18n/fontStack.ts';

/** uPlot options without the size, which the frame takes from its container. */
export type PlotOptions = Omit<uPlot.Options, 'width' | 'height'>;

const FONT = canvasFont(11);
const INK = '#444';

/** The panel's axis look: small ticks, faint grid, a label on every axis. */
export function axis(label: string, extra: uPlot.Axis = {}): uPlot.Axis {
  return {
    label,
    font: FONT,
    labelFont: canvasFont(11, '600'),
    labelSize: 16,
    labelGap: 0,
    stroke: INK,
    grid: { stroke: 'rgba(0, 0, 0, 0.08)', width: 1 },
    ticks: { stroke: 'rgba(0, 0, 0, 0.25)', width: 1, size: 4 },
    ...extra,
  };
}

/** Opacity of the lines not in focus. */
const FADED = 0.2;

/** Narrower than any phone, so a chart mounted while hidden still draws something sensible. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 100;

/**
 * One uPlot chart that fills its container (whose size the page layout sets): rebuilt when its
 * options change (uPlot cannot switch a scale's distribution in place), resized when the container
 * is, fed with setData.
 */
export class PlotFrame {
  private plot: uPlot | null = null;
  private readonly container: HTMLElement;
  private readonly observer: ResizeObserver;

  constructor(container: HTMLElement) {
    this.container = container;
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(container);
  }

  mount(options: PlotOptions, data: uPlot.AlignedData): void {
    this.unmount();
    const plot = new uPlot(
      {
        ...options,
        width: this.width(),
        height: this.height(),
        legend: { show: false },
        // Hovering near a line, or its legend entry, dims the others: seven noisy lines overlap.
        focus: { alpha: FADED },
        cursor: { drag: { x: false, y: false }, focus: { prox: 12 } },
      },
      data,
    );
    this.container.append(plot.root);
    this.plot = plot;
  }

  /** Brings one series (uPlot's index) to the front by fading the others; null shows all alike. */
  focus(series: number | null): void {
    this.plot?.setSeries(series, { focus: true });
  }

  /** The x scale's value under a pointer at clientX, or null off the plot. */
  valueAt(clientX: number): number | null {
    const over = this.plot?.over;
    if (!this.plot || !over) return null;
    const left = clientX - over.getBoundingClientRect().left;
    return left < 0 || left > over.clientWidth ? null : this.plot.posToVal(left, 'x');
  }

  setData(data: uPlot.AlignedData): void {
    this.plot?.setData(data);
  }

  destroy(): void {
    this.observer.disconnect();
    this.unmount();
  }

  /**
   * V8 keeps one uPlot's closures alive after it is destroyed (the getter uPlot defines on every
   * instance stays in a map the instances share), so nothing of the page may hang off them: the
   * chart gets no container to append itself to, and its hooks, which call into this page, are emptied.
   */
  private unmount(): void {
    if (!this.plot) return;
    this.plot.destroy();
    for (const hooks of Object.values(this.plot.hooks)) if (Array.isArray(hooks)) hooks.length = 0;
    this.plot = null;
  }

  private width(): number {
    return Math.max(MIN_WIDTH, Math.floor(this.container.clientWidth));
  }

  private height(): number {
    return Math.max(MIN_HEIGHT, Math.floor(this.container.clientHeight));
  }

  private resize(): void {
    const width = this.width();
    const height = this.height();
    if (this.plot && (width !== this.plot.width || height !== this.plot.height)) this.plot.setSize({ width, height });
  }
}
