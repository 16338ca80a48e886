import { describe, expect, it } from 'vitest';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { bandColors } from '../../src/render/bandColors.ts';
import { contrastRatio, CROWD_ALPHA, INK, luminance, NO_DATA, optimizerStyle, SWARM_ALPHA, TRAIL_ALPHA } from '../../src/render/palette.ts';

/** Every ground a mark can sit on: each band of every band count the contours use, and the no-data grey. */
const grounds = [NO_DATA];
for (let n = 2; n <= 40; n++) grounds.push(...bandColors(n));

/** A colour drawn at opacity alpha over the ground, blended per channel as the canvas does. */
function over(color: number, alpha: number, ground: number): number {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const c = (color >> shift) & 255;
    const g = (ground >> shift) & 255;
    out |= Math.round(alpha * c + (1 - alpha) * g) << shift;
  }
  return out;
}

const worst = (color: (ground: number) => number) => Math.min(...grounds.map((g) => contrastRatio(color(g), g)));

describe('contrast of the marks on the map', () => {
  it('contrastRatio follows WCAG: 21 for black on white, 1 for a colour on itself, symmetric', () => {
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 10);
    expect(contrastRatio(0x777777, 0x777777)).toBe(1);
    expect(contrastRatio(0x0072b2, 0xffffff)).toBeCloseTo(contrastRatio(0xffffff, 0x0072b2), 12);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio(0x767676, 0xffffff)).toBeCloseTo(4.54, 2);
  });

  it("the balls' outline, the minima's ink and the arrows' edge keep 3:1 on every band", () => {
    expect(worst(() => INK)).toBeGreaterThanOrEqual(3);
  });

  it("a swarm's particles keep 3:1 through their outline at their opacity, even in a crowd", () => {
    expect(worst((g) => over(INK, SWARM_ALPHA, g))).toBeGreaterThanOrEqual(3);
    expect(worst((g) => over(INK, CROWD_ALPHA, g))).toBeGreaterThanOrEqual(3);
  });

  it("a trail's newest end keeps 3:1 through its halo, where the optimizer's own colour alone does not", () => {
    expect(worst((g) => over(INK, TRAIL_ALPHA, g))).toBeGreaterThanOrEqual(3);
    // Why the halo is there: some optimizers' colours are too light for the valley bands on their own.
    const tooLight = optimizers.filter((o) => worst((g) => over(optimizerStyle(o.id).color, TRAIL_ALPHA, g)) < 3).map((o) => o.id);
    expect(tooLight.length).toBeGreaterThan(0);
  });

  it('the bands are light enough that a dark outline is the right one (no band darker than mid-grey)', () => {
    expect(Math.min(...grounds.map(luminance))).toBeGreaterThan(luminance(0x777777));
  });
});
