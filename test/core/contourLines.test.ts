import { describe, expect, it } from 'vitest';
import { contourLines } from '../../src/core/contourLines.ts';
import { traceContours, type ContourSet } from '../../src/core/contours.ts';

/** f(x, y) = x on [0, 1]², sampled corners included: its contour at level L is the line x = L. */
function planeSet(levels: number[]): ContourSet {
  const n = 21;
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = i / (n - 1);
  const view = { x: [0, 1] as [number, number], y: [0, 1] as [number, number] };
  return { view, nx: n, ny: n, extent: [0, 1], domain: [], levels: traceContours(values, n, n, view, levels), relief: null };
}

describe('contourLines', () => {
  it("gives each level of a plane one line, the level's own, across the whole view and never along its edges", () => {
    const levels = [0.25, 0.5, 0.8];
    const lines = contourLines(planeSet(levels));
    expect(lines).toHaveLength(levels.length);
    const xs = lines.map((line) => {
      const x = new Set<number>();
      let yMin = Infinity;
      let yMax = -Infinity;
      for (let k = 0; k < line.length; k += 2) {
        x.add(Number(line[k].toFixed(9)));
        yMin = Math.min(yMin, line[k + 1]);
        yMax = Math.max(yMax, line[k + 1]);
      }
      expect([yMin, yMax]).toEqual([0, 1]);
      expect(x.size).toBe(1);
      return [...x][0];
    });
    expect(xs.sort()).toEqual(levels);
  });

  it('draws nothing for a level that only runs along the edge', () => {
    expect(contourLines(planeSet([-1]))).toEqual([]);
  });
});
