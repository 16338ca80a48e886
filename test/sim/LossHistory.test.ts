import { describe, expect, it } from 'vitest';
import { LossHistory } from '../../src/sim/LossHistory.ts';

describe('LossHistory', () => {
  it('keeps every step until full, then every other one at a doubled stride', () => {
    const h = new LossHistory(8);
    for (let s = 0; s < 8; s++) h.record(s, 10 * s);
    expect(Array.from(h.steps.subarray(0, h.length))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (let s = 8; s < 12; s++) h.record(s, 10 * s);
    // Full at step 8: halve to 0, 2, 4, 6, then record the even steps 8 and 10.
    expect(Array.from(h.steps.subarray(0, h.length))).toEqual([0, 2, 4, 6, 8, 10]);
    expect(Array.from(h.losses.subarray(0, h.length))).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('ignores a repeated step (a stopped particle)', () => {
    const h = new LossHistory(8);
    h.record(0, 1);
    h.record(1, 2);
    h.record(1, 2);
    expect(h.length).toBe(2);
  });
});
