import { describe, expect, it } from 'vitest';
import { surfaceOracle } from '../../../src/core/rules/surfaceOracle.ts';
import { himmelblau } from '../../../src/core/surfaces/himmelblau.ts';
import type { Surface } from '../../../src/core/surfaces/Surface.ts';

describe('surfaceOracle', () => {
  const at = Float64Array.of(0.5, -1, 3, 2, -2.5, 1.25);

  function pointByPoint(surface: Surface): Float64Array {
    const out = new Float64Array(at.length);
    for (let i = 0; i < at.length; i += 2) surface.gradient(at[i], at[i + 1], out, i);
    return out;
  }

  it('gives the surface gradient at every xy pair, through the batch entry point or point by point', () => {
    const out = new Float64Array(at.length);
    surfaceOracle(himmelblau)(at, out);
    expect([...out]).toEqual([...pointByPoint(himmelblau)]);
    const single = { ...himmelblau, gradientMany: undefined };
    const plain = new Float64Array(at.length);
    surfaceOracle(single)(at, plain);
    expect([...plain]).toEqual([...pointByPoint(himmelblau)]);
    // (3, 2) is a minimum: the gradient there is exactly zero.
    expect([out[2], out[3]]).toEqual([0, 0]);
  });
});
