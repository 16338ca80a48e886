import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { createRandom } from '../../src/core/random.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { reachRadius } from '../../src/sim/basinsTracker.ts';
import { layoutStarts, type Layout } from '../../src/sim/layout.ts';
import { runSwarm } from '../../src/sim/swarmRun.ts';
import { swarmSummary, tallyBasins } from '../../src/sim/swarmSummary.ts';
import { singleBallBasin } from './basinsReference.ts';

const himmelblau = surfaceById('himmelblau')!;
const adam = optimizerById('adam')!;
const params = { ...defaultParams(adam), lr: 0.05 };

describe('tallyBasins', () => {
  it('counts each kind of ending and takes the median arrival of those that reached a minimum', () => {
    const basin = [0, 2, -1, -2, -3, 2, 0, -2];
    const steps = [40, 10, 7, 99, 99, 30, 20, 99];
    // Arrivals 40, 10, 30, 20: the median of four is the mean of 20 and 30.
    expect(tallyBasins(basin, steps, 8, 3)).toEqual({ reached: [2, 0, 2], diverged: 1, moving: 2, elsewhere: 1, medianSteps: 25 });
    expect(tallyBasins([-1, -2], [3, 5], 2, 1).medianSteps).toBeNull();
  });
});

describe('swarmSummary', () => {
  it.each<[string, Layout]>([
    ['a grid', { kind: 'grid', view: himmelblau.view }],
    ['a cloud', { kind: 'cloud', start: [0, 0.5], spread: 2, random: createRandom(3) }],
  ])('counts of %s swarm match what each ball does alone, and every counted ball sits at its minimum', (_name, layout) => {
    const count = 120;
    const steps = 80;
    const startsCopy = layout.kind === 'cloud' ? { ...layout, random: createRandom(3) } : layout;
    const starts = layoutStarts(startsCopy, new Float64Array(2 * count));
    const tracked = runSwarm({ surface: himmelblau, optimizer: adam, params, view: himmelblau.view, layout, count, steps });
    const [summary] = swarmSummary(himmelblau.minima, [tracked]);

    const reached = [0, 0, 0, 0];
    const arrivals: number[] = [];
    let moving = 0;
    for (let p = 0; p < count; p++) {
      const [basin, taken] = singleBallBasin(himmelblau, adam, params, himmelblau.view, [starts[2 * p], starts[2 * p + 1]], steps);
      if (basin >= 0) {
        reached[basin]++;
        arrivals.push(taken);
        const m = himmelblau.minima[basin];
        expect(Math.hypot(tracked.group.pos[2 * p] - m.x, tracked.group.pos[2 * p + 1] - m.y)).toBeLessThanOrEqual(reachRadius(himmelblau.view));
      } else if (basin === -2) moving++;
    }
    arrivals.sort((a, b) => a - b);
    expect(summary.optimizer).toBe('adam');
    expect(summary.count).toBe(count);
    expect(summary.minima.map((m) => m.count)).toEqual(reached);
    expect(summary.minima.map((m) => [m.x, m.y])).toEqual(himmelblau.minima.map((m) => [m.x, m.y]));
    expect(summary.moving).toBe(moving);
    expect(summary.diverged + summary.elsewhere).toBe(count - moving - arrivals.length);
    expect(summary.medianSteps).toBe(arrivals.length % 2 ? arrivals[arrivals.length >> 1] : (arrivals[arrivals.length / 2 - 1] + arrivals[arrivals.length / 2]) / 2);
    // Some balls got there and some did not: both sides of the count were exercised.
    expect(arrivals.length).toBeGreaterThan(0);
    expect(arrivals.length).toBeLessThan(count);
  });
});
