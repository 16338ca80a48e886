import { describe, expect, it } from 'vitest';
import { arrivalStep } from '../../src/sim/arrivalStep.ts';
import { PathHistory } from '../../src/sim/PathHistory.ts';

// A 10 × 10 view: its diagonal is 10√2 ≈ 14.14, so the reach radius is 0.1414 and "slow" is under 0.01414 a step.
const view = { x: [0, 10] as [number, number], y: [0, 10] as [number, number] };
const minima = [
  { x: 5, y: 5, f: 0, kind: 'global' as const },
  { x: 1, y: 1, f: 0, kind: 'saddle' as const },
];

function pathOf(points: [number, number][]): PathHistory {
  const h = new PathHistory(64);
  points.forEach(([x, y], s) => h.record(s, x, y, 0));
  return h;
}

describe('arrivalStep', () => {
  it('is the first step within reach of a minimum with a short update, not one flying through', () => {
    // Step 2 lands 0.05 from the minimum after an update of 0.95 (flying through); step 4 is slow but 0.19 away;
    // step 5 is near (0.1) but moved 0.09; step 6 is near (0.095) and moved 0.005.
    const path = pathOf([
      [3, 5],
      [4, 5],
      [4.95, 5],
      [5.2, 5],
      [5.19, 5],
      [5.1, 5],
      [5.095, 5],
    ]);
    expect(arrivalStep(path, minima, view)).toBe(6);
  });

  it('a saddle is no arrival, and a path that never comes near has none', () => {
    expect(
      arrivalStep(
        pathOf([
          [1.001, 1],
          [1, 1],
          [1, 1.001],
        ]),
        minima,
        view,
      ),
    ).toBeNull();
    expect(
      arrivalStep(
        pathOf([
          [8, 8],
          [8, 8.001],
        ]),
        minima,
        view,
      ),
    ).toBeNull();
  });

  it('counts steps from the oldest held point once the path has dropped its start', () => {
    const h = new PathHistory(4);
    [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [5, 5.2],
      [5, 5.1],
      [5, 5.095],
    ].forEach(([x, y], s) => h.record(s, x, y, 0));
    // Held: steps 3..6; 5 → 6 moves 0.005 at 0.095 from the minimum.
    expect(arrivalStep(h, minima, view)).toBe(6);
  });
});
