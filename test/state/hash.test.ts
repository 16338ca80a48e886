import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import { decodeHash, encodeHash, stateDiff } from '../../src/state/hash.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { createStore } from '../../src/state/store.ts';
import { noteText } from '../../src/state/noteText.ts';

function roundTrip(patch: Record<string, unknown>) {
  const store = createStore(defaultState());
  expect(store.set(patch)).toEqual([]);
  const hash = encodeHash(store.get());
  const { patch: decoded, notes } = decodeHash(`#${hash}`);
  const again = createStore(defaultState());
  const more = again.set(decoded);
  return { original: store.get(), restored: again.get(), hash, notes: [...notes, ...more] };
}

describe('hash', () => {
  it('the defaults encode to an empty fragment', () => {
    expect(encodeHash(defaultState())).toBe('');
  });

  it('round-trips surface, start, view, optimizers and overlays', () => {
    const r = roundTrip({
      surface: 'saddle',
      start: [-1.5, 0.01],
      speed: 0.5,
      optimizers: { adam: { params: { lr: 0.02, betas: [0.8, 0.99] } }, adamw: { enabled: true } },
      overlays: { gradient: true },
      experiment: { seed: 9 },
    });
    expect(r.notes.map(noteText)).toEqual([]);
    expect(r.restored).toEqual(r.original);
    expect(r.hash).toContain('surface=saddle');
    expect(r.hash).toContain('start=-1.5,0.01');
    expect(r.hash.length).toBeLessThan(400);
  });

  it('a typed function that reads as a number comes back as the same text', () => {
    for (const f of ['42', '1e999', '-0.5']) {
      const r = roundTrip({ surface: 'custom', f });
      expect(r.notes).toEqual([]);
      expect(r.restored.f).toBe(f);
    }
    expect(roundTrip({ surface: 'custom', f: 'x^2+y' }).hash).toContain('f=x%5E2%2By');
  });

  it('carries the open instrument sections, so a link opens them', () => {
    const { original, restored, hash, notes } = roundTrip({ sections: { noise: true, predict: true } });
    expect(notes).toEqual([]);
    expect(restored.sections).toEqual(original.sections);
    expect(restored.sections.noise).toBe(true);
    expect(hash).toContain('sections=');
  });

  it('round-trips a grid layout as layout=grid', () => {
    const { original, restored, hash, notes } = roundTrip({ layout: 'grid', particles: 400 });
    expect(hash).toBe('particles=400&layout=grid');
    expect(notes.map(noteText)).toEqual([]);
    expect(restored).toEqual(original);
  });

  it('a bad field in a link is reported and the rest still applies', () => {
    const { patch, notes } = decodeHash('#surface=beale&speed=lots&start=1,2&junk');
    expect(notes.map(noteText)).toEqual(['junk: expected key=value']);
    const store = createStore(defaultState());
    const more = store.set(patch);
    expect(more.map(noteText)).toEqual([expect.stringMatching(/^speed:/)]);
    expect(store.get().surface).toBe('beale');
    expect(store.get().start).toEqual([1, 2]);
  });
});

describe('links to a preset', () => {
  const preset = (() => {
    const store = createStore(defaultState());
    store.set({ surface: 'saddle', start: [-1, 0.1], optimizers: { adam: { params: { lr: 0.05 } } } });
    return { id: 'saddle-demo', state: store.get() };
  })();

  it('name the preset and carry only what differs from it', () => {
    const store = createStore(preset.state);
    store.set({ start: [0.5, 0.2], experiment: { seed: 42 } });
    const hash = encodeHash(store.get(), preset);
    expect(hash).toBe('preset=saddle-demo&start=0.5,0.2&experiment=%7B%22seed%22%3A42%7D');
    const { patch } = decodeHash(hash);
    const { preset: id, ...overrides } = patch;
    expect(id).toBe('saddle-demo');
    const restored = createStore(preset.state);
    expect(restored.set(overrides)).toEqual([]);
    expect(restored.get()).toEqual(store.get());
  });

  it('an unchanged preset is just its name', () => {
    expect(encodeHash(preset.state, preset)).toBe('preset=saddle-demo');
  });

  it('stateDiff lists changed hyperparameters only', () => {
    const store = createStore(preset.state);
    store.set({ optimizers: { sgd: { params: { lr: 0.3 } } } });
    expect(stateDiff(store.get(), preset.state)).toEqual({ optimizers: { sgd: { params: { lr: 0.3 } } } });
  });
});

describe('experiment settings and typed functions in a link', () => {
  it('carry only the experiment fields that changed, and come back whole', () => {
    const runs = [1000, 32, 1].map((batchSize) => ({ optimizer: 'sgd', params: { lr: 0.05 }, batchSize }));
    const { original, restored, hash, notes } = roundTrip({ experiment: { batchSize: 1, noise: 0.2, runs } });
    expect(notes.map(noteText)).toEqual([]);
    expect(restored.experiment).toEqual(original.experiment);
    const experiment = decodeHash(hash).patch.experiment as Record<string, unknown>;
    expect(Object.keys(experiment).sort()).toEqual(['batchSize', 'noise', 'runs']);
  });

  it('write a typed function as surface=custom&f=…', () => {
    const { original, restored, hash, notes } = roundTrip({ surface: 'custom', f: '(1-x)^2 + 100*(y-x^2)^2' });
    expect(notes.map(noteText)).toEqual([]);
    expect(hash).toMatch(/^surface=custom&f=\(1-x\)%5E2%20%2B%20100\*\(y-x%5E2\)%5E2&/);
    expect(restored.f).toBe(original.f);
    expect(restored.surface).toBe('custom');
  });

  it('reports a link whose function does not parse and keeps the rest of it', () => {
    const store = createStore(defaultState());
    const { patch } = decodeHash('#surface=custom&f=x%5E2%20%2B%20*y&speed=5');
    expect(store.set(patch).map(noteText)).toEqual(['f: unexpected \'*\' at column 7, got "x^2 + *y"']);
    expect(store.get()).toMatchObject({ surface: 'custom', f: defaultState().f, speed: 5 });
  });
});

describe('painted starts in a link', () => {
  it('carry the brush layout and its points as one list, and read back as the same state', () => {
    const state = { ...defaultState(), layout: 'brush' as const, brush: [1.25, -2, 3, 4], particles: 2 };
    const hash = encodeHash(state);
    expect(hash).toContain('brush=1.25,-2,3,4');
    const { patch, notes } = decodeHash(hash);
    expect(notes).toEqual([]);
    expect(applyPartial(defaultState(), patch).state).toEqual(state);
  });
});
