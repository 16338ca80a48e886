import { contourLines } from '../core/contourLines.ts';
import { surfaceContours } from '../core/contours.ts';
import { surfaceById } from '../core/surfaces/registry.ts';
import type { View } from '../core/surfaces/Surface.ts';
import { LANG_TAGS, type Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import { basinStart, type BasinsMap } from '../sim/basins.ts';
import { basinColor } from '../sim/basinsColors.ts';
import { BASIN_SIZES, BASIN_STEP_LIMITS, basinsPlan, basinsPlanKey, DEFAULT_BASIN_SIZE, DEFAULT_BASIN_STEPS, type BasinsPlan } from '../sim/basinsPlan.ts';
import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_MOVING } from '../sim/basinsTracker.ts';
import { tallyBasins } from '../sim/swarmSummary.ts';
import type { AppState } from '../state/AppState.ts';
import type { WorkerPool } from '../workers/pool.ts';
import { runBasinsOnPool, type BasinsJob } from '../workers/poolBasins.ts';
import { BasinMap } from './BasinMap.ts';
import './basins.css';
import { pointName } from './swarmLine.ts';
import { failureText } from './failureText.ts';

export interface BasinsPanelHost {
  state(): AppState;
  /** The instance's worker pool, started on first use. */
  pool(): WorkerPool;
  setStart(start: [number, number]): void;
}

/** A burst of changes (a drag of the view, a slider) computes once, this long after the last. */
const SETTLE_MS = 250;
/** The contour lines over the maps: a coarse grid is plenty at a map's size. */
const LINE_GRID = 96;
const LINE_LEVELS = 14;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  parent.append(e);
  return e;
}

/** Polylines in world units as one SVG path over a size × size pixel box, y down. */
function linesPath(lines: readonly Float64Array[], view: View, size: number): string {
  const sx = size / (view.x[1] - view.x[0]);
  const sy = size / (view.y[1] - view.y[0]);
  const parts: string[] = [];
  for (const line of lines) {
    for (let k = 0; k < line.length; k += 2) {
      parts.push(`${k === 0 ? 'M' : 'L'}${((line[k] - view.x[0]) * sx).toFixed(2)} ${((view.y[1] - line[k + 1]) * sy).toFixed(2)}`);
    }
  }
  return parts.join('');
}

/**
 * The basin maps, folded behind their summary: open, they show one map per enabled optimizer for
 * the current surface, view and hyperparameters, filled chunk by chunk from the worker pool with a
 * progress bar and a cancel. A setting that changes the maps cancels the job under way and starts
 * the new one; a click (or Enter on a focused map) starts the balls from that pixel.
 */
export class BasinsPanel {
  readonly root: HTMLDetailsElement;
  private readonly w: Words['basins'];
  private readonly names: Record<string, string>;
  private readonly number: (v: number) => string;
  private readonly percent: (v: number) => string;
  private readonly intro: HTMLParagraphElement;
  private readonly sizePick: HTMLSelectElement;
  private readonly stepsField: HTMLInputElement;
  private readonly bar: HTMLProgressElement;
  private readonly progress: HTMLSpanElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly computeButton: HTMLButtonElement;
  private readonly status: HTMLParagraphElement;
  private readonly colours: HTMLUListElement;
  private readonly grid: HTMLDivElement;
  private readonly said: HTMLParagraphElement;
  private maps: BasinMap[] = [];
  private job: BasinsJob | null = null;
  /** The finished maps' data, which the keyboard cursor reads out. */
  private done: BasinsMap[] | null = null;
  private plan: BasinsPlan | null = null;
  /** The key of the maps shown or under way; '' when there are none to keep. */
  private key = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cursor = -1;
  private readonly failure: (e: unknown) => string;

