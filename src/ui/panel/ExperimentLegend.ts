import type { Words } from '../../i18n/words.ts';
import type { Marker } from '../../render/palette.ts';

const GLYPH: Record<Marker, string> = {
  circle: '●',
  square: '■',
  triangle: '▲',
  diamond: '◆',
  hexagon: '⬢',
  star: '★',
  cross: '✚',
};

export interface LegendEntry {
  label: string;
  color: string;
  marker: Marker;
}

/** Colour, marker and name of every run, with its full-data loss after the last finished epoch. */
export class ExperimentLegend {
  readonly element: HTMLUListElement;
  private values: HTMLElement[] = [];
  private readonly onFocus: (k: number | null) => void;

  /** onFocus(k) when entry k is hovered or focused, onFocus(null) when it is left. */
  constructor(
    private readonly words: Words['panel'],
    onFocus: (k: number | null) => void,
  ) {
    this.onFocus = onFocus;
    this.element = document.createElement('ul');
    this.element.className = 'slopes-experiment__legend';
  }

  reset(entries: readonly LegendEntry[]): void {
    this.values = [];
    this.element.replaceChildren(
      ...entries.map((e, k) => {
        const item = document.createElement('li');
        item.tabIndex = 0;
        item.addEventListener('pointerenter', () => this.onFocus(k));
        item.addEventListener('focus', () => this.onFocus(k));
        item.addEventListener('pointerleave', () => this.onFocus(null));
        item.addEventListener('blur', () => this.onFocus(null));
        const glyph = document.createElement('span');
        glyph.className = 'slopes-experiment__glyph';
        glyph.style.color = e.color;
        glyph.textContent = GLYPH[e.marker];
        glyph.setAttribute('aria-hidden', 'true');
        const name = document.createElement('span');
        name.className = 'slopes-experiment__name';
        name.textContent = e.label;
        const value = document.createElement('span');
        value.className = 'slopes-experiment__value';
        value.textContent = '—';
        value.title = this.words.legendValueTitle;
        this.values.push(value);
        item.append(glyph, name, value);
        return item;
      }),
    );
  }

  /** epochLoss[k]: the epoch losses so far of entry k. */
  update(epochLoss: readonly Float64Array[]): void {
    epochLoss.forEach((losses, k) => {
      const last = losses.length ? losses[losses.length - 1] : NaN;
      if (this.values[k]) this.values[k].textContent = Number.isFinite(last) ? this.words.value(last) : losses.length ? this.words.diverged : '—';
    });
  }
}
