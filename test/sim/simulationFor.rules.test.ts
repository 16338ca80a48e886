import { describe, expect, it } from 'vitest';
import { gallery } from '../../src/core/rules/gallery.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { needsRebuild, simulationFor, updateSimulation } from '../../src/sim/simulationFor.ts';
import { defaultState, type AppState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';

const text = (id: string) => gallery.find((r) => r.id === id)!.text;
const only = (patch: object): AppState => {
  const base = applyPartial(defaultState(), { optimizers: Object.fromEntries(Object.keys(defaultState().optimizers).map((id) => [id, { enabled: false }])) }).state;
  const { state, notes } = applyPartial(base, patch);
  expect(notes).toEqual([]);
  return state;
};

describe('rules in the simulation', () => {
  it('race after the built-ins, each as its own group named by its first comment line', () => {
    const sim = simulationFor(only({ optimizers: { adam: { enabled: true } }, rules: [{ text: text('momentum') }, { text: text('lion') }] }));
    expect(sim.tracks.map((t) => t.group.optimizer.id)).toEqual(['adam', 'rule-1', 'rule-2']);
    expect(sim.tracks[2].group.optimizer.name).toBe('Lion (Chen et al., 2023)');
  });

  it("the gallery's Momentum and the built-in end on the same positions after 300 steps, a swarm too", () => {
    for (const particles of [1, 25]) {
      const state = only({
        optimizers: { momentum: { enabled: true, params: { lr: 0.002 } } },
        rules: [{ text: text('momentum'), params: { lr: 0.002 } }],
        particles,
        spread: 0.3,
      });
      const sim = simulationFor(state);
      sim.tick(300);
      const [builtIn, rule] = sim.tracks.map((t) => t.group);
      expect(rule.steps[0]).toBe(300);
      for (let i = 0; i < 2 * particles; i++) expect(Math.abs(rule.pos[i] - builtIn.pos[i])).toBeLessThanOrEqual(1e-12);
      // They did move: the same end is not the same start.
      expect(Math.hypot(rule.pos[0] - state.start[0], rule.pos[1] - state.start[1])).toBeGreaterThan(0.1);
    }
  });

  it("runs Sutskever's Nesterov, whose grad(E) looks ahead, as its loop written out does", () => {
    const state = only({ rules: [{ text: text('nesterov-sutskever'), params: { lr: 0.001, momentum: 0.9 } }] });
    const sim = simulationFor(state);
    sim.tick(200);
    const surface = surfaceById(state.surface)!;
    const [x, v, g] = [Float64Array.from(state.start), new Float64Array(2), new Float64Array(2)];
    for (let k = 0; k < 200; k++) {
      surface.gradient(x[0] + 0.9 * v[0], x[1] + 0.9 * v[1], g, 0);
      for (let i = 0; i < 2; i++) {
        v[i] = 0.9 * v[i] - 0.001 * g[i];
        x[i] += v[i];
      }
    }
    const { pos } = sim.tracks[0].group;
    expect(Math.abs(pos[0] - x[0]) + Math.abs(pos[1] - x[1])).toBeLessThan(1e-12);
    expect(Math.hypot(x[0] - state.start[0], x[1] - state.start[1])).toBeGreaterThan(0.1);
  });

  it('a new text rebuilds; new params restart the rule in place', () => {
    const a = only({ rules: [{ text: text('momentum') }] });
    const sim = simulationFor(a);
    sim.tick(10);
    const b = applyPartial(a, { rules: [{ text: text('momentum'), params: { lr: 0.01 } }] }).state;
    expect(needsRebuild(a, b)).toBe(false);
    updateSimulation(sim, a, b);
    expect(sim.tracks[0].group.steps[0]).toBe(0);
    sim.tick(1);
    const c = applyPartial(a, { rules: [{ text: text('sgd') }] }).state;
    expect(needsRebuild(a, c)).toBe(true);
    expect(needsRebuild(a, applyPartial(a, { rules: [] }).state)).toBe(true);
  });
});
