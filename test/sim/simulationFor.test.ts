import { describe, expect, it } from 'vitest';
import { needsRebuild, simulationFor, updateSimulation } from '../../src/sim/simulationFor.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';

const patch = (s: ReturnType<typeof defaultState>, p: object) => applyPartial(s, p).state;

describe('simulationFor', () => {
  it('builds one group per enabled optimizer, in registry order', () => {
    const sim = simulationFor(defaultState());
    expect(sim.tracks.map((t) => t.group.optimizer.id)).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam']);
  });

  it('a changed hyperparameter restarts the whole race, as toggling does', () => {
    const a = defaultState();
    const sim = simulationFor(a);
    sim.tick(5);
    const b = patch(a, { optimizers: { adam: { params: { lr: 0.02 } } } });
    expect(needsRebuild(a, b)).toBe(false);
    updateSimulation(sim, a, b);
    const steps = Object.fromEntries(sim.particles().map((p) => [p.optimizer, p.step]));
    expect(steps.adam).toBe(0);
    expect(steps.sgd).toBe(0);
  });

  it('switching an optimizer on, or a new swarm size, needs new buffers', () => {
    const a = defaultState();
    expect(needsRebuild(a, patch(a, { optimizers: { adamw: { enabled: true } } }))).toBe(true);
    expect(needsRebuild(a, patch(a, { particles: 10 }))).toBe(true);
    expect(needsRebuild(a, patch(a, { speed: 10 }))).toBe(false);
    expect(needsRebuild(a, patch(a, { seed: 2 }))).toBe(true);
  });

  it('a new start point moves every ball there', () => {
    const a = defaultState();
    const sim = simulationFor(a);
    sim.tick(3);
    const b = patch(a, { start: [0.25, -0.5] });
    updateSimulation(sim, a, b);
    expect(sim.particles().every((p) => p.x === 0.25 && p.y === -0.5 && p.step === 0)).toBe(true);
  });
});
