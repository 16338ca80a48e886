import { describe, expect, it } from 'vitest';
import { sceneChanges } from '../../src/app/sceneChanges.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { createStore } from '../../src/state/store.ts';

const en = wordsFor('en');
const zh = wordsFor('zh');

describe('sceneChanges', () => {
  it('is empty while only the way the scene is shown changes', () => {
    const store = createStore(defaultState());
    store.set({ running: false, speed: 10, view: { x: [0, 1], y: [0, 1] }, stretch: true, overlays: { gradient: true }, sections: { hypermap: true }, trail: 20 });
    expect(sceneChanges(store.get(), defaultState(), en)).toEqual([]);
  });

  it('names what changes the race: the start point and each optimizer touched', () => {
    const store = createStore(defaultState());
    store.set({ start: [0, 0], optimizers: { adam: { params: { lr: 0.1 } }, sgd: { enabled: false } } });
    expect(sceneChanges(store.get(), defaultState(), en).sort()).toEqual(['Adam', 'SGD', 'start point']);
  });

  it('names a swarm laid out on a grid in words', () => {
    const store = createStore(defaultState());
    store.set({ layout: 'grid', particles: 400 });
    expect(sceneChanges(store.get(), defaultState(), en)).toEqual(['swarm size', 'swarm layout']);
  });

  it('names painted starts once, as the layout they belong to', () => {
    const store = createStore(defaultState());
    expect(store.set({ layout: 'brush', brush: [0, 0, 1, 1], particles: 2 })).toEqual([]);
    expect(sceneChanges(store.get(), defaultState(), en)).toEqual(['swarm size', 'swarm layout']);
  });
});

describe('sceneChanges and the rules', () => {
  it('names a typed rule by the editor that holds it', () => {
    const store = createStore(defaultState());
    expect(store.set({ rules: [{ text: '# Mine\nparam lr = 0.1\nx = x - lr*g' }] })).toEqual([]);
    expect(sceneChanges(store.get(), defaultState(), en)).toEqual(['My optimizers']);
    expect(sceneChanges(store.get(), defaultState(), zh)).toEqual(['我的优化器']);
  });
});

describe('sceneChanges and the typed function', () => {
  it('does not count a new text while another surface is shown', () => {
    const store = createStore(defaultState());
    expect(store.set({ f: 'abs(x) + y^2' })).toEqual([]);
    expect(sceneChanges(store.get(), defaultState(), en)).toEqual([]);
  });
});

describe('sceneChanges in Chinese', () => {
  it("names each change in the catalogue's words, optimizers by their own names", () => {
    const store = createStore(defaultState());
    store.set({ start: [0, 0], noise: 0.5, seed: 7, optimizers: { adam: { params: { lr: 0.1 } } } });
    const changes = sceneChanges(store.get(), defaultState(), zh);
    expect(changes.sort()).toEqual(['Adam', zh.shell.changes.start, zh.shell.changes.noise, zh.shell.changes.seed].sort());
    // Every word but the optimizer's name is Chinese: no English field name slipped through.
    for (const word of changes.filter((c) => c !== 'Adam')) expect(word).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('has a word for every field of the state that a preset can change, in both languages', () => {
    // Optimizers are named one by one, and rules by their editor's title ("My optimizers").
    const shownOnly = ['lang', 'running', 'speed', 'view', 'stretch', 'relief', 'tilt', 'overlays', 'sections', 'trail', 'f', 'optimizers', 'rules'];
    // Painted starts are named as the layout they belong to.
    const fields = Object.keys(defaultState()).filter((k) => !shownOnly.includes(k) && k !== 'brush');
    expect(Object.keys(en.shell.changes).sort()).toEqual(fields.sort());
    expect(Object.keys(zh.shell.changes).sort()).toEqual(fields.sort());
  });
});
