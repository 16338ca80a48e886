import { describe, expect, it } from 'vitest';
import { spreadOverEpochs } from '../../../src/ui/panel/spreadOverEpochs.ts';

describe('spreadOverEpochs', () => {
  it('puts each run’s updates where they fall in the epoch, on the grid of the run with most', () => {
    // Two epochs: batch 1000 (1 update an epoch), 250 (4) and 125 (8) on 1000 points.
    const [gd, four, eight] = spreadOverEpochs([[10, 20], [1, 2, 3, 4, 5, 6, 7, 8], Array.from({ length: 16 }, (_, i) => i)], [1, 4, 8], 8);
    expect(gd).toEqual([null, null, null, null, null, null, null, 10, null, null, null, null, null, null, null, 20]);
    expect(four).toEqual([null, 1, null, 2, null, 3, null, 4, null, 5, null, 6, null, 7, null, 8]);
    expect(eight).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it('rounds uneven strides to the nearest point and ends every run on its epoch’s last point', () => {
    // 32 batches an epoch against 1000: the last batch of the epoch lands on the epoch's end.
    const [small, big] = spreadOverEpochs([new Array(32).fill(1), new Array(1000).fill(2)], [32, 1000], 1000);
    expect(small).toHaveLength(1000);
    expect(small.filter((v) => v !== null)).toHaveLength(32);
    expect(small[999]).toBe(1);
    expect(small[Math.round(1000 / 32) - 1]).toBe(1);
    expect(big.every((v) => v === 2)).toBe(true);
  });

  it('is empty before the first epoch', () => {
    expect(spreadOverEpochs([[], []], [1, 32], 32)).toEqual([[], []]);
  });
});
