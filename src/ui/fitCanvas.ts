/**
 * Sizes a canvas to its host at the screen's pixel density and clears it, ready to draw in CSS
 * pixels; null when the host has no size (hidden or not laid out), so there is nothing to draw.
 */
export function fitCanvas(canvas: HTMLCanvasElement, host: HTMLElement, ctx: CanvasRenderingContext2D): { w: number; h: number } | null {
  const w = host.clientWidth;
  const h = host.clientHeight;
  if (w === 0 || h === 0) return null;
  const dpr = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return { w, h };
}
