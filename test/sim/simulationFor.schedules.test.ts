import { describe, expect, it } from 'vitest';
import { needsRebuild, simulationFor, updateSimulation } from '../../src/sim/simulationFor.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';

const patch = (s: ReturnType<typeof defaultState>, p: object) => applyPartial(s, p).state;
const exponential = { type: 'ExponentialLR', params: { gamma: 0.9 } };

describe('simulationFor with schedules', () => {
  it('gives a scheduled optimizer its schedule and the others none', () => {
    const sim = simulationFor(patch(defaultState(), { optimizers: { adam: { schedule: exponential } } }));
    expect(sim.track('adam')!.schedule).not.toBeNull();
    expect(sim.track('sgd')!.schedule).toBeNull();
    sim.tick(3);
    expect(sim.track('adam')!.group.live.lr).toBeCloseTo(0.001 * 0.9 ** 3, 15);
  });

  it('a new schedule on an enabled optimizer rebuilds (and so restarts) the race; one on a disabled optimizer does not', () => {
    const a = defaultState();
    expect(needsRebuild(a, patch(a, { optimizers: { adam: { schedule: exponential } } }))).toBe(true);
    expect(needsRebuild(a, patch(a, { optimizers: { adamw: { schedule: exponential } } }))).toBe(false);
  });

  it('new params on a scheduled optimizer restart its schedule from the new lr', () => {
    const a = patch(defaultState(), { optimizers: { adam: { schedule: exponential } } });
    const sim = simulationFor(a);
    sim.tick(5);
    const b = patch(a, { optimizers: { adam: { params: { lr: 0.02 } } } });
    expect(needsRebuild(a, b)).toBe(false);
    updateSimulation(sim, a, b);
    expect(sim.track('adam')!.group.live.lr).toBe(0.02);
  });
});
