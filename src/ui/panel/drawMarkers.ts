import uPlot from 'uplot';
import type { Marker } from '../../render/palette.ts';

export interface MarkedSeries {
  /** CSS colour. */
  color: string;
  marker: Marker;
}

/** Marker radius in CSS pixels. */
const RADIUS = 4;

/** A closed outline through `n` vertices alternating between radii `outer` and `inner` (equal for a regular polygon). */
function polygon(ctx: CanvasRenderingContext2D, x: number, y: number, n: number, outer: number, inner: number, turn: number): void {
  for (let i = 0; i < n; i++) {
    const r = i % 2 ? inner : outer;
    const a = turn + (2 * Math.PI * i) / n;
    if (i === 0) ctx.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
    else ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
  }
}

/** Traces one marker's outline at (x, y), r its size; the caller fills and strokes it. */
export function traceMarker(ctx: CanvasRenderingContext2D, marker: Marker, x: number, y: number, r: number): void {
  const up = -Math.PI / 2;
  ctx.beginPath();
  if (marker === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI);
  else if (marker === 'square') ctx.rect(x - 0.85 * r, y - 0.85 * r, 1.7 * r, 1.7 * r);
  else if (marker === 'triangle') polygon(ctx, x, y + 0.2 * r, 3, 1.25 * r, 1.25 * r, up);
  else if (marker === 'diamond') polygon(ctx, x, y, 4, 1.2 * r, 1.2 * r, up);
  else if (marker === 'hexagon') polygon(ctx, x, y, 6, 1.05 * r, 1.05 * r, 0);
  else if (marker === 'star') polygon(ctx, x, y, 10, 1.4 * r, 0.6 * r, up);
  else {
    const w = 0.4 * r;
    const l = 1.15 * r;
    const outline = [-w, -l, w, -l, w, -w, l, -w, l, w, w, w, w, l, -w, l, -w, w, -l, w, -l, -w, -w, -w];
    ctx.moveTo(x + outline[0], y + outline[1]);
    for (let i = 2; i < outline.length; i += 2) ctx.lineTo(x + outline[i], y + outline[i + 1]);
  }
  ctx.closePath();
}

/**
 * Draws each series' marker every `spacing` points, staggered so that lines lying on top of each
 * other still show every marker: colour is never the only cue. ys[k] belongs to uPlot series
 * `first + k`, whose focus fading the markers follow; xs are shared.
 */
export function drawMarkers(u: uPlot, first: number, series: readonly MarkedSeries[], xs: ArrayLike<number>, ys: readonly ArrayLike<number>[], spacing: number): void {
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  const r = RADIUS * uPlot.pxRatio;
  ctx.save();
  ctx.lineWidth = uPlot.pxRatio;
  ctx.strokeStyle = '#fff';
  ys.forEach((values, k) => {
    const style = series[k];
    if (!style) return;
    ctx.globalAlpha = u.series[first + k]?.alpha ?? 1;
    ctx.fillStyle = style.color;
    for (let i = Math.round((spacing * (k + 0.5)) / ys.length); i < values.length; i += spacing) {
      const px = u.valToPos(xs[i], 'x', true);
      const py = u.valToPos(values[i], 'y', true);
      if (!(px >= left && px <= left + width && py >= top && py <= top + height)) continue;
      traceMarker(ctx, style.marker, px, py, r);
      ctx.fill();
      ctx.stroke();
    }
  });
  ctx.restore();
}
