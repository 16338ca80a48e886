import { describe, expect, it } from 'vitest';
import { scheduleDomain } from '../../src/ui/scheduleDomain.ts';

const track = (values: number[] | null) => ({ lr: values && { length: values.length, losses: Float64Array.from(values) } });

describe('scheduleDomain', () => {
  it('is null without a scheduled track', () => {
    expect(scheduleDomain([track(null), track(null)])).toBeNull();
  });

  it('is log when the lr spans a decade or more and stays positive', () => {
    expect(scheduleDomain([track([0.004, 0.1, 4e-7]), track(null)])).toEqual({ lo: 4e-7, hi: 0.1, log: true });
  });

  it('is linear from 0 when the lr reaches 0 or spans less than a decade', () => {
    expect(scheduleDomain([track([0.1, 0.05, 0])])).toEqual({ lo: 0, hi: 0.1, log: false });
    expect(scheduleDomain([track([0.1, 0.02])])).toEqual({ lo: 0, hi: 0.1, log: false });
  });

  it('takes every scheduled track and skips values that are not finite', () => {
    expect(scheduleDomain([track([0.01, NaN]), track([1, Infinity])])).toEqual({ lo: 0.01, hi: 1, log: true });
  });
});
