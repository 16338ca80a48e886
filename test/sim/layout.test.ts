import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { createRandom } from '../../src/core/random.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { gridColumns, layoutStarts } from '../../src/sim/layout.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

const sgd = optimizerById('sgd')!;
const himmelblau = surfaceById('himmelblau')!;

describe('layoutStarts', () => {
  it('cloud: the same starts the simulation lays out for the same seed, particle 0 on the start', () => {
    const sim = new Simulation({ surface: himmelblau, groups: [{ optimizer: sgd, params: defaultParams(sgd) }], start: [1, -2], particles: 50, spread: 0.3, seed: 9 });
    const starts = layoutStarts({ kind: 'cloud', start: [1, -2], spread: 0.3, random: createRandom(9) }, new Float64Array(100));
    expect(Array.from(starts)).toEqual(Array.from(sim.tracks[0].group.pos));
    expect([starts[0], starts[1]]).toEqual([1, -2]);
  });

  it('grid: n × n points on a square view are the centres of an n × n pixel grid, row-major from the top-left', () => {
    const view = { x: [-5, 5] as const, y: [-2, 8] as const };
    const n = 7;
    const starts = layoutStarts({ kind: 'grid', view }, new Float64Array(2 * n * n));
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const p = j * n + i;
        expect(starts[2 * p]).toBeCloseTo(-5 + ((i + 0.5) * 10) / n, 12);
        expect(starts[2 * p + 1]).toBeCloseTo(8 - ((j + 0.5) * 10) / n, 12);
      }
    }
  });

  it('grid: any count covers the view with distinct points inside it, full rows evenly spaced and the last row spread across its width', () => {
    const view = { x: [-3, 3] as const, y: [-2, 2] as const };
    for (const n of [1, 2, 3, 10, 1000, 1001]) {
      const starts = layoutStarts({ kind: 'grid', view }, new Float64Array(2 * n));
      const keys = new Set<string>();
      for (let p = 0; p < n; p++) {
        const x = starts[2 * p];
        const y = starts[2 * p + 1];
        expect(x > -3 && x < 3 && y > -2 && y < 2).toBe(true);
        keys.add(`${x},${y}`);
      }
      expect(keys.size).toBe(n);
      const cols = gridColumns(n, 6, 4);
      const lastRowStart = (Math.ceil(n / cols) - 1) * cols;
      const last = n - lastRowStart;
      // The last row's first and final points sit half a cell in from each side.
      expect(starts[2 * lastRowStart] - -3).toBeCloseTo(3 / last, 12);
      expect(3 - starts[2 * (n - 1)]).toBeCloseTo(3 / last, 12);
    }
    // 1000 points on a 3:2 view: about 39 columns by 26 rows, cells near square.
    expect(gridColumns(1000, 6, 4)).toBe(39);
  });

  it('brush: the painted points in turn, or the start when nothing is painted', () => {
    const starts = layoutStarts({ kind: 'brush', points: [1, 2, 3, 4], start: [0, 0] }, new Float64Array(10));
    expect(Array.from(starts)).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1, 2]);
    const none = layoutStarts({ kind: 'brush', points: [], start: [5, -1] }, new Float64Array(4));
    expect(Array.from(none)).toEqual([5, -1, 5, -1]);
  });
});
