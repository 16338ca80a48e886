import { describe, expect, it } from 'vitest';
import { contourLevels, finiteExtent } from '../../src/core/levels.ts';

describe('finiteExtent', () => {
  it('skips NaN holes', () => {
    expect(finiteExtent([3, NaN, -1, 8])).toEqual([-1, 8]);
    expect(finiteExtent([NaN, NaN])).toEqual([NaN, NaN]);
  });
});

describe('contourLevels', () => {
  it('linear levels sit at the middles of equal bands', () => {
    expect(contourLevels(0, 10, 5, false)).toEqual([1, 3, 5, 7, 9]);
  });

  it('log levels grow geometrically above the minimum, from a millionth of the span up to the span', () => {
    const levels = contourLevels(2, 2 + 1e6, 6, true);
    // span 1e6: offsets e^(ln 1 + k ln(1e6)/6) = 10^k for k = 0..5
    levels.forEach((l, k) => expect(l - 2).toBeCloseTo(10 ** k, 6 - k));
  });

  it('a flat grid gets a single level', () => {
    expect(contourLevels(4, 4, 10, true)).toEqual([4]);
  });
});
