import { fullLoss } from '../../core/mlp/network.ts';
import { networkPlane, type NetworkPlane } from '../../core/mlp/networkSurface.ts';
import { wholeNetworkRun } from '../../core/mlp/wholeNetworkRun.ts';
import { WholeNetworkRunner } from '../../core/mlp/WholeNetworkRunner.ts';
import { optimizerById } from '../../core/optimizers/registry.ts';
import { runTrace } from '../../core/trace.ts';
import type { Lang } from '../../i18n/Lang.ts';
import type { Words } from '../../i18n/words.ts';
import type { WholeShadow } from '../../render/WholePathLayer.ts';
import { MAX_SCENE_STEPS } from '../../sim/claimsSchema.ts';
import type { AppState } from '../../state/AppState.ts';
import { networkOptions, surfaceKey } from '../../state/surfaceOf.ts';
import { fitCanvas } from '../fitCanvas.ts';
import { instrumentNumber } from '../instrumentNumber.ts';
import { exploreTool, field, node } from './dom.ts';
import type { ExploreHost } from './HypermapPanel.ts';
import { openNested, shown } from '../nestedSections.ts';

export interface SliceOptions {
  optimizer?: string;
  steps?: number;
}

/** The slice's ball and the whole network from the same start, update by update. */
export interface SliceResult {
  optimizer: string;
  steps: number;
  /** The ball's path on the slice: [a, b] per update, the start first. */
  slice: [number, number][];
  /** The 61 weights' projection on the slice, the same way. */
  whole: [number, number][];
  /** How far the 59 frozen weights have moved, per update. */
  drift: number[];
  /** The frozen weights' own size at the start, which the drift is judged against. */
  frozenSize: number;
  /** Whether the drift has passed a hundredth of that size: the projection is then no path on the slice. */
  warning: boolean;
  loss: { slice: number; whole: number };
  /** The whole network in the race on the map, at the step its dashed path was last drawn to; null while not drawn. */
  live: LiveSlice | null;
}

/** The whole network beside the ball in the race, at one step. */
export interface LiveSlice {
  step: number;
  /** Its projection on the slice: the dashed path's end. */
  point: [number, number];
  drift: number;
  warning: boolean;
}

/** A drift past this share of the frozen weights' size makes the projected path misleading. */
const WARN_SHARE = 0.01;
/** The live numbers are written at most this often: read, not flickering. */
const LIVE_MS = 250;

/**
 * The slice, honestly: on "mlp-slice", beside the balls that train two weights, the same optimizer
 * training all 61 from the same start, its path projected on the slice and the drift of the 59
 * frozen weights in a number and a warning.
 */
export class SlicePanel {
  readonly root: HTMLDetailsElement;
  private readonly w: Words['explore'];
  private readonly names: Record<string, string>;
  private readonly format: (v: number | null) => string;
  private readonly note: HTMLParagraphElement;
  private readonly body: HTMLDivElement;
  private readonly all: HTMLInputElement;
  private readonly ball: HTMLSelectElement;
  private readonly steps: HTMLInputElement;
  private readonly host: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly lines: HTMLParagraphElement;
  private readonly warning: HTMLParagraphElement;
  private readonly live: HTMLParagraphElement;
  private plane: { key: string; plane: NetworkPlane; frozenSize: number } | null = null;
  private shown = '';
  /** The whole network racing beside the ball, and the settings it was started from. */
  private race: { key: string; shadow: WholeShadow; frozenSize: number } | null = null;
  /** The state the race was last checked against: a new one may have moved the start or the settings. */
  private raceState: AppState | null = null;
  /** The step of the dashed path on the map, followed into the live numbers. */
  private raceStep: number | null = null;
  private liveWritten = -Infinity;
  private liveTimer: ReturnType<typeof setTimeout> | null = null;
  private last: SliceResult | null = null;

  constructor(
    parent: HTMLElement,
    private readonly app: ExploreHost,
    words: Words,
    lang: Lang,
  ) {
    this.w = words.explore;
    this.names = words.declarations.optimizerNames;
    this.format = instrumentNumber(lang);
    const w = this.w;
    this.root = exploreTool(parent, 'slice-honest', w.slice, w.sliceIntro);
    this.note = node('p', this.root, 'instrument-note');
    this.body = node('div', this.root);
    this.all = field(this.body, w.trainAll, 'input', 'slice-all');
    this.all.type = 'checkbox';
    this.ball = field(this.body, w.ball, 'select', 'slice-optimizer');
    this.steps = field(this.body, w.steps, 'input', 'slice-steps');
    Object.assign(this.steps, { type: 'number', min: '1', max: '5000', step: '1', value: '200' });
    this.host = node('div', this.body, 'minibatch-host');
    this.canvas = node('canvas', this.host);
    this.canvas.setAttribute('role', 'img');
    node('p', this.body, 'instrument-note').textContent = w.sliceLegend;
    node('p', this.body, 'instrument-note').textContent = w.sliceOnMap;
    this.live = node('p', this.body, 'instrument-note');
    this.live.dataset.role = 'slice-live';
    this.lines = node('p', this.body, 'instrument-note');
    this.lines.dataset.role = 'slice-numbers';
    this.warning = node('p', this.body, 'instrument-note slice-warning');
    this.warning.dataset.role = 'slice-warning';
    this.warning.setAttribute('role', 'status');
    const changed = () => {
      this.raceState = null;
      this.refresh(true);
    };
    for (const c of [this.all, this.ball, this.steps]) c.addEventListener('change', changed);
    this.root.addEventListener('toggle', changed);
  }

