import type { Surface, View } from './surfaces/Surface.ts';

/**
 * Samples f on an nx × ny grid spanning the view, corners included: out[j * nx + i] is f at
 * x = x0 + i (x1 − x0)/(nx − 1), y = y0 + j (y1 − y0)/(ny − 1). Non-finite values become NaN,
 * which contouring treats as a hole rather than as a huge level.
 */
export function sampleGrid(surface: Surface, view: View, nx: number, ny: number, out = new Float64Array(nx * ny)): Float64Array {
  if (surface.sampleGrid) {
    surface.sampleGrid(view, nx, ny, out);
  } else {
    const [x0, x1] = view.x;
    const [y0, y1] = view.y;
    const dx = (x1 - x0) / (nx - 1);
    const dy = (y1 - y0) / (ny - 1);
    for (let j = 0; j < ny; j++) {
      const y = y0 + j * dy;
      for (let i = 0; i < nx; i++) out[j * nx + i] = surface.value(x0 + i * dx, y);
    }
  }
  for (let k = 0; k < nx * ny; k++) if (!Number.isFinite(out[k])) out[k] = NaN;
  return out;
}
