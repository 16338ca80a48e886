import { scaleLinear } from 'd3-scale';
import { canvasFont } from '../../i18n/fontStack.ts';
import { DIVERGED, NOT_REACHED, type HypermapCells } from '../../sim/hypermap.ts';
import { axisValue, type Axis } from '../../sim/hypermapAxes.ts';
import type { LimitLine } from '../../sim/hypermapLimits.ts';

/** A ramp light to dark (viridis' ends and middle): few steps or low loss light, many or high dark. */
export const RAMP = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'] as const;
export const NOT_REACHED_COLOR = '#c9ced8';
export const DIVERGED_COLOR = '#d55e00';
const INK = '#1d2230';

/** Room for the tick labels left and below, in CSS pixels. */
export const MARGIN = { left: 56, right: 10, top: 8, bottom: 36 } as const;

export interface PlotRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function plotRect(w: number, h: number): PlotRect {
  return { x: MARGIN.left, y: MARGIN.top, w: Math.max(1, w - MARGIN.left - MARGIN.right), h: Math.max(1, h - MARGIN.top - MARGIN.bottom) };
}

function hexRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

/** The ramp's colour at t in [0, 1]. */
export function rampColor(t: number): string {
  const u = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const k = Math.min(RAMP.length - 2, Math.floor(u));
  const [a, b] = [hexRgb(RAMP[k]), hexRgb(RAMP[k + 1])];
  const f = u - k;
  return `rgb(${a.map((c, i) => Math.round(c + f * (b[i] - c))).join(',')})`;
}

/** Where a value sits along an axis, 0 at its start and 1 at its end. */
export function axisFraction(axis: Axis, v: number): number {
  return axis.log ? (Math.log10(v) - Math.log10(axis.from)) / (Math.log10(axis.to) - Math.log10(axis.from)) : (v - axis.from) / (axis.to - axis.from);
}

/** What colours a cell: its steps on a surface, its final loss (log) when training the network. */
export interface Shading {
  readonly by: 'steps' | 'loss';
  readonly lo: number;
  readonly hi: number;
}

/** How far above the lowest loss the ramp reaches. */
const LOSS_DECADES = 1e3;

export function shadingOf(cells: HypermapCells, by: Shading['by'], budget: number): Shading {
  if (by === 'steps') return { by, lo: 0, hi: Math.max(1, budget) };
  let lo = Infinity;
  let hi = -Infinity;
  cells.loss.forEach((l, c) => {
    if (cells.outcome[c] !== DIVERGED && l > 0 && Number.isFinite(l)) {
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
  });
  // Runs near divergence end with losses decades above the rest; three decades keep the converging runs apart, and anything higher is darkest.
  return lo <= hi ? { by, lo, hi: Math.min(Math.max(hi, lo * 1.0001), lo * LOSS_DECADES) } : { by, lo: 1e-3, hi: 1 };
}

function shade(cells: HypermapCells, c: number, s: Shading): number {
  if (s.by === 'steps') return Math.log1p(cells.steps[c]) / Math.log1p(s.hi);
  return (Math.log(cells.loss[c]) - Math.log(s.lo)) / (Math.log(s.hi) - Math.log(s.lo));
}

export interface HypermapPicture {
  readonly cells: HypermapCells;
  /** Cells computed so far (the rest are drawn blank). */
  readonly filled: Uint8Array;
  readonly x: Axis;
  readonly y: Axis;
  readonly shading: Shading;
  readonly limit: LimitLine | null;
  /** The cell of the current settings, and the one pointed at or chosen by key; −1 for none. */
  readonly current: number;
  readonly chosen: number;
  readonly format: (v: number) => string;
}

/** Decades on a log axis (d3's log ticks would label every digit), round numbers on a linear one. */
function ticks(axis: Axis): number[] {
  if (!axis.log) return scaleLinear().domain([axis.from, axis.to]).ticks(5);
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(axis.from) - 1e-9); e <= Math.floor(Math.log10(axis.to) + 1e-9); e++) out.push(10 ** e);
  return out;
}

