import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { lockstepPatch } from '../../src/state/lockstep.ts';
import { createStore } from '../../src/state/store.ts';

/** A store that applies the lockstep patch after every change, as the app does. */
function lockstepStore() {
  const store = createStore(defaultState());
  store.subscribe((next, prev) => {
    const patch = lockstepPatch(prev, next);
    if (patch) store.set(patch);
  });
  return store;
}

describe('lockstepPatch', () => {
  it('does nothing while lockstep is off', () => {
    expect(lockstepPatch(null, defaultState())).toBeNull();
  });

  it("switched on: Momentum and NAG both run, with Momentum's lr and momentum, undamped, paused, look-ahead drawn", () => {
    const store = lockstepStore();
    store.set({ optimizers: { momentum: { enabled: false, params: { lr: 0.003, momentum: 0.8, dampening: 0.2 } }, nag: { params: { lr: 0.01 } } } });
    store.set({ overlays: { lockstep: true } });
    const s = store.get();
    expect([s.optimizers.momentum.enabled, s.optimizers.nag.enabled, s.running, s.overlays.lookAhead]).toEqual([true, true, false, true]);
    expect(s.optimizers.momentum.params).toMatchObject({ lr: 0.003, momentum: 0.8, dampening: 0 });
    expect(s.optimizers.nag.params).toMatchObject({ lr: 0.003, momentum: 0.8, dampening: 0 });
  });

  it("while on, a change to either one's lr or momentum is copied to the other; off, they part again", () => {
    const store = lockstepStore();
    store.set({ overlays: { lockstep: true } });
    store.set({ optimizers: { nag: { params: { lr: 0.0005 } } } });
    expect(store.get().optimizers.momentum.params.lr).toBe(0.0005);
    store.set({ optimizers: { momentum: { params: { momentum: 0.95 } } } });
    expect(store.get().optimizers.nag.params.momentum).toBe(0.95);
    store.set({ overlays: { lockstep: false } });
    store.set({ optimizers: { momentum: { params: { lr: 0.002 } } } });
    expect(store.get().optimizers.nag.params.lr).toBe(0.0005);
  });
});
