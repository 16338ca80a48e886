import { minibatchFan } from '../../core/mlp/minibatchFan.ts';
import { isNetworkSurface, networkPlane, type NetworkPlane } from '../../core/mlp/networkSurface.ts';
import type { Lang } from '../../i18n/Lang.ts';
import type { Words } from '../../i18n/words.ts';
import { networkOptions, surfaceKey } from '../../state/surfaceOf.ts';
import { fitCanvas } from '../fitCanvas.ts';
import { instrumentNumber } from '../instrumentNumber.ts';
import { exploreTool, field, node } from './dom.ts';
import type { ExploreHost } from './HypermapPanel.ts';
import { openNested, shown } from '../nestedSections.ts';

/** What `slopes.minibatchNoise()` may set; the rest comes from the panel's controls. */
export interface MinibatchOptions {
  optimizer?: string;
  batchSize?: number;
  seed?: number;
}

export interface MinibatchResult {
  optimizer: string;
  at: [number, number];
  batchSize: number;
  /** Points in the data. */
  points: number;
  full: [number, number];
  /** Each minibatch's gradient [∂a, ∂b], in the epoch's order. */
  batches: [number, number][];
  sizes: number[];
  spread: number;
  /** The spread at each batch size of the table, the chosen one among them. */
  spreads: { batchSize: number; spread: number }[];
}

/** Batch sizes the table compares besides the chosen one and all the data: one point, a few, the tutorial's 32, many. */
const TABLE_SIZES = [1, 8, 32, 128];
const INK = '#1d2230';

/**
 * Minibatch noise from the data: at an optimizer's first ball on a network surface, the full-data
 * gradient and every minibatch gradient of one shuffled epoch, drawn as a fan of arrows, with the
 * spread in numbers for several batch sizes. Recomputed on still frames while open, when the ball moved.
 */
