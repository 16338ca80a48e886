import type { SlopesController } from '../app/SlopesController.ts';
import { optimizerById } from '../core/optimizers/registry.ts';
import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { Inspection } from '../sim/inspectTrack.ts';
import { DistanceChart } from './DistanceChart.ts';
import { instrumentNumber } from './instrumentNumber.ts';
import './instruments.css';

export type InspectorHost = Pick<SlopesController, 'getState' | 'setState' | 'inspect' | 'compare'>;

type LimitsRow =
  | 'hessian'
  | 'eigenvalues'
  | 'condition'
  | 'lrNow'
  | 'limitGd'
  | 'limitHeavyBall'
  | 'limitNesterov'
  | 'rate'
  | 'measuredRate'
  | 'optimalGd'
  | 'optimalHeavyBall';
type ScoreRow = 'stepsToTol' | 'finalLoss' | 'pathLength' | 'turns';

const LIMITS_ROWS: readonly LimitsRow[] = [
  'hessian',
  'eigenvalues',
  'condition',
  'lrNow',
  'limitGd',
  'limitHeavyBall',
  'limitNesterov',
  'rate',
  'measuredRate',
  'optimalGd',
  'optimalHeavyBall',
];
const SCORE_ROWS: readonly ScoreRow[] = ['stepsToTol', 'finalLoss', 'pathLength', 'turns'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  parent.append(e);
  return e;
}

/** A label wrapping its control, so no id is needed (two instances may share a page). */
function labelled<T extends HTMLElement>(parent: HTMLElement, text: string, control: T): T {
  const label = el('label', parent, 'instrument-field');
  el('span', label).textContent = text;
  label.append(control);
  return control;
}

/** A table of named rows: its column headers, and the value cells of each row. */
function rowsTable<R extends string>(parent: HTMLElement, caption: string, head: string[], rows: readonly R[], names: (r: R) => string, cells: number) {
  const table = el('table', parent, 'instrument-table');
  el('caption', table).textContent = caption;
  const hr = el('tr', el('thead', table));
  const heads = head.map((h) => {
    const th = el('th', hr);
    th.scope = 'col';
    th.textContent = h;
    return th;
  });
  const body = el('tbody', table);
  const out = {} as Record<R, HTMLTableCellElement[]>;
  for (const r of rows) {
    const tr = el('tr', body);
    tr.dataset.key = r;
    const th = el('th', tr);
    th.scope = 'row';
    th.textContent = names(r);
    out[r] = Array.from({ length: cells }, () => el('td', tr));
  }
  return { table, heads, cells: out };
}

/**
 * The settings the optimal-step button applies: GD's lr, or heavy ball's lr and momentum when the
 * optimizer declares a momentum to set (SGD under a momentum-cycling schedule follows heavy ball but has none).
 */
function optimalParams(i: Inspection): Record<string, number> | null {
  if (!i.optimal) return null;
  if (i.rule === 'gd') return { lr: i.optimal.gd.lr };
  const settable = optimizerById(i.optimizer)?.hyperparameters.some((p) => p.name === 'momentum');
  return i.rule === 'heavyBall' && settable ? { lr: i.optimal.heavyBall.lr, momentum: i.optimal.heavyBall.momentum } : null;
}

/**
 * The instruments section: for one optimizer's first ball, its local curvature and the learning
 * rates the quadratic model allows (with a button for the optimal constant step), and a scoreboard
 * of two runs. Everything shown comes from the controller's inspect() and compare(), so the page and
 * a script read the same numbers. Closed, it costs nothing per frame.
 */
export class Inspector {
  readonly root: HTMLDetailsElement;
  private readonly words: Words['instruments'];
  private readonly names: Record<string, string>;
  private readonly format: (v: number | null) => string;
  private readonly ball: HTMLSelectElement;
  private readonly where: HTMLParagraphElement;
  private readonly limits: Record<LimitsRow, HTMLTableCellElement[]>;
  private readonly note: HTMLParagraphElement;
  private readonly optimal: HTMLButtonElement;
  private readonly runA: HTMLSelectElement;
  private readonly runB: HTMLSelectElement;
  private readonly tol: HTMLInputElement;
  private readonly scores: Record<ScoreRow, HTMLTableCellElement[]>;
  private readonly runHeads: HTMLTableCellElement[];
  private readonly distance: HTMLParagraphElement;
  private readonly distanceChart: DistanceChart;
  private ids = '';

