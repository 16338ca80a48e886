import { describe, expect, it } from 'vitest';
import { FAR, nearCanvas } from '../../src/render/nearCanvas.ts';

describe('nearCanvas', () => {
  it('keeps a coordinate within ±FAR and clamps one beyond, infinities included', () => {
    expect([-12.5, 0, 640, FAR, -FAR].map(nearCanvas)).toEqual([-12.5, 0, 640, FAR, -FAR]);
    expect([FAR * 3, Infinity, -FAR - 1, -Infinity].map(nearCanvas)).toEqual([FAR, FAR, -FAR, -FAR]);
  });
});
