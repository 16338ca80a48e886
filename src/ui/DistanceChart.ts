import type { Words } from '../i18n/words.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 300;
const HEIGHT = 72;
/** Room for the axis numbers on the left and the step numbers below. */
const LEFT = 56;
const BOTTOM = 14;
/** More points than this add nothing a 200-pixel line can show. */
const MOST_POINTS = 200;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, parent: Element, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent.append(e);
  return e;
}

/**
 * The distance between two compared paths over the steps kept, as a small line chart: the largest
 * distance and the steps at both ends are written on its axes, and its label says the same in words.
 */
export class DistanceChart {
  readonly root: SVGSVGElement;
  private readonly line: SVGPolylineElement;
  private readonly top: SVGTextElement;
  private readonly first: SVGTextElement;
  private readonly last: SVGTextElement;

  constructor(
    parent: HTMLElement,
    private readonly words: Words['instruments'],
    private readonly format: (v: number) => string,
  ) {
    this.root = svg('svg', parent, { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img', class: 'instrument-distance-chart' });
    this.root.dataset.role = 'compare-distance-chart';
    const axes = svg('path', this.root, { d: `M${LEFT} 2V${HEIGHT - BOTTOM}H${WIDTH - 2}`, class: 'axis' });
    axes.setAttribute('fill', 'none');
    this.line = svg('polyline', this.root, { class: 'line', fill: 'none' });
    this.top = svg('text', this.root, { x: LEFT - 4, y: 10, 'text-anchor': 'end' });
    svg('text', this.root, { x: LEFT - 4, y: HEIGHT - BOTTOM, 'text-anchor': 'end' }).textContent = '0';
    this.first = svg('text', this.root, { x: LEFT, y: HEIGHT - 2, 'text-anchor': 'start' });
    this.last = svg('text', this.root, { x: WIDTH - 2, y: HEIGHT - 2, 'text-anchor': 'end' });
    this.show([], 0);
  }

  /** `distance[k]` is the distance after step `from + k`. */
  show(distance: readonly number[], from: number): void {
    const finite = distance.filter(Number.isFinite);
    this.root.style.display = finite.length < 2 ? 'none' : '';
    if (finite.length < 2) return;
    let most = 0;
    let mostAt = 0;
    distance.forEach((d, k) => {
      if (d > most) [most, mostAt] = [d, k];
    });
    const span = most > 0 ? most : 1;
    const every = Math.max(1, Math.ceil(distance.length / MOST_POINTS));
    const points: string[] = [];
    const plotW = WIDTH - 2 - LEFT;
    const plotH = HEIGHT - BOTTOM - 2;
    const at = (k: number) => {
      const d = distance[k];
      if (Number.isFinite(d)) points.push(`${(LEFT + (k / (distance.length - 1)) * plotW).toFixed(1)},${(HEIGHT - BOTTOM - (d / span) * plotH).toFixed(1)}`);
    };
    for (let k = 0; k < distance.length - 1; k += every) at(k);
    at(distance.length - 1);
    this.line.setAttribute('points', points.join(' '));
    const end = from + distance.length - 1;
    this.top.textContent = this.format(most);
    this.first.textContent = String(from);
    this.last.textContent = this.words.stepAxis(end);
    this.root.setAttribute('aria-label', this.words.distanceChart(this.format(most), from + mostAt, this.format(distance[distance.length - 1]), end));
  }
}
