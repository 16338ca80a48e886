import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { ballAt } from '../../src/sim/ballAt.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

describe('ballAt', () => {
  it('picks the nearest first ball within the radius, and none beyond it', () => {
    const groups = ['sgd', 'adam'].map((id) => ({ optimizer: optimizerById(id)!, params: { ...defaultParams(optimizerById(id)!), lr: id === 'adam' ? 0.3 : 0.0001 } }));
    const sim = new Simulation({ surface: surfaceById('rosenbrock')!, start: [-1.5, 2], groups });
    sim.tick(10);
    const [sgd, adam] = ['sgd', 'adam'].map((id) => sim.track(id)!.group.pos);
    // Adam at lr 0.3 has left the start; SGD at 0.0001 barely has: they are apart by more than two radii.
    expect(Math.hypot(adam[0] - sgd[0], adam[1] - sgd[1])).toBeGreaterThan(0.12);
    expect(ballAt(sim.tracks, adam[0] + 0.01, adam[1], 0.05)).toBe('adam');
    expect(ballAt(sim.tracks, sgd[0], sgd[1] - 0.02, 0.05)).toBe('sgd');
    expect(ballAt(sim.tracks, adam[0] + 0.1, adam[1], 0.05)).toBeNull();
  });
});