  constructor(
    words: Words,
    lang: Lang,
    private readonly host: BasinsPanelHost,
  ) {
    this.w = words.basins;
    this.failure = (e) => failureText(e, words);
    this.names = words.declarations.optimizerNames;
    const number = new Intl.NumberFormat(LANG_TAGS[lang], { maximumFractionDigits: 3 });
    const percent = new Intl.NumberFormat(LANG_TAGS[lang], { style: 'percent', maximumFractionDigits: 0 });
    this.number = (n) => number.format(n);
    this.percent = (n) => percent.format(n);
    const w = this.w;
    this.root = document.createElement('details');
    this.root.className = 'basins';
    this.root.dataset.role = 'basins';
    el('summary', this.root).textContent = w.title;
    this.intro = el('p', this.root, 'basins-intro');
    el('p', this.root, 'basins-intro').textContent = w.keysHint;

    const settings = el('div', this.root, 'basins-settings');
    this.sizePick = this.field(settings, w.size, document.createElement('select'));
    for (const n of BASIN_SIZES) this.sizePick.append(new Option(this.number(n), String(n), n === DEFAULT_BASIN_SIZE, n === DEFAULT_BASIN_SIZE));
    this.sizePick.dataset.role = 'basins-size';
    this.stepsField = this.field(settings, w.steps, document.createElement('input'));
    Object.assign(this.stepsField, {
      type: 'number',
      min: String(BASIN_STEP_LIMITS[0]),
      max: String(BASIN_STEP_LIMITS[1]),
      step: '1',
      value: String(DEFAULT_BASIN_STEPS),
    });
    this.stepsField.dataset.role = 'basins-steps';
    this.sizePick.addEventListener('change', () => this.compute());
    this.stepsField.addEventListener('change', () => this.compute());

    const run = el('div', this.root, 'basins-run');
    this.bar = el('progress', run);
    this.bar.setAttribute('aria-label', w.progressLabel);
    this.bar.dataset.role = 'basins-progress';
    this.progress = el('span', run, 'basins-progress');
    this.cancelButton = el('button', run);
    this.cancelButton.type = 'button';
    this.cancelButton.textContent = w.cancel;
    this.cancelButton.dataset.role = 'basins-cancel';
    this.cancelButton.addEventListener('click', () => this.cancel());
    this.computeButton = el('button', run);
    this.computeButton.type = 'button';
    this.computeButton.textContent = w.compute;
    this.computeButton.addEventListener('click', () => this.compute());
    this.status = el('p', this.root, 'basins-status');
    this.status.setAttribute('role', 'status');
    this.status.dataset.role = 'basins-status';
    this.colours = el('ul', this.root, 'basin-colours');
    this.colours.setAttribute('aria-label', w.colours);
    this.grid = el('div', this.root, 'basin-maps');
    this.said = el('p', this.root, 'visually-hidden');
    this.said.setAttribute('aria-live', 'polite');
    this.showRunning(false);

    this.root.addEventListener('toggle', () => {
      if (this.root.open) this.refresh(true);
      else if (this.job) this.cancel();
    });
  }

  /** After a state change: if open, computes again when the maps would differ (at once, or once the changes settle). */
  refresh(now = false): void {
    if (!this.root.open) return;
    clearTimeout(this.timer);
    if (basinsPlanKey(this.currentPlan()) === this.key) return;
    if (now) this.compute();
    else this.timer = setTimeout(() => this.compute(), SETTLE_MS);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.job?.cancel();
    this.job = null;
  }

  private currentPlan(): BasinsPlan {
    const size = Number(this.sizePick.value);
    const steps = Math.round(Math.min(BASIN_STEP_LIMITS[1], Math.max(BASIN_STEP_LIMITS[0], Number(this.stepsField.value) || DEFAULT_BASIN_STEPS)));
    return basinsPlan(this.host.state(), { size, steps });
  }

  private field<T extends HTMLElement>(parent: HTMLElement, text: string, control: T): T {
    const label = el('label', parent, 'basins-field');
    el('span', label).textContent = text;
    label.append(control);
    return control;
  }

  private compute(): void {
    clearTimeout(this.timer);
    this.job?.cancel();
    this.job = null;
    this.done = null;
    const plan = this.currentPlan();
    this.plan = plan;
    this.key = basinsPlanKey(plan);
    this.stepsField.value = String(plan.ok ? plan.requests[0].steps : this.stepsField.value);
    if (!plan.ok) {
      this.build([]);
      this.colours.replaceChildren();
      this.intro.textContent = '';
      this.showRunning(false);
      this.status.textContent = plan.reason === 'surface' ? this.w.needsAnalytic : this.w.noOptimizer;
      return;
    }
    const { requests } = plan;
    const { view, size, steps } = requests[0];
    this.intro.textContent = this.w.intro(this.number(steps));
    this.build(requests.map((r) => r.optimizer));
    const surface = surfaceById(plan.surface)!;
    const path = linesPath(contourLines(surfaceContours(surface, view, LINE_GRID, LINE_GRID, LINE_LEVELS)), view, size);
    for (const map of this.maps) map.setLines(path);
    this.showColours(surface.minima, steps);

    const t0 = performance.now();
    const pool = this.host.pool();
    const job = runBasinsOnPool(pool, requests, {
      onProgress: ({ map, first, count, done, total }) => {
        this.maps[map].paint(job.maps[map], steps, first, count);
        this.bar.max = total;
        this.bar.value = done;
        this.progress.textContent = this.w.progress(this.number(done), this.number(total));
      },
    });
    this.job = job;
    this.root.dataset.state = 'running';
    this.status.textContent = '';
    this.showRunning(true);
    job.done
      .then((maps) => {
        if (this.job !== job || !maps) return;
        this.job = null;
        this.showRunning(false);
        this.root.dataset.state = 'done';
        this.done = maps;
        this.status.textContent = this.w.finished(this.number(Math.round((performance.now() - t0) / 100) / 10), pool.size);
        maps.forEach((m, k) => this.maps[k].setSummary(this.describe(m.basin, m.stepsTaken, surface.minima)));
      })
      .catch((e: unknown) => {
        if (this.job !== job) return;
        this.job = null;
        this.key = '';
        this.showRunning(false);
        this.root.dataset.state = 'failed';
        this.status.textContent = this.w.failed(this.failure(e));
      });
  }

