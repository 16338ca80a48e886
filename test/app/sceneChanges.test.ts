import { describe, expect, it } from 'vitest';
import { sceneChanges } from '../../src/app/sceneChanges.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { createStore } from '../../src/state/store.ts';

describe('sceneChanges', () => {
  it('is empty while only the way the scene is shown changes', () => {
    const store = createStore(defaultState());
    store.set({ running: false, speed: 10, view: { x: [0, 1], y: [0, 1] }, stretch: true, overlays: { gradient: true }, trail: 20 });
    expect(sceneChanges(store.get(), defaultState())).toEqual([]);
  });

  it('names what changes the race: the start point and each optimizer touched', () => {
    const store = createStore(defaultState());
    store.set({ start: [0, 0], optimizers: { adam: { params: { lr: 0.1 } }, sgd: { enabled: false } } });
    expect(sceneChanges(store.get(), defaultState()).sort()).toEqual(['Adam', 'SGD', 'start point']);
  });

  it('names a swarm laid out on a grid in words', () => {
    const store = createStore(defaultState());
    store.set({ layout: 'grid', particles: 400 });
    expect(sceneChanges(store.get(), defaultState())).toEqual(['swarm size', 'swarm layout']);
  });
});

describe('sceneChanges and the typed function', () => {
  it('does not count a new text while another surface is shown', () => {
    const store = createStore(defaultState());
    expect(store.set({ f: 'abs(x) + y^2' })).toEqual([]);
    expect(sceneChanges(store.get(), defaultState())).toEqual([]);
  });
});