export class MinibatchPanel {
  readonly root: HTMLDetailsElement;
  private readonly w: Words['explore'];
  private readonly names: Record<string, string>;
  private readonly format: (v: number | null) => string;
  private readonly ball: HTMLSelectElement;
  private readonly batch: HTMLInputElement;
  private readonly seed: HTMLInputElement;
  private readonly note: HTMLParagraphElement;
  private readonly body: HTMLDivElement;
  private readonly host: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly lines: HTMLParagraphElement;
  private readonly rows: HTMLTableSectionElement;
  private plane: { key: string; plane: NetworkPlane } | null = null;
  private shown = '';
  private last: MinibatchResult | null = null;

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
    this.root = exploreTool(parent, 'minibatch', w.noise, w.noiseIntro);
    this.note = node('p', this.root, 'instrument-note');
    this.body = node('div', this.root);
    this.ball = field(this.body, w.ball, 'select', 'minibatch-optimizer');
    this.batch = field(this.body, w.batchSize, 'input', 'minibatch-size');
    this.seed = field(this.body, w.seed, 'input', 'minibatch-seed');
    Object.assign(this.batch, { type: 'number', min: '1', max: '1000', step: '1', value: '32' });
    Object.assign(this.seed, { type: 'number', min: '0', step: '1', value: '1' });
    this.host = node('div', this.body, 'minibatch-host');
    this.canvas = node('canvas', this.host);
    this.canvas.setAttribute('role', 'img');
    this.canvas.dataset.role = 'minibatch-canvas';
    node('p', this.body, 'instrument-note').textContent = w.noiseOnMap;
    this.lines = node('p', this.body, 'instrument-note');
    this.lines.dataset.role = 'minibatch-numbers';
    const table = node('table', this.body, 'instrument-table');
    table.dataset.role = 'minibatch-table';
    node('caption', table).textContent = w.spreadTable;
    const head = node('tr', node('thead', table));
    for (const text of [w.batchSize, w.batchesColumn, w.spreadColumn]) {
      const th = node('th', head);
      th.scope = 'col';
      th.textContent = text;
    }
    this.rows = node('tbody', table);
    for (const c of [this.ball, this.batch, this.seed]) c.addEventListener('change', () => this.refresh(true));
    this.root.addEventListener('toggle', () => this.refresh(true));
  }

  /** Opens the panel and shows the fan for these options: what `slopes.minibatchNoise()` returns. */
  open(options: MinibatchOptions = {}): MinibatchResult | null {
    openNested(this.root);
    this.last = this.measure(options);
    this.refresh(true);
    return this.last;
  }

  /** Turns the fan to the ball selected on the map or in the legend. */
  follow(optimizer: string | null): void {
    this.syncBalls();
    if (optimizer && [...this.ball.options].some((o) => o.value === optimizer)) this.ball.value = optimizer;
    this.refresh(true);
  }

  /** The fan the map draws at the ball: the last one measured, while this section is shown on a network surface. */
  onMap(): MinibatchResult | null {
    if (!this.last || this.body.hidden) return null;
    if (!shown(this.root)) return null;
    return this.last;
  }

  /** Called on still frames: follows the ball while open. */
  update(): void {
    this.refresh(false);
  }

  private refresh(force: boolean): void {
    if (!this.root.open) return;
    this.syncBalls();
    const state = this.app.getState();
    const network = isNetworkSurface(state.surface);
    this.note.textContent = network ? '' : this.w.noiseOnlyNetwork;
    this.body.hidden = !network;
    if (!network) return;
    const at = this.app.ball(this.ball.value);
    const key = JSON.stringify([surfaceKey(state), at, this.ball.value, this.batch.value, this.seed.value]);
    if (!force && key === this.shown) return;
    this.shown = key;
    this.last = null;
    try {
      this.last = this.measure({});
    } catch (e) {
      this.lines.textContent = (e as Error).message;
    }
    this.show();
  }

  private syncBalls(): void {
    const { optimizers } = this.app.getState();
    const ids = Object.keys(optimizers).filter((id) => optimizers[id].enabled);
    if (ids.join() === [...this.ball.options].map((o) => o.value).join()) return;
    const keep = this.ball.value;
    this.ball.replaceChildren(...ids.map((id) => new Option(this.names[id] ?? id, id)));
    this.ball.value = ids.includes(keep) ? keep : (ids[0] ?? '');
  }

  /** The fan at the chosen ball (options override the controls); null off the network surfaces or without a ball. */
  measure(options: MinibatchOptions): MinibatchResult | null {
    if (options.optimizer !== undefined || options.batchSize !== undefined || options.seed !== undefined) {
      this.syncBalls();
      if (options.optimizer !== undefined) this.ball.value = options.optimizer;
      if (options.batchSize !== undefined) this.batch.value = String(options.batchSize);
      if (options.seed !== undefined) this.seed.value = String(options.seed);
    }
    const state = this.app.getState();
    const id = this.ball.value;
    const at = this.app.ball(id);
    if (!isNetworkSurface(state.surface) || !at) return null;
    const key = surfaceKey(state);
    if (this.plane?.key !== key) this.plane = { key, plane: networkPlane(state.surface, networkOptions(state)) };
    const plane = this.plane.plane;
    // Typed values are brought into range, as the number fields' own min and max say.
    const batchSize = Math.min(plane.x.length, Math.max(1, Math.round(Number(this.batch.value)) || 1));
    const seed = Math.max(0, Math.round(Number(this.seed.value)) || 0);
    const fan = minibatchFan(plane, at[0], at[1], batchSize, seed);
    const sizes = [...new Set([...TABLE_SIZES.filter((s) => s <= plane.x.length), plane.x.length, batchSize])].sort((a, b) => a - b);
    const batches: [number, number][] = [];
    for (let k = 0; k < fan.sizes.length; k++) batches.push([fan.batches[2 * k], fan.batches[2 * k + 1]]);
    return {
      optimizer: id,
      at: [at[0], at[1]],
      batchSize,
      points: plane.x.length,
      full: [fan.full[0], fan.full[1]],
      batches,
      sizes: Array.from(fan.sizes),
      spread: fan.spread,
      spreads: sizes.map((s) => ({ batchSize: s, spread: s === batchSize ? fan.spread : minibatchFan(plane, at[0], at[1], s, seed).spread })),
    };
  }

  private show(): void {
    const r = this.last;
    const f = this.format;
    if (!r) {
      this.rows.replaceChildren();
      return;
    }
    const norm = Math.hypot(r.full[0], r.full[1]);
    this.lines.textContent = [
      this.w.noiseAt(f(r.at[0]), f(r.at[1])),
      this.w.fullGradient(f(r.full[0]), f(r.full[1]), f(norm)),
      this.w.spreadLine(r.batches.length, f(r.spread), f(norm > 0 ? r.spread / norm : null)),
    ].join(' ');
    this.canvas.setAttribute('aria-label', this.w.noiseFigure(r.batches.length, r.batchSize));
    this.rows.replaceChildren(
      ...r.spreads.map(({ batchSize, spread }) => {
        const tr = document.createElement('tr');
        if (batchSize === r.batchSize) tr.className = 'minibatch-chosen';
        const th = node('th', tr);
        th.scope = 'row';
        th.textContent = String(batchSize);
        node('td', tr).textContent = String(Math.ceil(r.points / batchSize));
        node('td', tr).textContent = f(spread);
        return tr;
      }),
    );
    this.draw(r);
  }

  /** Arrows from the centre at one scale: the longest fits the canvas, so the fan's width reads at a glance. */
  private draw(r: MinibatchResult): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const size = fitCanvas(this.canvas, this.host, ctx);
    if (!size) return;
    const cx = size.w / 2;
    const cy = size.h / 2;
    const longest = Math.max(Math.hypot(r.full[0], r.full[1]), ...r.batches.map(([a, b]) => Math.hypot(a, b)), 1e-300);
    const scale = (0.45 * Math.min(size.w, size.h)) / longest;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.w, size.h);
    ctx.strokeStyle = '#d9dde5';
    ctx.beginPath();
    ctx.moveTo(0, cy);
    ctx.lineTo(size.w, cy);
    ctx.moveTo(cx, 0);
    ctx.lineTo(cx, size.h);
    ctx.stroke();
    const arrow = (a: number, b: number, color: string, width: number) => {
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(cx, cy);
      ctx.lineTo(cx + a * scale, cy - b * scale);
      ctx.stroke();
    };
    for (const [a, b] of r.batches) arrow(a, b, 'rgba(0, 114, 178, 0.35)', 1);
    arrow(r.full[0], r.full[1], '#ffffff', 6);
    arrow(r.full[0], r.full[1], INK, 3);
  }
}