  private cancel(): void {
    this.job?.cancel();
    this.job = null;
    // The maps are partial now: reopening or a change computes them again.
    this.key = '';
    this.showRunning(false);
    this.root.dataset.state = 'cancelled';
    this.status.textContent = this.w.cancelled;
  }

  private showRunning(running: boolean): void {
    this.bar.hidden = !running;
    this.progress.hidden = !running;
    this.cancelButton.hidden = !running;
    this.computeButton.hidden = running;
    if (running) {
      this.bar.removeAttribute('value');
      this.progress.textContent = '';
    }
  }

  /** One figure per optimizer; the same optimizers at the same size keep theirs (only the pixels are cleared). */
  private build(ids: readonly string[]): void {
    const plan = this.plan;
    const size = plan?.ok ? plan.requests[0].size : 0;
    const view = plan?.ok ? plan.requests[0].view : null;
    const aspect = view ? (view.x[1] - view.x[0]) / (view.y[1] - view.y[0]) : 1;
    this.grid.replaceChildren();
    this.maps = ids.map((id) => {
      const name = this.names[id] ?? id;
      return new BasinMap(this.grid, id, name, this.w.mapLabel(name), size, aspect, {
        pick: (index) => this.pick(index),
        pickCursor: () => this.pick(this.cursor),
        move: (di, dj, fine) => this.move(di, dj, fine),
        focused: (map) => this.focus(map),
      });
    });
    this.cursor = size > 0 ? Math.floor(size / 2) * size + Math.floor(size / 2) : -1;
  }

  private showColours(minima: readonly { readonly x: number; readonly y: number }[], steps: number): void {
    const item = (color: number, text: string) => {
      const li = document.createElement('li');
      const swatch = el('span', li, 'basin-swatch');
      swatch.style.background = `#${color.toString(16).padStart(6, '0')}`;
      el('span', li).textContent = text;
      return li;
    };
    this.colours.replaceChildren(
      ...minima.map((m, k) => item(basinColor(k, 0, steps), this.w.reaches(pointName(m)))),
      item(basinColor(BASIN_DIVERGED, 0, steps), this.w.diverged),
      item(basinColor(BASIN_MOVING, 0, steps), this.w.moving),
      item(basinColor(BASIN_ELSEWHERE, 0, steps), this.w.elsewhere),
    );
  }

  /** A map's shares in words, under it and for screen readers: "(3, 2) 26 % · … · diverged 0 %". */
  private describe(basin: Int16Array, stepsTaken: Uint32Array, minima: readonly { readonly x: number; readonly y: number }[]): string {
    const n = basin.length;
    const t = tallyBasins(basin, stepsTaken, n, minima.length);
    const w = this.w;
    const parts = minima.map((m, k) => w.share(pointName(m), this.percent(t.reached[k] / n)));
    parts.push(w.share(w.diverged, this.percent(t.diverged / n)), w.share(w.moving, this.percent(t.moving / n)));
    if (t.elsewhere) parts.push(w.share(w.elsewhere, this.percent(t.elsewhere / n)));
    return parts.join(w.separator);
  }

  private startOf(index: number): [number, number] | null {
    const plan = this.plan;
    if (!plan?.ok || index < 0) return null;
    const out = new Float64Array(2);
    basinStart(plan.requests[0].view, plan.requests[0].size, index, out, 0);
    return [out[0], out[1]];
  }

  private pick(index: number): void {
    const start = this.startOf(index);
    if (!start) return;
    this.cursor = index;
    this.host.setStart(start);
  }

  private move(di: number, dj: number, fine: boolean): void {
    const plan = this.plan;
    if (!plan?.ok) return;
    const size = plan.requests[0].size;
    const stride = fine ? 1 : Math.max(1, Math.round(size / 32));
    const i0 = this.cursor % size;
    const j0 = (this.cursor - i0) / size;
    const i = Math.min(size - 1, Math.max(0, i0 + di * stride));
    const j = Math.min(size - 1, Math.max(0, j0 + dj * stride));
    this.cursor = j * size + i;
    const focused = this.maps.find((m) => m.frame === document.activeElement);
    if (focused) this.focus(focused);
  }

  private focus(map: BasinMap): void {
    for (const m of this.maps) m.showCursor(m === map ? this.cursor : null);
    const start = this.startOf(this.cursor);
    if (start) this.said.textContent = this.w.cursor(this.names[map.optimizer] ?? map.optimizer, this.number(start[0]), this.number(start[1]), this.fate(map));
  }

  /** What the cursor's pixel of `map` says, in words. */
  private fate(map: BasinMap): string {
    const plan = this.plan;
    const k = this.maps.indexOf(map);
    const data = this.done?.[k];
    if (!plan?.ok || !data) return this.w.pending;
    const b = data.basin[this.cursor];
    const s = data.stepsTaken[this.cursor];
    if (b === BASIN_DIVERGED) return this.w.fateDiverged(s);
    if (b === BASIN_MOVING) return this.w.fateMoving;
    if (b < 0) return this.w.fateElsewhere;
    return this.w.fateReaches(pointName(surfaceById(plan.surface)!.minima[b]), s);
  }
}
