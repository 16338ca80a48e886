import { scaleLinear, scaleLog } from 'd3-scale';
import type { LrDomain } from './scheduleDomain.ts';

/** One lr curve: values[k] at step steps[k] (at step k when steps is null). */
export interface StripLine {
  readonly color: string;
  readonly alpha: number;
  readonly length: number;
  readonly steps: ArrayLike<number> | null;
  readonly values: ArrayLike<number>;
}

/** Where the strip sits on the step chart's canvas, in CSS pixels. */
export interface StripRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const label = (v: number) => (v !== 0 && (Math.abs(v) < 1e-2 || Math.abs(v) >= 1e4) ? v.toExponential(0) : String(+v.toPrecision(2)));

/**
 * The lr of each scheduled run against step, a thin strip under a loss chart sharing its step axis
 * (`x`): the lowest and highest lr are labelled (log between them when it spans a decade), and the
 * strip by `title`.
 */
export function drawScheduleStrip(
  ctx: CanvasRenderingContext2D,
  lines: readonly StripLine[],
  x: (step: number) => number,
  rect: StripRect,
  domain: LrDomain,
  title: string,
): void {
  const y = (domain.log ? scaleLog() : scaleLinear()).domain([domain.lo, domain.hi]).range([rect.bottom, rect.top]);
  ctx.strokeStyle = '#e3e6ec';
  ctx.lineWidth = 1;
  ctx.strokeRect(rect.left + 0.5, rect.top + 0.5, rect.right - rect.left - 1, rect.bottom - rect.top - 1);
  ctx.fillStyle = '#5b6475';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.fillText(label(domain.hi), rect.left - 6, rect.top);
  ctx.textBaseline = 'bottom';
  ctx.fillText(label(domain.lo), rect.left - 6, rect.bottom);
  ctx.save();
  ctx.translate(12, (rect.top + rect.bottom) / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(title, 0, -6);
  ctx.restore();

  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.left, rect.top - 1, rect.right - rect.left, rect.bottom - rect.top + 2);
  ctx.clip();
  ctx.lineWidth = 1.4;
  for (const { color, alpha, length, steps, values } of lines) {
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = color;
    ctx.beginPath();
    for (let k = 0; k < length; k++) {
      const px = x(steps ? steps[k] : k);
      const py = y(values[k]);
      if (k === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.stroke();
  }
  ctx.restore();
}