  update(): void {
    this.refresh(false);
  }

  /**
   * The whole network to draw on the map beside the chosen optimizer's ball, while the mode is on
   * and the panel open on "mlp-slice"; started again from the start whenever the start, the surface,
   * the optimizer or its settings change. Asked every frame: it compares the state by identity.
   */
  shadow(): WholeShadow | null {
    if (!shown(this.root)) return null;
    const state = this.app.getState();
    if (state !== this.raceState) this.syncRace(state);
    return this.race?.shadow ?? null;
  }

  /** The race's step the map drew the whole network to (null: not drawn): the live numbers follow it, a few times a second. */
  follow(step: number | null): void {
    if (step === this.raceStep) return;
    this.raceStep = step;
    if (this.liveTimer !== null) return;
    const wait = this.liveWritten + LIVE_MS - performance.now();
    if (wait <= 0) this.showLive();
    else
      this.liveTimer = setTimeout(() => {
        this.liveTimer = null;
        this.showLive();
      }, wait);
  }

  destroy(): void {
    if (this.liveTimer !== null) clearTimeout(this.liveTimer);
  }

  /** Opens the panel in its second mode and compares the two runs: what `slopes.sliceDrift()` returns. */
  open(options: SliceOptions = {}): SliceResult | null {
    openNested(this.root);
    this.all.checked = true;
    this.syncBalls();
    if (options.optimizer !== undefined) this.ball.value = options.optimizer;
    if (options.steps !== undefined) this.steps.value = String(options.steps);
    this.raceState = null;
    this.shadow();
    const result = this.refresh(true);
    return result && { ...result, live: this.liveState() };
  }

  private syncRace(state: AppState): void {
    this.raceState = state;
    this.syncBalls();
    const id = this.ball.value;
    const optimizer = optimizerById(id);
    if (state.surface !== 'mlp-slice' || !this.all.checked || !optimizer || !state.optimizers[id]) {
      this.race = null;
      return;
    }
    const params = state.optimizers[id].params;
    const start = this.app.start();
    const key = JSON.stringify([surfaceKey(state), start, id, params]);
    if (this.race?.key === key) return;
    const { plane, frozenSize } = this.planeOf(state);
    // The longest scene a preset plays: a longer race shows its whole network that far.
    const runner = new WholeNetworkRunner(plane, start, optimizer, params, MAX_SCENE_STEPS);
    this.race = { key, shadow: { optimizer: id, runner }, frozenSize };
    this.raceStep = null;
  }

  /** The whole network in the race at the step last drawn, or null. */
  private liveState(): LiveSlice | null {
    const race = this.race;
    const step = this.raceStep;
    if (!race || step === null || step > race.shadow.runner.step) return null;
    const { path, drift } = race.shadow.runner;
    return { step, point: [path[2 * step], path[2 * step + 1]], drift: drift[step], warning: drift[step] > WARN_SHARE * race.frozenSize };
  }

  /** The live drift and the warning it calls for; with no race drawn, the warning of the run below. */
  private showLive(): void {
    this.liveWritten = performance.now();
    const live = this.liveState();
    const f = this.format;
    const race = this.race;
    const id = race?.shadow.optimizer ?? '';
    this.live.textContent = live && race ? this.w.liveDrift(this.names[id] ?? id, live.step, f(live.drift), f((100 * live.drift) / race.frozenSize)) : '';
    this.showWarning(live?.warning ?? this.last?.warning ?? false);
  }

  private showWarning(on: boolean): void {
    const text = on ? this.w.driftWarning : this.w.driftSmall;
    // A status region speaks each change: the same words written again as the race goes on are no news.
    if (this.warning.textContent !== text) this.warning.textContent = text;
    this.warning.classList.toggle('slice-warning-on', on);
  }

