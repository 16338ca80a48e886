import { isNetworkSurface } from '../../core/mlp/networkSurface.ts';
import type { Params } from '../../core/optimizers/Optimizer.ts';
import { optimizerById, optimizers } from '../../core/optimizers/registry.ts';
import type { Surface } from '../../core/surfaces/Surface.ts';
import type { Lang } from '../../i18n/Lang.ts';
import type { Words } from '../../i18n/words.ts';
import type { AppState } from '../../state/AppState.ts';
import { surfaceKey } from '../../state/surfaceOf.ts';
import { DIVERGED, NOT_REACHED, REACHED, type HypermapCells } from '../../sim/hypermap.ts';
import { axisCell, axisParam, axisValue, axisParams, axisValueOf, defaultAxis, defaultAxisKeys, withAxisValue, type Axis } from '../../sim/hypermapAxes.ts';
import { limitLine, type LimitLine } from '../../sim/hypermapLimits.ts';
import { hypermapGrid, type HypermapRequest } from '../../sim/hypermapTask.ts';
import type { WorkerPool } from '../../workers/pool.ts';
import { runHypermapOnPool, type HypermapJob } from '../../workers/poolHypermap.ts';
import { fitCanvas } from '../fitCanvas.ts';
import { instrumentNumber } from '../instrumentNumber.ts';
import { cellAt, cellValues, drawHypermap, DIVERGED_COLOR, NOT_REACHED_COLOR, RAMP, shadingOf } from './drawHypermap.ts';
import { exploreTool, field, node } from './dom.ts';
import { failureText } from '../failureText.ts';
import { openNested } from '../nestedSections.ts';
import { hypermapReadout } from './hypermapReadout.ts';
import { bindGridKeys } from '../gridKeys.ts';

export interface ExploreHost {
  getState(): AppState;
  setState(partial: unknown): { notes: string[] };
  reset(): void;
  /** The surface the balls are on now. */
  surface(): Surface;
  /** Where an optimizer's first ball is now; null if it is not on the map. */
  ball(optimizerId: string): readonly [number, number] | null;
  /** Where the first balls started (a swarm's layout may put them away from the state's start). */
  start(): readonly [number, number];
  /** The instance's pool, created when first asked for. */
  pool(): WorkerPool;
}

/** What `slopes.hypermap()` may set; the rest comes from the panel's controls. */
export interface HypermapOptions {
  optimizer?: string;
  /** What a cell runs: the ball on the map's surface, or the experiment panel's 1-20-1 training (always, on a network surface). */
  target?: HypermapRequest['target'];
  x?: Partial<Axis>;
  y?: Partial<Axis>;
  tol?: number;
  steps?: number;
}

/** The finished map as a script reads it: row 0 at the y axis's first value, cell (i, j) at j·cols + i. */
export interface HypermapResult {
  request: HypermapRequest;
  /** The values of the cells' centres along each axis, as the cells use them. */
  values: { x: number[]; y: number[] };
  outcome: ('reached' | 'not-reached' | 'diverged')[];
  steps: number[];
  loss: (number | null)[];
  limit: LimitLine | null;
}

const OUTCOMES = { [REACHED]: 'reached', [NOT_REACHED]: 'not-reached', [DIVERGED]: 'diverged' } as const;
/** Cells of a map: a ball is cheap, a whole training is not. */
const SIZE = { surface: [24, 16], network: [12, 8] } as const;
const TARGETS: readonly HypermapRequest['target'][] = ['surface', 'network'];

const paramsOf = (state: AppState, target: HypermapRequest['target'], id: string): Params =>
  target === 'network' ? state.experiment.optimizers[id].params : state.optimizers[id].params;

/** Everything but the two swept numbers, the first balls' start included: what makes a map out of date. */
function sceneKey(state: AppState, start: readonly [number, number], r: HypermapRequest): string {
  const params = paramsOf(state, r.target, r.optimizer);
  const rest = withAxisValue(withAxisValue(params, r.x.key, 0), r.y.key, 0);
  const training =
    r.target === 'network' ? [state.experiment.seed, state.experiment.epochs, state.experiment.batchSize, state.experiment.points, state.experiment.noise] : [start];
  return JSON.stringify([surfaceKey(state), r.target, r.optimizer, rest, training]);
}

