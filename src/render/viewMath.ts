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
/** How far a surface's own view may be zoomed in and out: beyond that a map shows nothing useful. */
const ZOOM_IN = 1000;
const ZOOM_OUT = 50;

/** The widest and narrowest span (of the larger axis) a zoom may reach, given the surface's own view. */
export interface ZoomLimits {
  min: number;
  max: number;
}

export function zoomLimits(home: View): ZoomLimits {
  const span = Math.max(home.x[1] - home.x[0], home.y[1] - home.y[0]);
  return { min: Math.max(MIN_SPAN, span / ZOOM_IN), max: Math.min(MAX_SPAN, span * ZOOM_OUT) };
}

/**
 * The region a plot rectangle shows for a requested view. With equal scale the view is widened
 * along one axis (about its centre) until a unit is as many pixels across as up, so circles stay
 * circles and a gradient stays perpendicular to its contour lines; the requested region is always
 * inside. A stretched map shows exactly the requested region.
 */
export function shownView(view: View, rect: Rect, stretch: boolean): View {
  if (stretch) return view;
  const sx = view.x[1] - view.x[0];
  const sy = view.y[1] - view.y[0];
  const perPixel = Math.max(sx / rect.width, sy / rect.height);
  const wx = perPixel * rect.width;
  const wy = perPixel * rect.height;
  const cx = (view.x[0] + view.x[1]) / 2;
  const cy = (view.y[0] + view.y[1]) / 2;
  return {
    x: wx === sx ? [view.x[0], view.x[1]] : [cx - wx / 2, cx + wx / 2],
    y: wy === sy ? [view.y[0], view.y[1]] : [cy - wy / 2, cy + wy / 2],
  };
}

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
 * and both spans shrink by `zoom` (> 1 zooms in), within the zoom limits. A drag is zoom = 1; a wheel
 * step has from = to.
 */
export function transformView(
  view: View,
  rect: Rect,
  from: readonly [number, number],
  to: readonly [number, number],
  zoom: number,
  limits: ZoomLimits = { min: MIN_SPAN, max: MAX_SPAN },
): View {
  const a = plotAffine(view, rect);
  const wx = (from[0] - a.bx) / a.ax;
  const wy = (from[1] - a.by) / a.ay;
  // One factor for both axes, so a zoom that reaches a limit keeps the aspect it had.
  const larger = Math.max(view.x[1] - view.x[0], view.y[1] - view.y[0]);
  const k = Math.min(limits.max, Math.max(limits.min, larger / zoom)) / larger;
  const sx = (view.x[1] - view.x[0]) * k;
  const sy = (view.y[1] - view.y[0]) * k;
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