  private planeOf(state: AppState): { plane: NetworkPlane; frozenSize: number } {
    const key = surfaceKey(state);
    if (this.plane?.key !== key) {
      const plane = networkPlane(state.surface, networkOptions(state));
      let frozen = 0;
      for (let i = 0; i < plane.origin.length; i++) frozen += plane.origin[i] ** 2;
      this.plane = { key, plane, frozenSize: Math.sqrt(frozen) };
    }
    return this.plane;
  }

  private syncBalls(): void {
    const { optimizers } = this.app.getState();
    const ids = Object.keys(optimizers).filter((id) => optimizers[id].enabled);
    if (ids.join() === [...this.ball.options].map((o) => o.value).join()) return;
    const keep = this.ball.value;
    this.ball.replaceChildren(...ids.map((id) => new Option(this.names[id] ?? id, id)));
    this.ball.value = ids.includes(keep) ? keep : (ids[0] ?? '');
  }

  private refresh(force: boolean): SliceResult | null {
    if (!this.root.open) return null;
    this.syncBalls();
    const state = this.app.getState();
    const onSlice = state.surface === 'mlp-slice';
    this.note.textContent = onSlice ? '' : this.w.sliceOnly;
    this.body.hidden = !onSlice;
    const key = JSON.stringify([surfaceKey(state), this.app.start(), this.all.checked, this.ball.value, this.steps.value, state.optimizers[this.ball.value]?.params]);
    if (!onSlice || !this.all.checked || (!force && key === this.shown)) return null;
    this.shown = key;
    this.last = this.compare();
    if (this.last) this.show(this.last);
    return this.last;
  }

  private compare(): SliceResult | null {
    const state = this.app.getState();
    const id = this.ball.value;
    const optimizer = optimizerById(id);
    if (!optimizer) return null;
    const { plane, frozenSize } = this.planeOf(state);
    const steps = Math.min(5000, Math.max(1, Math.round(Number(this.steps.value)) || 1));
    const params = state.optimizers[id].params;
    const start = this.app.start();
    const whole = wholeNetworkRun(plane, start, optimizer, params, steps);
    const slice = runTrace(this.app.surface(), optimizer, params, start, steps);
    const drift = Array.from(whole.drift);
    const [a, b] = slice[steps];
    const at = Float64Array.from(plane.origin, (v, i) => v + a * plane.d1[i] + b * plane.d2[i]);
    return {
      optimizer: id,
      steps,
      slice: slice.map((p) => [p[0], p[1]]),
      whole: Array.from({ length: steps + 1 }, (_, k) => [whole.path[2 * k], whole.path[2 * k + 1]]),
      drift,
      frozenSize,
      warning: drift[steps] > WARN_SHARE * frozenSize,
      loss: { slice: fullLoss(at, plane.x, plane.y), whole: whole.loss[steps] },
      live: null,
    };
  }

  private show(r: SliceResult): void {
    const f = this.format;
    const end = r.drift[r.steps];
    this.lines.textContent = [this.w.driftLine(r.steps, f(end), f((100 * end) / r.frozenSize)), this.w.sliceLosses(f(r.loss.slice), f(r.loss.whole))].join(' ');
    this.showWarning(this.liveState()?.warning ?? r.warning);
    this.canvas.setAttribute('aria-label', this.w.sliceFigure(r.steps));
    this.draw(r);
  }

  /** Both paths at one scale, framed around them: a short run is still seen. */
  private draw(r: SliceResult): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const size = fitCanvas(this.canvas, this.host, ctx);
    if (!size) return;
    const points = [...r.slice, ...r.whole];
    const lo = [0, 1].map((k) => Math.min(...points.map((p) => p[k])));
    const hi = [0, 1].map((k) => Math.max(...points.map((p) => p[k])));
    const extent = Math.max(hi[0] - lo[0], hi[1] - lo[1], 1e-9) * 1.2;
    const scale = Math.min(size.w, size.h) / extent;
    const sx = (a: number) => size.w / 2 + (a - (lo[0] + hi[0]) / 2) * scale;
    const sy = (b: number) => size.h / 2 - (b - (lo[1] + hi[1]) / 2) * scale;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.w, size.h);
    const line = (path: [number, number][], color: string, dash: number[]) => {
      ctx.setLineDash(dash);
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.beginPath();
      path.forEach(([a, b], k) => (k === 0 ? ctx.moveTo(sx(a), sy(b)) : ctx.lineTo(sx(a), sy(b))));
      ctx.stroke();
      ctx.setLineDash([]);
    };
    line(r.slice, '#0072b2', []);
    line(r.whole, '#d55e00', [6, 4]);
    ctx.fillStyle = '#1d2230';
    ctx.beginPath();
    ctx.arc(sx(r.slice[0][0]), sy(r.slice[0][1]), 4, 0, 2 * Math.PI);
    ctx.fill();
  }
}
