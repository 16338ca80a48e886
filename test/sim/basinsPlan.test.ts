import { describe, expect, it } from 'vitest';
import { optimizerIds } from '../../src/core/optimizers/registry.ts';
import { basinsPlan, basinsPlanKey } from '../../src/sim/basinsPlan.ts';
import { defaultState, type AppState } from '../../src/state/AppState.ts';

const settings = { size: 64, steps: 120 };

function state(patch: Partial<AppState>): AppState {
  return { ...defaultState(), ...patch };
}

describe('basinsPlan', () => {
  it('asks for one map per enabled optimizer, in the registry order, with its own hyperparameters over the state view', () => {
    const s = state({ surface: 'himmelblau', view: { x: [-5, 5], y: [-4, 6] } });
    s.optimizers.adam = { ...s.optimizers.adam, params: { ...s.optimizers.adam.params, lr: 0.05 } };
    const plan = basinsPlan(s, settings);
    if (!plan.ok) throw new Error(plan.reason);
    const enabled = optimizerIds.filter((id) => s.optimizers[id].enabled);
    expect(plan.requests.map((r) => r.optimizer)).toEqual(enabled);
    const adam = plan.requests.find((r) => r.optimizer === 'adam')!;
    expect(adam).toEqual({ surface: 'himmelblau', optimizer: 'adam', params: s.optimizers.adam.params, view: { x: [-5, 5], y: [-4, 6] }, size: 64, steps: 120 });
  });

  it('has nothing to compute for a typed function, a network slice, or no optimizer switched on', () => {
    expect(basinsPlan(state({ surface: 'custom' }), settings)).toEqual({ ok: false, reason: 'surface' });
    expect(basinsPlan(state({ surface: 'mlp-slice' }), settings)).toEqual({ ok: false, reason: 'surface' });
    const off = defaultState();
    for (const id of optimizerIds) off.optimizers[id].enabled = false;
    expect(basinsPlan(off, settings)).toEqual({ ok: false, reason: 'none' });
  });

  it('keeps its key while only what the maps do not depend on changes (the start, the speed), and not otherwise', () => {
    const a = defaultState();
    const key = basinsPlanKey(basinsPlan(a, settings));
    expect(basinsPlanKey(basinsPlan({ ...a, start: [0.5, 0.5], speed: 9, running: false }, settings))).toBe(key);
    expect(basinsPlanKey(basinsPlan(a, { ...settings, size: 128 }))).not.toBe(key);
    expect(basinsPlanKey(basinsPlan({ ...a, view: { x: [-3, 3], y: [-1, 3] } }, settings))).not.toBe(key);
    const changed = structuredClone(a);
    changed.optimizers.sgd.params.lr = 0.002;
    expect(basinsPlanKey(basinsPlan(changed, settings))).not.toBe(key);
  });
});
