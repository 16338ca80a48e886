import { scaleLinear, scaleLog } from 'd3-scale';
import { optimizerStyle } from '../render/palette.ts';
import type { Track } from '../sim/Simulation.ts';
import type { LrDomain } from './scheduleDomain.ts';

/** Where the strip sits on the step chart's canvas, in CSS pixels. */
export interface StripRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const label = (v: number) => (v !== 0 && (Math.abs(v) < 1e-2 || Math.abs(v) >= 1e4) ? v.toExponential(0) : String(+v.toPrecision(2)));

/**
 * The lr of each scheduled ball against step, a thin strip under the loss chart sharing its step
 * axis (`x`): the lowest and highest lr are labelled (log between them when it spans a decade), and the curve of a picked optimizer stands out.
 */
export function drawScheduleStrip(
  ctx: CanvasRenderingContext2D,
  tracks: readonly Track[],
  x: (step: number) => number,
  rect: StripRect,
  domain: LrDomain,
  picked: string | null,
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
  ctx.fillText('lr', 0, -6);
  ctx.restore();

  ctx.save();
  ctx.beginPath();
  ctx.rect(rect.left, rect.top - 1, rect.right - rect.left, rect.bottom - rect.top + 2);
  ctx.clip();
  ctx.lineWidth = 1.4;
  for (const { group, history, lr } of tracks) {
    if (!lr) continue;
    const id = group.optimizer.id;
    ctx.globalAlpha = picked === null || picked === id ? 1 : 0.15;
    ctx.strokeStyle = optimizerStyle(id).css;
    ctx.beginPath();
    for (let k = 0; k < lr.length; k++) {
      const px = x(history.steps[k]);
      const py = y(lr.losses[k]);
      if (k === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.stroke();
  }
  ctx.restore();
}