/**
 * The hyperparameter map: for the chosen optimizer, a heat map over two of its numbers, computed on
 * the worker pool with progress and cancel. Pointing at a cell reads out its numbers; clicking it
 * (or Enter on the focused map) applies its settings and replays. Closed, it costs nothing.
 */
export class HypermapPanel {
  readonly root: HTMLDetailsElement;
  private readonly w: Words['explore'];
  private readonly names: Record<string, string>;
  private readonly surfaceNames: Record<string, string>;
  private readonly format: (v: number | null) => string;
  private readonly optimizer: HTMLSelectElement;
  private readonly over: HTMLSelectElement;
  /** The reader's choice of what a cell runs, kept while a network surface overrides it. */
  private overChoice: HypermapRequest['target'] = 'surface';
  private readonly xKey: HTMLSelectElement;
  private readonly yKey: HTMLSelectElement;
  private readonly tol: HTMLInputElement;
  private readonly budget: HTMLInputElement;
  private readonly budgetField: HTMLElement;
  private readonly tolField: HTMLElement;
  private readonly what: HTMLParagraphElement;
  private readonly compute: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLParagraphElement;
  private readonly host: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly failure: (e: unknown) => string;
  private readonly readout: HTMLParagraphElement;
  private readonly legend: HTMLUListElement;
  private readonly limitNote: HTMLParagraphElement;
  private job: HypermapJob | null = null;
  private request: HypermapRequest | null = null;
  private cells: HypermapCells | null = null;
  private filled = new Uint8Array(0);
  private limit: LimitLine | null = null;
  private key = '';
  private chosen = -1;