  constructor(
    parent: HTMLElement,
    private readonly host: InspectorHost,
    words: Words,
    lang: Lang,
  ) {
    this.words = words.instruments;
    this.names = words.declarations.optimizerNames;
    this.format = instrumentNumber(lang);
    const w = this.words;
    this.root = el('details', parent, 'instruments');
    this.root.dataset.role = 'instruments';
    el('summary', this.root).textContent = w.title;

    const limits = el('section', this.root, 'instrument');
    el('h3', limits).textContent = w.limitsHeading;
    this.ball = labelled(limits, w.ball, document.createElement('select'));
    this.ball.dataset.role = 'inspect-optimizer';
    this.where = el('p', limits, 'instrument-where');
    const table = rowsTable(limits, w.limitsTable, [w.quantity, w.value], LIMITS_ROWS, (r) => w[r], 1);
    table.table.dataset.role = 'inspect-table';
    this.limits = table.cells;
    this.note = el('p', limits, 'instrument-note');
    this.optimal = el('button', limits, 'instrument-optimal');
    this.optimal.type = 'button';
    this.optimal.textContent = w.setOptimal;
    this.optimal.dataset.role = 'inspect-optimal';
    this.optimal.addEventListener('click', () => this.setOptimal());

    const compare = el('section', this.root, 'instrument');
    el('h3', compare).textContent = w.compareHeading;
    this.runA = labelled(compare, w.runA, document.createElement('select'));
    this.runB = labelled(compare, w.runB, document.createElement('select'));
    this.runA.dataset.role = 'compare-a';
    this.runB.dataset.role = 'compare-b';
    this.tol = labelled(compare, w.tolerance, document.createElement('input'));
    this.tol.type = 'number';
    this.tol.min = '0';
    this.tol.step = 'any';
    this.tol.value = '1e-6';
    this.tol.dataset.role = 'compare-tol';
    const board = rowsTable(compare, w.scoreboard, [w.quantity, '', ''], SCORE_ROWS, (r) => w[r], 2);
    this.scores = board.cells;
    this.runHeads = board.heads;
    board.table.dataset.role = 'compare-table';
    this.distance = el('p', compare, 'instrument-distance');
    this.distance.dataset.role = 'compare-distance';
    this.distanceChart = new DistanceChart(compare, w, (v) => this.format(v));

    for (const control of [this.ball, this.runA, this.runB, this.tol]) control.addEventListener('change', () => this.update());
    this.root.addEventListener('toggle', () => this.update());
  }

  /** Turns the limits to the ball selected on the map or in the legend, as the lecturer points at it. */
  follow(optimizer: string | null): void {
    this.syncOptions();
    if (optimizer && [...this.ball.options].some((o) => o.value === optimizer)) this.ball.value = optimizer;
    this.update();
  }

  /** Refreshes what is shown; called on still frames and after each change. */
  update(): void {
    if (!this.root.open) return;
    this.syncOptions();
    this.showLimits(this.ball.value ? this.host.inspect(this.ball.value) : null);
    this.showScores();
  }

  private syncOptions(): void {
    const { optimizers } = this.host.getState();
    const ids = Object.keys(optimizers).filter((id) => optimizers[id].enabled);
    if (ids.join() === this.ids) return;
    this.ids = ids.join();
    const selects = [this.ball, this.runA, this.runB];
    const wanted = [this.ball.value || ids[0], this.runA.value || ids[0], this.runB.value || ids[1] || ids[0]];
    selects.forEach((select, k) => {
      select.replaceChildren(
        ...ids.map((id) => {
          const option = document.createElement('option');
          option.value = id;
          option.textContent = this.names[id] ?? id;
          return option;
        }),
      );
      select.value = ids.includes(wanted[k]) ? wanted[k] : (ids[Math.min(k === 2 ? 1 : 0, ids.length - 1)] ?? '');
    });
  }

