import { describe, expect, it } from 'vitest';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { bandColors } from '../../src/render/bandColors.ts';
import { MAP_GROUNDS } from '../../src/render/mapGrounds.ts';
import { contrastRatio, CROWD_ALPHA, INK, luminance, NO_DATA, optimizerStyle, over, SWARM_ALPHA, swarmShade, TRAIL_ALPHA } from '../../src/render/palette.ts';

/** Every ground a mark can sit on: each band of every band count the contours use, and the no-data grey. */
const grounds = [NO_DATA];
for (let n = 2; n <= 40; n++) grounds.push(...bandColors(n));

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

  it("a trail's newest end keeps 3:1 through its halo, where the optimizer's own colour alone does not", () => {
    expect(worst((g) => over(INK, TRAIL_ALPHA, g))).toBeGreaterThanOrEqual(3);
    // Why the halo is there: some optimizers' colours are too light for the valley bands on their own.
    const tooLight = optimizers.filter((o) => worst((g) => over(optimizerStyle(o.id).color, TRAIL_ALPHA, g)) < 3).map((o) => o.id);
    expect(tooLight.length).toBeGreaterThan(0);
  });

  it('over blends per channel: opaque is the colour, transparent the ground, half-way the mean', () => {
    expect(over(0x102030, 1, 0xffffff)).toBe(0x102030);
    expect(over(0x102030, 0, 0xffffff)).toBe(0xffffff);
    expect(over(0x000000, 0.5, 0xc8c8c8)).toBe(0x646464);
  });

  it('MAP_GROUNDS spans the bands of every count the contours use: each band is within a hair of a sampled one', () => {
    const distance = (a: number, b: number) => Math.max(...[16, 8, 0].map((s) => Math.abs(((a >> s) & 255) - ((b >> s) & 255))));
    for (const g of grounds) expect(Math.min(...MAP_GROUNDS.map((m) => distance(g, m)))).toBeLessThanOrEqual(4);
  });

  describe('swarm dots, which carry no outline', () => {
    const ids = [...optimizers.map((o) => o.id), 'rule-1', 'rule-2', 'rule-3', 'rule-4'];

    it("in the optimizers' own colours, many fall below 3:1 on some band (why they take a shade)", () => {
      const below = ids.filter((id) => worst((g) => over(optimizerStyle(id).color, SWARM_ALPHA, g)) < 3);
      // The light Okabe–Ito colours on the light valley bands: orange, sky blue, reddish purple, bluish green…
      expect(below).toEqual(expect.arrayContaining(['adadelta', 'rmsprop', 'adagrad', 'nag', 'sgd']));
      expect(below).not.toContain('adam');
    });

    it.each(ids)('%s: its shade keeps 3:1 on every band and the no-data grey, in a swarm and in a crowd', (id) => {
      const { color } = optimizerStyle(id);
      for (const alpha of [SWARM_ALPHA, CROWD_ALPHA]) expect(worst((g) => over(swarmShade(color, alpha, MAP_GROUNDS), alpha, g))).toBeGreaterThanOrEqual(3);
    });

    it('a colour that keeps 3:1 already is left as it is', () => {
      expect(swarmShade(optimizerStyle('adam').color, SWARM_ALPHA, MAP_GROUNDS)).toBe(optimizerStyle('adam').color);
    });

    /** CIELAB of 0xRRGGBB (D65), to compare hues and tell colours apart as eyes do. */
    function lab(rgb: number): [number, number, number] {
      const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      const [r, g, b] = [lin((rgb >> 16) & 255), lin((rgb >> 8) & 255), lin(rgb & 255)];
      const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
      const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
      return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
    }

    it("shades keep their optimizer's hue, and the classic seven's stay apart where their swarms meet (ΔE above 10, a difference seen at a glance)", () => {
      for (const id of ids) {
        const [, a0, b0] = lab(optimizerStyle(id).color);
        const [, a1, b1] = lab(swarmShade(optimizerStyle(id).color, SWARM_ALPHA, MAP_GROUNDS));
        if (Math.hypot(a0, b0) < 10) continue;
        const turn = Math.abs(((Math.atan2(b1, a1) - Math.atan2(b0, a0) + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
        expect(turn).toBeLessThan((25 * Math.PI) / 180);
      }
      const seven = ['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam'].map((id) => lab(swarmShade(optimizerStyle(id).color, SWARM_ALPHA, MAP_GROUNDS)));
      for (let i = 0; i < seven.length; i++) {
        for (let j = i + 1; j < seven.length; j++) expect(Math.hypot(...seven[i].map((v, k) => v - seven[j][k]))).toBeGreaterThan(10);
      }
    });
  });

  it('the bands are light enough that a dark outline is the right one (no band darker than mid-grey)', () => {
    expect(Math.min(...grounds.map(luminance))).toBeGreaterThan(luminance(0x777777));
  });
});

describe('shapes', () => {
  it('the classic seven of the default race each have a shape of their own', () => {
    const seven = ['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam'];
    expect(new Set(seven.map((id) => optimizerStyle(id).marker)).size).toBe(seven.length);
  });
});
