import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRows } from '../../../src/ui/charts/sampleRows.ts';

describe('sampleRows', () => {
  it('keeps every row of a short series', () => {
    expect(sampleRows(5, 48)).toEqual([0, 1, 2, 3, 4]);
  });

  it('spreads 5 rows evenly over 101 samples, first and last included', () => {
    expect(sampleRows(101, 5)).toEqual([0, 25, 50, 75, 100]);
  });

  it('gives nothing for no samples and the last sample for a single row', () => {
    expect(sampleRows(0, 10)).toEqual([]);
    expect(sampleRows(10, 1)).toEqual([9]);
  });

  it('stays under the limit, strictly increasing, within range, ending at the last sample', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 2, max: 60 }), (n, max) => {
        const rows = sampleRows(n, max);
        expect(rows.length).toBe(Math.min(n, max));
        expect(rows[0]).toBe(0);
        expect(rows[rows.length - 1]).toBe(n - 1);
        for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThan(rows[i - 1]);
      }),
    );
  });
});
