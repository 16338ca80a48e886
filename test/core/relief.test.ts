import { describe, expect, it } from 'vitest';
import { sampleGrid } from '../../src/core/grid.ts';
import { hillShade, HIGHLIGHT_ALPHA, reliefPixels, SHADOW_ALPHA } from '../../src/core/relief.ts';
import type { Surface } from '../../src/core/surfaces/Surface.ts';

/** A surface from its value and its exact gradient. */
function surface(value: (x: number, y: number) => number, grad: (x: number, y: number) => [number, number], logLevels = false): Surface {
  return {
    id: 'test',
    name: 'test',
    formula: '',
    lesson: '',
    view: { x: [-1, 1], y: [-1, 1] },
    start: [0, 0],
    minima: [],
    logLevels,
    value,
    gradient: (x, y, out, o) => {
      [out[o], out[o + 1]] = grad(x, y);
      return value(x, y);
    },
  };
}

const view = { x: [-1, 1] as [number, number], y: [-1, 1] as [number, number] };
function shade(s: Surface, lo = 0, floor = 0): Float32Array {
  const values = sampleGrid(s, view, 9, 9);
  return hillShade(s, view, 9, 9, values, lo, floor);
}

describe('hillShade', () => {
  // Light from the north-west, 45° up: L = (−½, ½, √½). Every plane's slope is its median, so it is drawn at 45°.
  it('lights a plane that faces the north-west fully, and darkens one that faces the south-east to black on the horizon', () => {
    // f = x − y falls towards the north-west: its normal at 45° is (−½, ½, √½) = L, so n·L = 1, the brightest.
    for (const v of shade(
      surface(
        (x, y) => x - y,
        () => [1, -1],
      ),
    ))
      expect(v).toBeCloseTo(1, 6);
    // f = y − x faces the south-east: n = (½, −½, √½), n·L = 0, (0 − √½)/(1 + √½) below flat.
    const away = (0 - Math.SQRT1_2) / (1 + Math.SQRT1_2);
    for (const v of shade(
      surface(
        (x, y) => y - x,
        () => [-1, 1],
      ),
    ))
      expect(v).toBeCloseTo(away, 6);
  });

  it('shades a plane facing the south-west, across the light, a little darker than flat ground', () => {
    // f = x + y: n = (−½, −½, √½), n·L = ½.
    const across = (0.5 - Math.SQRT1_2) / (1 + Math.SQRT1_2);
    for (const v of shade(
      surface(
        (x, y) => x + y,
        () => [1, 1],
      ),
    ))
      expect(v).toBeCloseTo(across, 6);
  });

  it('leaves flat ground at 0 and marks where f is not finite', () => {
    for (const v of shade(
      surface(
        () => 3,
        () => [0, 0],
      ),
    ))
      expect(v).toBe(0);
    const holed = shade(
      surface(
        (x) => (x < 0 ? NaN : x - 0),
        (x) => [x < 0 ? NaN : 1, 0],
      ),
    );
    expect(Number.isNaN(holed[0])).toBe(true);
    expect(Number.isNaN(holed[8])).toBe(false);
  });

  it('shades the logarithm on a surface with log-spaced levels, from the chain rule', () => {
    // log(e^(x − y) − 0 + 0) = x − y: the plane lit fully, as above.
    const s = surface(
      (x, y) => Math.exp(x - y),
      (x, y) => [Math.exp(x - y), -Math.exp(x - y)],
      true,
    );
    for (const v of shade(s, 0, 0)) expect(v).toBeCloseTo(1, 6);
  });
});

describe('reliefPixels', () => {
  it('turns shade into premultiplied white or black of bounded opacity, rows from the top, clear where flat or missing', () => {
    // 2 × 2, j = 0 at the bottom: lit, flat / shadowed, missing.
    const px = reliefPixels(Float32Array.of(1, 0, -1, NaN), 2, 2);
    const a = (v: number) => Math.round(255 * v);
    expect(Array.from(px)).toEqual([0, 0, 0, a(SHADOW_ALPHA), 0, 0, 0, 0, a(HIGHLIGHT_ALPHA), a(HIGHLIGHT_ALPHA), a(HIGHLIGHT_ALPHA), a(HIGHLIGHT_ALPHA), 0, 0, 0, 0]);
  });
});
