import { describe, expect, it } from 'vitest';
import { valueAt } from '../../../src/ui/charts/valueAt.ts';

describe('valueAt', () => {
  // A history recorded every other step: 0, 2, 4, 6.
  const steps = [0, 2, 4, 6];
  const losses = [10, 8, 6, 4];

  it('reads the value recorded at that step', () => {
    expect(valueAt(steps, losses, 4, 4)).toBe(6);
  });

  it('reads the latest value before a step that was not recorded, as the chart draws it', () => {
    expect(valueAt(steps, losses, 4, 5)).toBe(6);
    expect(valueAt(steps, losses, 4, 100)).toBe(4);
  });

  it('is NaN before the first point, and ignores values past length', () => {
    expect(valueAt(steps, losses, 4, -1)).toBeNaN();
    expect(valueAt(steps, losses, 2, 6)).toBe(8);
  });
});
