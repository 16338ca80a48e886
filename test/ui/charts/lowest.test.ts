import { describe, expect, it } from 'vitest';
import { lowest } from '../../../src/ui/charts/lowest.ts';

describe('lowest', () => {
  it('finds the smallest finite value, skipping diverged runs', () => {
    expect(lowest([0.3, NaN, 0.01, -Infinity, 0.2])).toBe(2);
  });

  it('is -1 when no run has a finite value', () => {
    expect(lowest([])).toBe(-1);
    expect(lowest([NaN, Infinity])).toBe(-1);
  });
});
