import { describe, expect, it } from 'vitest';
import { PathHistory } from '../../src/sim/PathHistory.ts';

describe('PathHistory', () => {
  it('keeps every point, oldest first, until full, then the latest capacity points', () => {
    const h = new PathHistory(4);
    for (let s = 0; s < 3; s++) h.record(s, s, 2 * s, 10 * s);
    expect(h.points()).toEqual([
      [0, 0, 0],
      [1, 2, 10],
      [2, 4, 20],
    ]);
    expect(h.firstStep).toBe(0);
    for (let s = 3; s < 7; s++) h.record(s, s, 2 * s, 10 * s);
    expect(h.length).toBe(4);
    expect(h.firstStep).toBe(3);
    expect(h.points().map((p) => p[0])).toEqual([3, 4, 5, 6]);
  });

  it('ignores a repeated step (a ball that stopped) and starts over when cleared', () => {
    const h = new PathHistory(8);
    h.record(0, 1, 1, 1);
    h.record(1, 2, 2, 2);
    h.record(1, 9, 9, 9);
    expect(h.points()).toEqual([
      [1, 1, 1],
      [2, 2, 2],
    ]);
    h.clear();
    expect(h.length).toBe(0);
    h.record(0, 5, 5, 5);
    expect(h.points()).toEqual([[5, 5, 5]]);
  });
});
