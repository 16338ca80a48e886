import { describe, expect, it } from 'vitest';
import { minibatchFan } from '../../../src/core/mlp/minibatchFan.ts';
import { createNetworkSurface, DEFAULT_NETWORK, networkPlane } from '../../../src/core/mlp/networkSurface.ts';

const slice = networkPlane('mlp-slice', DEFAULT_NETWORK);
const directions = networkPlane('mlp-directions', DEFAULT_NETWORK);

describe('minibatch gradients at a point of a network surface', () => {
  it('has the full-data gradient the surface itself rolls on', () => {
    for (const [id, plane] of [
      ['mlp-slice', slice],
      ['mlp-directions', directions],
    ] as const) {
      const surface = createNetworkSurface(id, DEFAULT_NETWORK);
      const out = new Float64Array(2);
      surface.gradient(0.3, -0.2, out, 0);
      const fan = minibatchFan(plane, 0.3, -0.2, 32, 5);
      expect(fan.full[0]).toBeCloseTo(out[0], 12);
      expect(fan.full[1]).toBeCloseTo(out[1], 12);
    }
  });

  it("averages, over an epoch's partition weighted by batch size, to the full gradient", () => {
    for (const size of [1, 7, 32, 1000]) {
      const fan = minibatchFan(slice, 0.5, 0.1, size, 3);
      expect(fan.sizes.reduce((s, v) => s + v, 0)).toBe(1000);
      let ga = 0;
      let gb = 0;
      fan.sizes.forEach((m, k) => {
        ga += (m / 1000) * fan.batches[2 * k];
        gb += (m / 1000) * fan.batches[2 * k + 1];
      });
      expect(ga).toBeCloseTo(fan.full[0], 12);
      expect(gb).toBeCloseTo(fan.full[1], 12);
    }
  });

  it('spreads less as the batches grow, and not at all for the full batch', () => {
    const spreads = [1, 8, 64, 1000].map((size) => minibatchFan(directions, 0.2, 0.2, size, 1).spread);
    expect(spreads[0]).toBeGreaterThan(spreads[1]);
    expect(spreads[1]).toBeGreaterThan(spreads[2]);
    expect(spreads[3]).toBeLessThan(1e-12);
    // Sampling without replacement: the variance of a batch mean falls as (n − B)/((n − 1)B), so 1 → 64 shrinks it about 8-fold.
    expect(spreads[0] / spreads[2]).toBeGreaterThan(4);
  });

  it('draws the same batches for the same seed, others for another', () => {
    const a = minibatchFan(slice, 0, 0, 50, 9);
    expect(Array.from(minibatchFan(slice, 0, 0, 50, 9).batches)).toEqual(Array.from(a.batches));
    expect(Array.from(minibatchFan(slice, 0, 0, 50, 10).batches)).not.toEqual(Array.from(a.batches));
    expect(() => minibatchFan(slice, 0, 0, 0, 1)).toThrow(/batchSize must be an integer in \[1, 1000\]/);
  });
});
