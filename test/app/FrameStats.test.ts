import { describe, expect, it } from 'vitest';
import { FrameStats } from '../../src/app/FrameStats.ts';

describe('FrameStats', () => {
  it('reports the median and 95th percentile of the recent frames', () => {
    const s = new FrameStats(100);
    for (let k = 1; k <= 100; k++) s.record(k);
    // 100 samples 1..100: index 50 of the sorted list is 51, index 95 is 96.
    expect(s.summary()).toEqual({ frames: 100, frameMs: { median: 51, p95: 96 } });
  });

  it('keeps only the last `capacity` frames but counts them all', () => {
    const s = new FrameStats(4);
    for (const ms of [100, 100, 100, 100, 1, 2, 3, 4]) s.record(ms);
    expect(s.summary().frames).toBe(8);
    expect(s.summary().frameMs.p95).toBe(4);
  });
});