  private showLimits(i: Inspection | null): void {
    const w = this.words;
    const f = this.format;
    const set = (r: LimitsRow, text: string) => (this.limits[r][0].textContent = text);
    this.optimal.disabled = true;
    if (!i) {
      this.where.textContent = w.none;
      for (const r of LIMITS_ROWS) set(r, w.notApplicable);
      this.note.textContent = '';
      return;
    }
    this.where.textContent = w.atStep(i.step, f(i.x), f(i.y));
    const [[xx, xy], [, yy]] = i.hessian;
    set('hessian', w.aside(`[[${f(xx)}, ${f(xy)}], [${f(xy)}, ${f(yy)}]]`, i.exact ? w.hessianExact : w.hessianDifferenced));
    set('eigenvalues', `${f(i.eigenvalues[0])}, ${f(i.eigenvalues[1])}`);
    set('condition', f(i.conditionNumber));
    set('lrNow', f(i.lr));
    set('limitGd', f(i.limits.gd));
    set('limitHeavyBall', f(i.limits.heavyBall));
    set('limitNesterov', f(i.limits.nesterov));
    set('rate', f(i.rate));
    set('measuredRate', i.measuredRate ? w.aside(f(i.measuredRate.rate), w.overSteps(i.measuredRate.over)) : w.notApplicable);
    const best = i.optimal;
    set('optimalGd', best ? w.aside(f(best.gd.lr), w.optimalRate(f(best.gd.rate))) : w.notApplicable);
    set('optimalHeavyBall', best ? w.aside(`${f(best.heavyBall.lr)}, ${f(best.heavyBall.momentum)}`, w.optimalRate(f(best.heavyBall.rate))) : w.notApplicable);
    const notes = [
      i.limitsNote === 'adaptive' ? w.adaptive : i.limitsNote === 'no-positive-curvature' ? w.noCurvature : '',
      i.weightDecay && i.rule ? w.weightDecay(f(i.weightDecay)) : '',
    ];
    this.note.textContent = notes.filter(Boolean).join(' ');
    this.optimal.disabled = !(best && optimalParams(i));
  }

  /** GD takes the optimal lr; heavy ball the optimal lr and momentum (the race restarts, as with the controls). */
  private setOptimal(): void {
    const i = this.host.inspect(this.ball.value);
    if (!i?.optimal) return;
    const params = optimalParams(i);
    if (params) this.host.setState({ optimizers: { [i.optimizer]: { params } } });
    this.update();
  }

  private showScores(): void {
    const w = this.words;
    const f = this.format;
    const tol = Number(this.tol.value);
    const result = this.runA.value && this.runB.value ? this.host.compare(this.runA.value, this.runB.value, { tol: tol >= 0 ? tol : 1e-6 }) : null;
    const heads = this.runHeads;
    heads[1].textContent = this.names[this.runA.value] ?? '';
    heads[2].textContent = this.names[this.runB.value] ?? '';
    [result?.a, result?.b].forEach((score, k) => {
      this.scores.stepsToTol[k].textContent = !score ? w.notApplicable : score.stepsToTol === null ? w.notYet : String(score.stepsToTol);
      this.scores.finalLoss[k].textContent = score ? f(score.finalLoss) : w.notApplicable;
      this.scores.pathLength[k].textContent = score ? f(score.pathLength) : w.notApplicable;
      this.scores.turns[k].textContent = score ? String(score.turns) : w.notApplicable;
    });
    const d = result?.distance;
    this.distance.textContent = d?.length ? `${w.distance}: ${f(d[d.length - 1])}${result!.from > 0 ? ` ${w.from(result!.from)}` : ''}` : '';
    this.distanceChart.show(d ?? [], result?.from ?? 0);
  }
}
