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

  it('summarises only the last frames when asked, across the wrap of its ring', () => {
    const s = new FrameStats(5);
    for (const ms of [100, 100, 100, 100, 100, 100, 1, 2, 3]) s.record(ms);
    expect(s.summary(3)).toEqual({ frames: 9, frameMs: { median: 2, p95: 3 } });
    expect(s.summary(4).frameMs.p95).toBe(100);
    // Asked for more than it keeps: the five kept, 100, 100, 1, 2, 3, whose middle is 3.
    expect(s.summary(50).frameMs.median).toBe(3);
  });
});
