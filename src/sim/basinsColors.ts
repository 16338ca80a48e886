import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_MOVING } from './basinsTracker.ts';

/** One colour per listed minimum (Okabe–Ito's colour-blind-safe set, repeating after seven). */
export const MINIMUM_COLORS: readonly number[] = [0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7];
export const DIVERGED_COLOR = 0x1a1a1a;
export const MOVING_COLOR = 0xd9d9d9;
export const ELSEWHERE_COLOR = 0x8c8c8c;
/** A minimum's colour at the budget's last step is this much of its full brightness. */
export const SLOWEST_SHADE = 0.45;

/** 0xRRGGBB of one basin value; arrivals after `arrival` of `steps` steps are shaded darker the later they came. */
export function basinColor(basin: number, arrival: number, steps: number): number {
  if (basin === BASIN_DIVERGED) return DIVERGED_COLOR;
  if (basin === BASIN_MOVING) return MOVING_COLOR;
  if (basin === BASIN_ELSEWHERE || basin < 0) return ELSEWHERE_COLOR;
  const color = MINIMUM_COLORS[basin % MINIMUM_COLORS.length];
  const shade = 1 - (1 - SLOWEST_SHADE) * (steps > 0 ? Math.min(1, arrival / steps) : 0);
  const r = Math.round(((color >> 16) & 255) * shade);
  const g = Math.round(((color >> 8) & 255) * shade);
  const b = Math.round((color & 255) * shade);
  return (r << 16) | (g << 8) | b;
}

/**
 * Writes the colours of pixels first … first + count − 1 into `out`, `channels` bytes each (3: RGB,
 * as an image file holds them; 4: RGBA, as a canvas does, opaque), at their own places in the map.
 */
export function writeBasinPixels(
  basin: ArrayLike<number>,
  stepsTaken: ArrayLike<number>,
  steps: number,
  out: Uint8Array | Uint8ClampedArray,
  channels: 3 | 4,
  first = 0,
  count = basin.length - first,
): void {
  for (let p = first; p < first + count; p++) {
    const c = basinColor(basin[p], stepsTaken[p], steps);
    const o = channels * p;
    out[o] = c >> 16;
    out[o + 1] = (c >> 8) & 255;
    out[o + 2] = c & 255;
    if (channels === 4) out[o + 3] = 255;
  }
}

/** RGB bytes of a map, row-major from the top-left: what an image of it shows. */
export function basinPixels(basin: ArrayLike<number>, stepsTaken: ArrayLike<number>, steps: number): Uint8Array {
  const out = new Uint8Array(3 * basin.length);
  writeBasinPixels(basin, stepsTaken, steps, out, 3);
  return out;
}