function outline(ctx: CanvasRenderingContext2D, r: PlotRect, cols: number, rows: number, c: number, dash: number[]): void {
  const i = c % cols;
  const j = (c - i) / cols;
  const cw = r.w / cols;
  const ch = r.h / rows;
  ctx.setLineDash(dash);
  for (const [color, width] of [
    ['#ffffff', 4],
    [INK, 2],
  ] as const) {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.strokeRect(r.x + i * cw + 1, r.y + r.h - (j + 1) * ch + 1, cw - 2, ch - 2);
  }
  ctx.setLineDash([]);
}

/**
 * Draws the map into a context sized w × h CSS pixels: the cells (a diagonal stroke marks "not
 * reached" and a cross "diverged", so colour is never the only cue), the limit line, the current
 * and chosen cells, and the axes with their code names.
 */
export function drawHypermap(ctx: CanvasRenderingContext2D, w: number, h: number, p: HypermapPicture): void {
  const r = plotRect(w, h);
  const { cells, x, y } = p;
  const cw = r.w / x.count;
  const ch = r.h / y.count;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(r.x, r.y, r.w, r.h);
  for (let c = 0; c < x.count * y.count; c++) {
    if (!p.filled[c]) continue;
    const i = c % x.count;
    const j = (c - i) / x.count;
    const left = r.x + i * cw;
    const top = r.y + r.h - (j + 1) * ch;
    const outcome = cells.outcome[c];
    const unreached = outcome === NOT_REACHED && p.shading.by === 'steps';
    ctx.fillStyle = outcome === DIVERGED ? DIVERGED_COLOR : unreached ? NOT_REACHED_COLOR : rampColor(shade(cells, c, p.shading));
    ctx.fillRect(left, top, Math.ceil(cw), Math.ceil(ch));
    if (outcome === DIVERGED || unreached) {
      ctx.strokeStyle = outcome === DIVERGED ? '#ffffff' : '#5b6475';
      ctx.lineWidth = 1;
      ctx.beginPath();
      const m = Math.min(cw, ch) * 0.25;
      ctx.moveTo(left + m, top + ch - m);
      ctx.lineTo(left + cw - m, top + m);
      if (outcome === DIVERGED) {
        ctx.moveTo(left + m, top + m);
        ctx.lineTo(left + cw - m, top + ch - m);
      }
      ctx.stroke();
    }
  }
  if (p.limit) {
    ctx.beginPath();
    p.limit.points.forEach(([lr, v], k) => {
      const px = r.x + axisFraction(x, lr) * r.w;
      const py = r.y + r.h - axisFraction(y, v) * r.h;
      if (k === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.save();
    ctx.rect(r.x, r.y, r.w, r.h);
    ctx.clip();
    for (const [color, width, dash] of [
      ['#ffffff', 5, []],
      [INK, 2.5, [6, 4]],
    ] as const) {
      ctx.setLineDash(dash);
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.stroke();
    }
    ctx.restore();
    ctx.setLineDash([]);
  }
  if (p.current >= 0) outline(ctx, r, x.count, y.count, p.current, []);
  if (p.chosen >= 0 && p.chosen !== p.current) outline(ctx, r, x.count, y.count, p.chosen, [3, 2]);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = INK;
  ctx.font = canvasFont(11);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of ticks(x)) ctx.fillText(p.format(v), r.x + axisFraction(x, v) * r.w, r.y + r.h + 4);
  ctx.fillText(x.key, r.x + r.w / 2, r.y + r.h + 20);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of ticks(y)) ctx.fillText(p.format(v), r.x - 4, r.y + r.h - axisFraction(y, v) * r.h);
  ctx.save();
  ctx.translate(8, r.y + r.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.fillText(y.key, 0, 0);
  ctx.restore();
}

/** The cell under a point of the canvas (CSS pixels), or −1 outside the plot. */
export function cellAt(w: number, h: number, x: Axis, y: Axis, px: number, py: number): number {
  const r = plotRect(w, h);
  const i = Math.floor(((px - r.x) / r.w) * x.count);
  const j = Math.floor(((r.y + r.h - py) / r.h) * y.count);
  return i >= 0 && i < x.count && j >= 0 && j < y.count ? j * x.count + i : -1;
}

/** The values of a cell's two numbers. */
export function cellValues(x: Axis, y: Axis, c: number): [number, number] {
  const i = c % x.count;
  return [axisValue(x, i), axisValue(y, (c - i) / x.count)];
}
