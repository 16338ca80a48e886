import type { Words } from '../../i18n/words.ts';
import { sampleRows } from './sampleRows.ts';
import { Sonifier } from './Sonifier.ts';
import { tones } from './tones.ts';
import './charts.css';

/** One curve as drawn: values[i] for i < length, in the order of the chart's x. */
export interface Curve {
  readonly name: string;
  readonly values: ArrayLike<number>;
  readonly length: number;
}

/** A chart's numbers as a table: the x column first, then one column per curve. */
export interface TableData {
  readonly head: readonly string[];
  readonly rows: readonly (readonly number[])[];
  /** How many x values the chart holds, of which `rows` are a sample. */
  readonly total: number;
  /** Whether x counts steps (whole numbers) rather than measuring something. */
  readonly integerX: boolean;
}

/** What a chart tells its text alternative. */
export interface ChartSource {
  /** What it shows now, as one sentence. */
  describe(): string;
  table(maxRows: number): TableData;
  curves(): readonly Curve[];
}

/** Rows of a data table: enough to follow a curve, few enough to read. */
export const TABLE_ROWS = 48;
/** Points of a curve one hears: beyond this the ear hears no more detail in a few seconds. */
const TUNE_POINTS = 160;
/** The description and an open table follow the chart at most this often (ms). */
const REFRESH_MS = 400;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * A chart's text alternatives: the chart named and described as an image, a data table built only
 * while it is open, and a Listen button that plays one curve as rising and falling pitch. The chart
 * calls `changed()` whenever it draws; the words follow at most a few times a second.
 */
export class ChartAlt {
  readonly element: HTMLElement;
  private readonly description = el('p', 'slopes-visually-hidden');
  private readonly details = el('details', 'slopes-chart-alt__table');
  private readonly tableBox = el('div', 'slopes-chart-alt__scroll');
  private readonly choice = el('select', 'slopes-chart-alt__choice');
  private readonly listen = el('button', 'slopes-chart-alt__listen');
  private readonly status = el('span', 'slopes-chart-alt__status');
  private readonly sound: Sonifier;
  private names = '';
  /** The status line's text while a curve plays, cleared when it ends. */
  private playingText = '';
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    target: HTMLElement,
    private readonly words: Words['panel'],
    private readonly name: string,
    private readonly source: ChartSource,
  ) {
    const id = `slopes-chart-${Math.random().toString(36).slice(2)}`;
    this.description.id = id;
    target.setAttribute('role', 'img');
    target.setAttribute('aria-label', name);
    target.setAttribute('aria-describedby', id);

    const summary = el('summary', 'slopes-chart-alt__summary', words.dataTable);
    this.tableBox.tabIndex = 0;
    this.tableBox.setAttribute('role', 'region');
    this.tableBox.setAttribute('aria-label', `${name}: ${words.dataTable}`);
    this.details.append(summary, this.tableBox);
    this.details.addEventListener('toggle', () => this.refresh());

    this.choice.setAttribute('aria-label', `${name}: ${words.curveToHear}`);
    this.listen.type = 'button';
    this.listen.textContent = words.listen;
    this.listen.setAttribute('aria-label', `${words.listen}: ${name}`);
    this.listen.addEventListener('click', () => this.toggleSound());
    this.status.setAttribute('aria-live', 'polite');
    this.sound = new Sonifier(() => this.showSound());
    const hear = el('div', 'slopes-chart-alt__hear');
    hear.append(this.choice, this.listen, this.status);

    this.element = el('div', 'slopes-chart-alt');
    this.element.append(this.description, this.details, hear);
    // Space and Enter work this row's button and disclosure; the page's play/pause shortcut must not hear them too.
    this.element.addEventListener('keydown', (e) => {
      if (e.key === ' ' || e.key === 'Enter') e.stopPropagation();
    });
    this.refresh();
  }

  /** The chart drew new data: the words follow soon, never more often than REFRESH_MS. */
  changed(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.last + REFRESH_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, wait);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.sound.destroy();
    this.element.remove();
  }

  private refresh(): void {
    this.last = performance.now();
    const text = this.source.describe();
    if (this.description.textContent !== text) this.description.textContent = text;
    this.refreshChoices();
    if (this.details.open) this.renderTable();
  }

  private refreshChoices(): void {
    const curves = this.source.curves();
    const names = curves.map((c) => c.name).join('\n');
    if (names === this.names) return;
    this.names = names;
    const keep = this.choice.selectedIndex;
    this.choice.replaceChildren(...curves.map((c, k) => new Option(c.name, String(k))));
    if (keep >= 0 && keep < curves.length) this.choice.selectedIndex = keep;
  }

  private renderTable(): void {
    const { head, rows, total, integerX } = this.source.table(TABLE_ROWS);
    const w = this.words;
    const table = el('table', 'slopes-chart-alt__data');
    table.append(el('caption', '', w.tableCaption(this.name, rows.length, total)));
    const headRow = el('tr', '');
    for (const h of head) {
      const th = el('th', '', h);
      th.scope = 'col';
      headRow.append(th);
    }
    table.append(el('thead', ''));
    table.tHead!.append(headRow);
    const body = el('tbody', '');
    for (const row of rows) {
      const tr = el('tr', '');
      const th = el('th', '', integerX ? w.integer(row[0]) : w.value(row[0]));
      th.scope = 'row';
      tr.append(th);
      for (let k = 1; k < row.length; k++) tr.append(el('td', '', w.value(row[k])));
      body.append(tr);
    }
    table.append(body);
    this.tableBox.replaceChildren(table);
  }

  private toggleSound(): void {
    if (this.sound.playing) {
      this.sound.stop();
      return;
    }
    if (!this.sound.available) {
      this.status.textContent = this.words.noSound;
      return;
    }
    const curves = this.source.curves();
    const curve = curves[Math.max(0, this.choice.selectedIndex)];
    if (!curve || curve.length === 0) {
      this.status.textContent = this.words.noData;
      return;
    }
    const picks = sampleRows(curve.length, TUNE_POINTS);
    const values = Float64Array.from(picks, (i) => curve.values[i]);
    this.sound.play(tones(values, values.length));
    this.playingText = this.words.playing(curve.name);
    this.status.textContent = this.playingText;
    this.showSound();
  }

  private showSound(): void {
    const playing = this.sound.playing;
    this.listen.textContent = playing ? this.words.stop : this.words.listen;
    this.listen.setAttribute('aria-label', `${playing ? this.words.stop : this.words.listen}: ${this.name}`);
    this.listen.dataset.playing = String(playing);
    if (!playing && this.status.textContent === this.playingText) this.status.textContent = '';
  }
}
