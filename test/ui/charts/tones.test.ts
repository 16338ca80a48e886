import { describe, expect, it } from 'vitest';
import { HIGH_HZ, LOW_HZ, tones } from '../../../src/ui/charts/tones.ts';

describe('tones', () => {
  it('maps the highest value to the highest pitch and the lowest to the lowest', () => {
    const hz = tones([1, 0.1, 0.01], 3);
    expect(hz[0]).toBeCloseTo(HIGH_HZ, 9);
    expect(hz[2]).toBeCloseTo(LOW_HZ, 9);
  });

  it('follows the log of a positive loss: each decade the same interval (the geometric mean in the middle)', () => {
    const hz = tones([1, 0.1, 0.01], 3);
    expect(hz[1]).toBeCloseTo(Math.sqrt(LOW_HZ * HIGH_HZ), 9);
  });

  it('is linear in the value when some value is not positive (a saddle goes below zero)', () => {
    const hz = tones([-1, 0, 1], 3);
    expect(hz[1]).toBeCloseTo(Math.sqrt(LOW_HZ * HIGH_HZ), 9);
    expect(hz[0]).toBeCloseTo(LOW_HZ, 9);
  });

  it('rests (NaN) where the value is not finite and plays a flat curve mid-range', () => {
    const hz = tones([2, Infinity, 2, NaN], 4);
    expect(hz[1]).toBeNaN();
    expect(hz[3]).toBeNaN();
    expect(hz[0]).toBeCloseTo(Math.sqrt(LOW_HZ * HIGH_HZ), 9);
  });
});
