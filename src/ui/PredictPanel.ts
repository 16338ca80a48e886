import { LANG_TAGS, type Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { PredictionReport } from '../sim/Predictions.ts';
import './predict.css';

/** An optimizer the class can guess for: one on the map. */
export interface GuessRow {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** What the panel asks of the instance. */
export interface PredictHost {
  rows(): readonly GuessRow[];
  report(): PredictionReport;
  toggle(on: boolean): void;
  place(id: string, x: number, y: number): void;
  first(id: string | null): void;
  clear(): void;
  reset(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement | null, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  parent?.append(node);
  return node;
}

/**
 * Predict, then reveal: a switch, then per optimizer on the map a guess placed by a click on the map
 * (the row chosen here) or typed as x and y, and which will arrive first; once the race runs, each
 * guess beside where its ball is, with the distance, and who did arrive first.
 */
export class PredictPanel {
  readonly root: HTMLDetailsElement;
  private readonly words: Words['cursor'];
  private readonly names: Words['declarations']['optimizerNames'];
  private readonly format: Intl.NumberFormat;
  private readonly toggle: HTMLInputElement;
  private readonly body: HTMLElement;
  private readonly guessBody: HTMLTableSectionElement;
  private readonly firstPick: HTMLSelectElement;
  private readonly lockedNote: HTMLElement;
  private readonly results: HTMLTableElement;
  private readonly resultBody: HTMLTableSectionElement;
  private readonly arrival: HTMLElement;
  private readonly group = `slopes-predict-${Math.random().toString(36).slice(2)}`;
  private rowIds = '';
  /** Whose guess a click on the map places. */
  private placing: string | null = null;

  constructor(
    words: Words,
    lang: Lang,
    private readonly host: PredictHost,
  ) {
    const w = (this.words = words.cursor);
    this.names = words.declarations.optimizerNames;
    this.format = new Intl.NumberFormat(LANG_TAGS[lang], { maximumSignificantDigits: 3 });
    this.root = el('details', null, 'controls predict-box');
    this.root.dataset.role = 'predict';
    el('summary', this.root, '', w.predictTitle);
    const switchLabel = el('label', this.root, 'predict-switch');
    this.toggle = el('input', switchLabel);
    this.toggle.type = 'checkbox';
    switchLabel.append(w.predictToggle);
    this.toggle.addEventListener('change', () => host.toggle(this.toggle.checked));
    this.body = el('div', this.root, 'predict-body');
    el('p', this.body, 'predict-lede', w.predictLede);

    const guesses = el('table', this.body, 'predict-table');
    const head = el('tr', el('thead', guesses));
    for (const text of [w.optimizer, w.placing, 'x', 'y']) el('th', head, '', text).scope = 'col';
    this.guessBody = el('tbody', guesses);

    const firstLabel = el('label', this.body, 'predict-first', w.firstQuestion);
    this.firstPick = el('select', firstLabel);
    this.firstPick.addEventListener('change', () => host.first(this.firstPick.value || null));

    const lockedRow = el('p', this.body, 'predict-locked');
    this.lockedNote = el('span', lockedRow, '', w.locked);
    const again = el('button', lockedRow, 'predict-button', w.resetToGuess);
    again.type = 'button';
    again.addEventListener('click', () => host.reset());

    this.results = el('table', this.body, 'predict-table predict-results');
    el('caption', this.results, '', w.resultCaption);
    const resultHead = el('tr', el('thead', this.results));
    for (const text of [w.optimizer, w.guess, w.end, w.distance]) el('th', resultHead, '', text).scope = 'col';
    this.resultBody = el('tbody', this.results);
    this.arrival = el('p', this.body, 'predict-arrival');
    this.arrival.setAttribute('role', 'status');
    const clear = el('button', this.body, 'predict-button', w.clear);
    clear.type = 'button';
    clear.addEventListener('click', () => host.clear());
    this.update();
  }

  /** Whose guess the next click on the map places, or null when every row has one. */
  get placingId(): string | null {
    return this.placing;
  }

  /** After a click placed a guess: the next row still without one is chosen. */
  advance(): void {
    const report = this.host.report();
    const placed = new Set(report.guesses.map((g) => g.optimizer));
    const rows = this.host.rows();
    const from = rows.findIndex((r) => r.id === this.placing);
    const next = [...rows.slice(from + 1), ...rows.slice(0, from + 1)].find((r) => !placed.has(r.id));
    this.placing = next?.id ?? this.placing;
    this.update();
  }

  update(): void {
    const report = this.host.report();
    const rows = this.host.rows();
    this.toggle.checked = report.on;
    this.body.hidden = !report.on;
    this.root.classList.toggle('predict-on', report.on);
    if (!rows.some((r) => r.id === this.placing)) this.placing = rows[0]?.id ?? null;
    const ids = rows.map((r) => r.id).join(' ');
    if (ids !== this.rowIds) this.build(rows);
    const byId = new Map(report.guesses.map((g) => [g.optimizer, g]));
    for (const tr of this.guessBody.rows) {
      const id = tr.dataset.id!;
      const guess = byId.get(id)?.guess;
      const [radio, x, y] = tr.querySelectorAll('input');
      radio.checked = id === this.placing;
      for (const [input, v] of [
        [x, guess?.[0]],
        [y, guess?.[1]],
      ] as const) {
        input.disabled = report.locked;
        // A field being typed into keeps what is typed.
        if (document.activeElement !== input) input.value = v === undefined ? '' : String(+v.toPrecision(4));
      }
      radio.disabled = report.locked;
    }
    this.firstPick.value = report.first.guess ?? '';
    this.firstPick.disabled = report.locked;
    this.lockedNote.parentElement!.hidden = !report.locked;
    this.results.hidden = !report.locked;
    this.showResults(report);
  }

  private build(rows: readonly GuessRow[]): void {
    this.rowIds = rows.map((r) => r.id).join(' ');
    this.guessBody.replaceChildren();
    for (const row of rows) {
      const tr = el('tr', this.guessBody);
      tr.dataset.id = row.id;
      const th = el('th', tr);
      th.scope = 'row';
      el('span', th, 'predict-swatch').style.background = row.color;
      th.append(row.name);
      const radio = el('input', el('td', tr));
      radio.type = 'radio';
      radio.name = this.group;
      radio.setAttribute('aria-label', this.words.guessLabel(row.name));
      radio.addEventListener('change', () => {
        this.placing = row.id;
      });
      const typed = () => {
        const [x, y] = [...tr.querySelectorAll<HTMLInputElement>('input[type=number]')].map((i) => i.valueAsNumber);
        if (Number.isFinite(x) && Number.isFinite(y)) this.host.place(row.id, x, y);
      };
      for (const label of [this.words.guessX(row.name), this.words.guessY(row.name)]) {
        const input = el('input', el('td', tr), 'predict-coordinate');
        input.type = 'number';
        input.step = 'any';
        input.setAttribute('aria-label', label);
        input.addEventListener('change', typed);
      }
    }
    this.firstPick.replaceChildren(new Option(this.words.noGuess, ''), ...rows.map((r) => new Option(r.name, r.id)));
  }

  private showResults(report: PredictionReport): void {
    const w = this.words;
    const n = (v: number) => this.format.format(v);
    const name = (id: string) => this.names[id] ?? this.host.rows().find((r) => r.id === id)?.name ?? id;
    if (report.locked) {
      const trs = report.guesses.map((g) => {
        const tr = el('tr', null);
        el('th', tr, '', name(g.optimizer)).scope = 'row';
        el('td', tr, '', w.point(n(g.guess[0]), n(g.guess[1])));
        el('td', tr, '', w.point(n(g.end[0]), n(g.end[1])));
        el('td', tr, '', n(g.distance));
        return tr;
      });
      this.resultBody.replaceChildren(...trs);
    }
    const { guess, arrived, step } = report.first;
    let line = '';
    if (report.locked) {
      line = step === null ? w.noneArrived : w.arrivedFirst(arrived.map(name).join(', '), step);
      if (guess && step !== null) line += ` ${w.youSaid(name(guess))} ${arrived.includes(guess) ? w.right : w.wrong}`;
    }
    if (this.arrival.textContent !== line) this.arrival.textContent = line;
  }
}
