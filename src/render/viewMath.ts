import type { View } from '../core/surfaces/Surface.ts';

/** The plot rectangle on the canvas, in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** World → screen as plain numbers: sx = ax·x + bx, sy = ay·y + by (ay < 0: y grows upwards). */
export interface Affine {
  ax: number;
  bx: number;
  ay: number;
  by: number;
}

/** Narrowest and widest span a zoom can reach, so a view stays a valid, finite rectangle. */
const MIN_SPAN = 1e-6;
const MAX_SPAN = 1e6;

/** The view's x and y ranges fill the plot rectangle; the aspect ratio is free. */
export function plotAffine(view: View, rect: Rect, out: Affine = { ax: 1, bx: 0, ay: -1, by: 0 }): Affine {
  const [x0, x1] = view.x;
  const [y0, y1] = view.y;
  out.ax = rect.width / (x1 - x0);
  out.bx = rect.x - out.ax * x0;
  out.ay = -rect.height / (y1 - y0);
  out.by = rect.y - out.ay * y1;
  return out;
}

/**
 * The view after a pan/zoom gesture: the world point under screen point `from` ends up under `to`,
 * and both spans shrink by `zoom` (> 1 zooms in). A drag is zoom = 1; a wheel step has from = to.
 */
export function transformView(view: View, rect: Rect, from: readonly [number, number], to: readonly [number, number], zoom: number): View {
  const a = plotAffine(view, rect);
  const wx = (from[0] - a.bx) / a.ax;
  const wy = (from[1] - a.by) / a.ay;
  const clampSpan = (s: number) => Math.min(MAX_SPAN, Math.max(MIN_SPAN, s / zoom));
  const sx = clampSpan(view.x[1] - view.x[0]);
  const sy = clampSpan(view.y[1] - view.y[0]);
  const x0 = wx - ((to[0] - rect.x) / rect.width) * sx;
  const y1 = wy + ((to[1] - rect.y) / rect.height) * sy;
  return { x: [x0, x0 + sx], y: [y1 - sy, y1] };
}

/** Rounds each bound to about five significant digits of its span, so URLs carry short numbers. */
export function roundView(view: View): View {
  const round = (r: readonly [number, number]): [number, number] => {
    const digits = Math.min(100, Math.max(0, 4 - Math.floor(Math.log10(r[1] - r[0]))));
    return [Number(r[0].toFixed(digits)), Number(r[1].toFixed(digits))];
  };
  return { x: round(view.x), y: round(view.y) };
}

export function sameView(a: View, b: View): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}
