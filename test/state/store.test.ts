import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { createStore } from '../../src/state/store.ts';
import { createSurfaceCache, surfaceKey, surfaceOf } from '../../src/state/surfaceOf.ts';

describe('store', () => {
  it('notifies subscribers once per effective change', () => {
    const store = createStore(defaultState());
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.speed));
    store.set({ speed: 5 });
    store.set({ speed: 5 });
    store.set({ speed: -1 });
    expect(seen).toEqual([5]);
  });

  it('a new surface brings its own view and start unless the patch sets them', () => {
    const store = createStore(defaultState());
    store.set({ surface: 'beale' });
    expect(store.get().view).toEqual({ x: [-4.5, 4.5], y: [-4.5, 4.5] });
    expect(store.get().start).toEqual([1, 1]);
    store.set({ surface: 'booth', start: [0, 0] });
    expect(store.get().view).toEqual({ x: [-10, 10], y: [-10, 10] });
    expect(store.get().start).toEqual([0, 0]);
  });

  it('the network slice centres its view on the chosen weights', () => {
    const store = createStore(defaultState());
    store.set({ surface: 'mlp-slice', network: { params: ['w1[0]', 'b1[0]'] } });
    const { view, start } = store.get();
    expect(view.x[1] - view.x[0]).toBeCloseTo(4, 12);
    expect((view.x[0] + view.x[1]) / 2).toBeCloseTo(start[0], 12);
  });
});

describe('surfaceOf', () => {
  it('builds the typed function of "custom", keyed by its text', () => {
    const state = { ...defaultState(), surface: 'custom', f: 'x^2 + 3*y' };
    const surface = surfaceOf(state);
    expect(surface.id).toBe('custom');
    expect(surface.value(2, 1)).toBe(7);
    expect(surfaceKey(state)).not.toBe(surfaceKey({ ...state, f: 'x^2 + 3*y + 1' }));
  });

  it('keeps the last surface in the cache its caller owns, and nowhere else', () => {
    const state = { ...defaultState(), surface: 'custom', f: 'abs(x) + y^2' };
    const mine = createSurfaceCache();
    const first = surfaceOf(state, mine);
    expect(surfaceOf({ ...state }, mine)).toBe(first);
    // Another caller (another demo on the page) builds its own.
    expect(surfaceOf(state, createSurfaceCache())).not.toBe(first);
    expect(surfaceOf(state)).not.toBe(first);
    surfaceOf({ ...state, f: 'x + y' }, mine);
    expect(mine.surface?.formula).toBe('x + y');
  });

  it('refuses a text that does not compile rather than showing something else', () => {
    expect(() => surfaceOf({ ...defaultState(), surface: 'custom', f: 'x +' })).toThrow(/^f: .*column 4/);
  });
});