  constructor(
    parent: HTMLElement,
    private readonly app: ExploreHost,
    words: Words,
    lang: Lang,
  ) {
    this.w = words.explore;
    this.failure = (e) => failureText(e, words);
    this.names = words.declarations.optimizerNames;
    this.surfaceNames = words.declarations.surfaceNames;
    this.format = instrumentNumber(lang);
    const w = this.w;
    this.root = exploreTool(parent, 'hypermap', w.hypermap, w.hypermapIntro);
    this.optimizer = field(this.root, w.optimizer, 'select', 'hypermap-optimizer');
    for (const o of optimizers) this.optimizer.append(new Option(this.names[o.id] ?? o.name, o.id));
    this.over = field(this.root, w.over, 'select', 'hypermap-target');
    for (const t of TARGETS) this.over.append(new Option(t === 'network' ? w.overNetwork : w.overSurface, t));
    this.xKey = field(this.root, w.across, 'select', 'hypermap-x');
    this.yKey = field(this.root, w.up, 'select', 'hypermap-y');
    this.tol = field(this.root, w.tolerance, 'input', 'hypermap-tol');
    this.budget = field(this.root, w.budget, 'input', 'hypermap-steps');
    this.budgetField = this.budget.parentElement!;
    this.tolField = this.tol.parentElement!;
    for (const [input, value] of [
      [this.tol, '1e-3'],
      [this.budget, '1000'],
    ] as const)
      Object.assign(input, { type: 'number', min: '0', step: 'any', value });
    this.budget.step = '1';
    this.what = node('p', this.root, 'instrument-note');
    const buttons = node('div', this.root, 'explore-buttons');
    this.compute = node('button', buttons, 'instrument-optimal');
    this.compute.type = 'button';
    this.compute.textContent = w.compute;
    this.compute.dataset.role = 'hypermap-compute';
    this.cancelButton = node('button', buttons, 'instrument-optimal');
    this.cancelButton.type = 'button';
    this.cancelButton.textContent = w.cancel;
    this.cancelButton.dataset.role = 'hypermap-cancel';
    this.cancelButton.disabled = true;
    this.progress = node('progress', this.root, 'explore-progress');
    this.progress.value = 0;
    this.progress.setAttribute('aria-label', w.hypermap);
    this.host = node('div', this.root, 'hypermap-host');
    this.canvas = node('canvas', this.host);
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    this.canvas.dataset.role = 'hypermap-canvas';
    this.readout = node('p', this.root, 'instrument-note hypermap-readout');
    this.readout.dataset.role = 'hypermap-cell';
    this.readout.setAttribute('aria-live', 'polite');
    this.readout.textContent = w.cellHint;
    // Under the map, so a longer message never moves the cells under the pointer.
    this.status = node('p', this.root, 'instrument-note');
    this.status.dataset.role = 'hypermap-status';
    this.status.setAttribute('role', 'status');
    this.legend = node('ul', this.root, 'explore-legend');
    this.legend.setAttribute('aria-label', w.legend);
    this.limitNote = node('p', this.root, 'instrument-note');

    this.optimizer.addEventListener('change', () => {
      this.fillAxes(true);
      void this.run();
    });
    this.over.addEventListener('change', () => {
      this.overChoice = this.over.value === 'network' ? 'network' : 'surface';
      void this.run();
    });
    for (const c of [this.xKey, this.yKey, this.tol, this.budget]) c.addEventListener('change', () => void this.run());
    this.compute.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.cancel());
    this.root.addEventListener('toggle', () => {
      if (this.root.open && !this.request) void this.run();
      this.update();
    });
    this.canvas.addEventListener('pointermove', (e) => this.choose(this.cellUnder(e)));
    this.canvas.addEventListener('click', (e) => this.apply(this.cellUnder(e)));
    bindGridKeys(this.canvas, {
      move: (right, up) => this.moveChosen(right, up),
      pick: () => this.request && this.apply(this.chosen >= 0 ? this.chosen : Math.max(0, this.currentCell())),
    });
    this.fillAxes(true);
  }

  /** On a network surface a ball's run is the training's, so the map is the training's there. */
  private target(): HypermapRequest['target'] {
    const network = isNetworkSurface(this.app.getState().surface);
    this.over.disabled = network;
    const target = network ? 'network' : this.overChoice;
    this.over.value = target;
    return target;
  }

  /** The axis choices of the chosen optimizer; a new optimizer starts from its default pair. */
  private fillAxes(reset: boolean): void {
    const optimizer = optimizerById(this.optimizer.value)!;
    const keys = axisParams(optimizer).map((a) => a.key);
    const [dx, dy] = defaultAxisKeys(optimizer);
    for (const [select, fallback] of [
      [this.xKey, dx],
      [this.yKey, dy],
    ] as const) {
      const keep = !reset && keys.includes(select.value) ? select.value : fallback;
      select.replaceChildren(...keys.map((k) => new Option(k, k)));
      select.value = keep;
    }
  }

  private axis(select: HTMLSelectElement, count: number, over: Partial<Axis> | undefined): Axis {
    const param = axisParam(optimizerById(this.optimizer.value)!, over?.key ?? select.value)!;
    return { ...defaultAxis(param, count), ...over };
  }

  /** Computes the map of the current controls (and options); resolves with it, or null if cancelled or refused. */
  async run(options: HypermapOptions = {}): Promise<HypermapResult | null> {
    if (options.target === 'surface' || options.target === 'network') this.overChoice = options.target;
    if (options.optimizer && optimizerById(options.optimizer)) {
      this.optimizer.value = options.optimizer;
      this.fillAxes(true);
    }
    if (options.x?.key) this.xKey.value = options.x.key;
    if (options.y?.key) this.yKey.value = options.y.key;
    if (options.tol !== undefined) this.tol.value = String(options.tol);
    if (options.steps !== undefined) this.budget.value = String(options.steps);
    // Shown as it fills: this section and the ones around it open.
    openNested(this.root);
    const state = this.app.getState();
    const target = this.target();
    const [cols, rows] = SIZE[target];
    const id = this.optimizer.value;
    const request: HypermapRequest = {
      target,
      state: { surface: state.surface, f: state.f, network: state.network, experiment: state.experiment },
      start: [...this.app.start()],
      optimizer: id,
      params: paramsOf(state, target, id),
      x: this.axis(this.xKey, cols, options.x),
      y: this.axis(this.yKey, rows, options.y),
      tol: Number(this.tol.value),
      steps: Math.floor(Number(this.budget.value)),
    };
    try {
      hypermapGrid(request);
    } catch (e) {
      this.status.textContent = this.w.failed(this.failure(e));
      return null;
    }
    this.job?.cancel();
    this.request = request;
    this.key = sceneKey(state, request.start, request);
    const total = request.x.count * request.y.count;
    this.filled = new Uint8Array(total);
    this.chosen = -1;
    this.readout.textContent = this.w.cellHint;
    this.limit = target === 'surface' ? limitLine(this.app.surface(), request.start, id, request.params, request.x, request.y) : null;
    const job = runHypermapOnPool(this.app.pool(), request, {
      onProgress: ({ first, count, done, total: all }) => {
        this.filled.fill(1, first, first + count);
        this.progress.max = all;
        this.progress.value = done;
        this.status.textContent = this.w.progress(done, all);
        this.draw();
      },
    });
    this.job = job;
    this.cells = job.cells;
    this.cancelButton.disabled = false;
    this.showWhat();
    this.showLegend();
    this.draw();
    try {
      const cells = await job.done;
      if (this.job !== job) return null;
      this.cancelButton.disabled = true;
      if (!cells) {
        this.status.textContent = this.w.cancelled;
        return null;
      }
      this.filled.fill(1);
      this.status.textContent = this.w.done(total);
      this.draw();
      const values = (a: Axis) => Array.from({ length: a.count }, (_, k) => axisValue(a, k));
      return {
        request,
        values: { x: values(request.x), y: values(request.y) },
        outcome: Array.from(cells.outcome, (o) => OUTCOMES[o as 0 | 1 | 2]),
        steps: Array.from(cells.steps),
        loss: Array.from(cells.loss, (l) => (Number.isFinite(l) ? l : null)),
        limit: this.limit,
      };
    } catch (e) {
      if (this.job === job) this.status.textContent = this.w.failed(this.failure(e));
      return null;
    }
  }

  cancel(): void {
    this.job?.cancel();
  }

  /** Refreshes what depends on the scene (the current cell, a stale note); called on still frames. */
  update(): void {
    if (!this.root.open || !this.request) return;
    this.limitNote.textContent = this.key !== sceneKey(this.app.getState(), this.app.start(), this.request) ? this.w.stale : this.limitText();
    this.draw();
  }

  private limitText(): string {
    const l = this.limit;
    if (!l) return this.request?.target === 'surface' ? this.w.noLimit : '';
    const lambda = this.format(l.lambdaMax);
    return l.rule === 'gd' ? this.w.limitGd(lambda) : l.rule === 'heavyBall' ? this.w.limitHeavyBall(lambda) : this.w.limitNesterov(lambda);
  }

  private showWhat(): void {
    const r = this.request!;
    const state = this.app.getState();
    // The network's cells are read by their loss alone, so neither a budget nor a tolerance applies.
    this.budgetField.hidden = r.target === 'network';
    this.tolField.hidden = r.target === 'network';
    const surfaceName = this.surfaceNames[state.surface] ?? state.surface;
    const ignored =
      r.target === 'surface' ? state.noise > 0 || state.optimizers[r.optimizer].schedule !== null : state.experiment.optimizers[r.optimizer].schedule !== null;
    this.what.textContent = [
      r.target === 'network' ? this.w.onNetwork(state.experiment.epochs, state.experiment.batchSize) : this.w.onSurface(surfaceName),
      ignored ? this.w.ignored : '',
    ]
      .filter(Boolean)
      .join(' ');
    this.canvas.setAttribute('aria-label', this.w.figure(r.x.key, r.y.key));
  }

  private showLegend(): void {
    const w = this.w;
    const network = this.request!.target === 'network';
    const items: [string, string][] = [
      [`linear-gradient(90deg, ${RAMP.join(', ')})`, network ? `${w.lowLoss} → ${w.highLoss}` : `${w.fewSteps} → ${w.manySteps}`],
      ...(network ? [] : ([[NOT_REACHED_COLOR, w.notReached]] as [string, string][])),
      [DIVERGED_COLOR, w.diverged],
      ['transparent', w.current],
    ];
    this.legend.replaceChildren(
      ...items.map(([swatch, text], k) => {
        const li = document.createElement('li');
        const box = node('span', li, `explore-swatch${k === items.length - 1 ? ' explore-swatch-current' : ''}`);
        box.style.background = swatch;
        node('span', li).textContent = text;
        return li;
      }),
    );
    this.limitNote.textContent = this.limitText();
  }

  /** The cell of the current settings, if they lie on the map. */
  private currentCell(): number {
    const r = this.request!;
    const params = paramsOf(this.app.getState(), r.target, r.optimizer);
    const vx = axisValueOf(params, r.x.key);
    const vy = axisValueOf(params, r.y.key);
    const inside = (a: Axis, v: number) => v >= Math.min(a.from, a.to) && v <= Math.max(a.from, a.to);
    return inside(r.x, vx) && inside(r.y, vy) ? axisCell(r.y, vy) * r.x.count + axisCell(r.x, vx) : -1;
  }

  private draw(): void {
    const r = this.request;
    const ctx = this.canvas.getContext('2d');
    if (!r || !this.cells || !ctx || !this.root.open) return;
    const size = fitCanvas(this.canvas, this.host, ctx);
    if (!size) return;
    const f = this.format;
    const shading = shadingOf(this.cells, r.target === 'network' ? 'loss' : 'steps', r.steps);
    drawHypermap(ctx, size.w, size.h, {
      cells: this.cells,
      filled: this.filled,
      x: r.x,
      y: r.y,
      shading,
      limit: this.limit,
      current: this.currentCell(),
      chosen: this.chosen,
      format: (v) => f(v),
    });
  }

  private cellUnder(e: MouseEvent): number {
    const r = this.request;
    if (!r) return -1;
    const box = this.canvas.getBoundingClientRect();
    return cellAt(box.width, box.height, r.x, r.y, e.clientX - box.left, e.clientY - box.top);
  }

  /** Reads out a cell's numbers and marks it. */
  private choose(c: number): void {
    const r = this.request;
    if (!r || !this.cells || c < 0) return;
    this.chosen = c;
    this.readout.textContent = hypermapReadout(this.w, r, this.cells, this.filled[c] === 1, c, this.format);
    this.draw();
  }

  /** The cell's settings into the race (which restarts and plays) or into the experiment panel (which retrains). */
  apply(c: number): void {
    const r = this.request;
    if (!r || c < 0) return;
    const [vx, vy] = cellValues(r.x, r.y, c);
    const state = this.app.getState();
    const params = withAxisValue(withAxisValue(paramsOf(state, r.target, r.optimizer), r.x.key, vx), r.y.key, vy);
    const setting = { [r.optimizer]: { enabled: true, params } };
    this.app.setState(r.target === 'network' ? { experiment: { optimizers: setting } } : { optimizers: setting, running: true });
    if (r.target === 'surface') this.app.reset();
    this.choose(c);
    const f = this.format;
    const text = [`${r.x.key} = ${f(vx)}`, `${r.y.key} = ${f(vy)}`] as const;
    this.status.textContent = r.target === 'network' ? this.w.appliedNetwork(...text) : this.w.applied(...text);
  }

  /** From the cell read out, else the current settings' cell, by whole cells within the map. */
  private moveChosen(right: number, up: number): void {
    const r = this.request;
    if (!r) return;
    const from = this.chosen >= 0 ? this.chosen : Math.max(0, this.currentCell());
    const i = Math.min(r.x.count - 1, Math.max(0, (from % r.x.count) + right));
    const j = Math.min(r.y.count - 1, Math.max(0, Math.floor(from / r.x.count) + up));
    this.choose(j * r.x.count + i);
  }

  destroy(): void {
    this.job?.cancel();
  }
}
