import { describe, expect, it } from 'vitest';
import { basinColor, basinPixels, writeBasinPixels } from '../../src/sim/basinsColors.ts';
import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_MOVING } from '../../src/sim/basinsTracker.ts';

const basin = [0, 1, BASIN_DIVERGED, BASIN_MOVING, 2, BASIN_ELSEWHERE, 3, 0];
const steps = [0, 50, 7, 100, 100, 60, 30, 99];

describe('writeBasinPixels', () => {
  it('writes a range of pixels as opaque RGBA, the same colours an image file gets, and leaves the rest alone', () => {
    const rgb = basinPixels(basin, steps, 100);
    const rgba = new Uint8ClampedArray(4 * basin.length);
    writeBasinPixels(basin, steps, 100, rgba, 4, 2, 4);
    for (let p = 0; p < basin.length; p++) {
      const inRange = p >= 2 && p < 6;
      const want = inRange ? [rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2], 255] : [0, 0, 0, 0];
      expect(Array.from(rgba.subarray(4 * p, 4 * p + 4))).toEqual(want);
    }
  });

  it('colours each pixel as basinColor does', () => {
    const rgb = basinPixels(basin, steps, 100);
    basin.forEach((b, p) => {
      const c = basinColor(b, steps[p], 100);
      expect([rgb[3 * p], rgb[3 * p + 1], rgb[3 * p + 2]]).toEqual([c >> 16, (c >> 8) & 255, c & 255]);
    });
  });
});
