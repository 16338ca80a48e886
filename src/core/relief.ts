import type { Surface, View } from './surfaces/Surface.ts';

/** Light from the north-west, 45° above the horizon: east x, north y, up z. */
const LIGHT = [-0.5, 0.5, Math.SQRT1_2] as const;

/**
 * Hill-shading of the surface the bands show, on the contour grid (row-major, j = 0 at y0, as
 * sampleGrid lays it out): for each sample, how much brighter (up to +1) or darker (down to −1) a
 * Lambertian slope lit from the north-west is than flat ground; NaN where f is not finite.
 *
 * The height is what the bands are spaced by: f itself, or log(f − lo + floor) on a surface with
 * log-spaced levels, whose gradient is ∇f / (f − lo + floor) by the chain rule, so both come from the
 * surface's exact gradient. Heights have no common unit with x and y, so the relief is exaggerated
 * until the median slope is 45°: every surface reads as terrain, whatever the scale of its values.
 */
export function hillShade(
  surface: Surface,
  view: View,
  nx: number,
  ny: number,
  values: Float64Array,
  lo: number,
  floor: number,
  out = new Float32Array(nx * ny),
): Float32Array {
  const [x0, x1] = view.x;
  const [y0, y1] = view.y;
  const dx = (x1 - x0) / (nx - 1);
  const dy = (y1 - y0) / (ny - 1);
  const n = nx * ny;
  const gx = new Float64Array(n);
  const gy = new Float64Array(n);
  const g = new Float64Array(2);
  const slopes: number[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i;
      surface.gradient(x0 + i * dx, y0 + j * dy, g, 0);
      const scale = surface.logLevels ? 1 / (values[k] - lo + floor) : 1;
      gx[k] = g[0] * scale;
      gy[k] = g[1] * scale;
      const s = Math.hypot(gx[k], gy[k]);
      if (Number.isFinite(values[k]) && Number.isFinite(s)) slopes.push(s);
      else gx[k] = NaN;
    }
  }
  slopes.sort((a, b) => a - b);
  const median = slopes.length ? slopes[slopes.length >> 1] : 0;
  const z = median > 0 ? 1 / median : 0;
  const [lx, ly, lz] = LIGHT;
  for (let k = 0; k < n; k++) {
    if (Number.isNaN(gx[k])) {
      out[k] = NaN;
      continue;
    }
    // The normal of the height field z·h is (−z·hx, −z·hy, 1), normalised.
    const px = -z * gx[k];
    const py = -z * gy[k];
    const lit = (px * lx + py * ly + lz) / Math.hypot(px, py, 1);
    out[k] = lit >= lz ? (lit - lz) / (1 - lz) : (lit - lz) / (lz + 1);
  }
  return out;
}

/**
 * The most a shaded sample darkens (black) or brightens (white) the band under it, as opacity: light
 * enough that a ball on the darkest slope keeps its contrast with the ground.
 */
export const SHADOW_ALPHA = 0.28;
export const HIGHLIGHT_ALPHA = 0.28;

/**
 * The relief as premultiplied RGBA bytes, rows from the top (y1) down, as a texture is laid out:
 * black over slopes turned away from the light, white over those turned to it, clear on flat
 * ground (so a flat band keeps its colour exactly) and where f is not finite.
 */
export function reliefPixels(relief: Float32Array, nx: number, ny: number, out = new Uint8Array(4 * nx * ny)): Uint8Array {
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const v = relief[j * nx + i];
      const o = 4 * ((ny - 1 - j) * nx + i);
      const alpha = Number.isNaN(v) ? 0 : Math.round(255 * (v > 0 ? HIGHLIGHT_ALPHA * v : -SHADOW_ALPHA * v));
      const white = v > 0 ? alpha : 0;
      out[o] = white;
      out[o + 1] = white;
      out[o + 2] = white;
      out[o + 3] = alpha;
    }
  }
  return out;
}
