import { describe, expect, it } from 'vitest';
import { CORRUPT_KEY, LIBRARY_KEY, loadLibrary, storeLibrary, type KeyValueStore } from '../../src/app/sceneStorage.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { emptyLibrary, saveScene } from '../../src/state/sceneLibrary.ts';

function memory(limit = Infinity): KeyValueStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      items.set(k, v);
    },
  };
}

describe('saved scenes in local storage', () => {
  const library = saveScene(emptyLibrary(), 'mine', { ...defaultState(), surface: 'booth' }, 't').library;

  it('survive a reload', () => {
    const store = memory();
    expect(storeLibrary(store, library)).toBeNull();
    const { library: back, notes } = loadLibrary(store);
    expect(notes).toEqual([]);
    expect(back.scenes.map((s) => [s.name, s.state.surface])).toEqual([['mine', 'booth']]);
  });

  it('set damaged text aside and report it rather than lose it', () => {
    const store = memory();
    store.setItem(LIBRARY_KEY, '{"format": "slopes-scenes/1", "scenes": [');
    const { library: back, notes, problem } = loadLibrary(store);
    expect(back.scenes).toEqual([]);
    expect(notes).toEqual([]);
    expect(problem).toEqual({ kind: 'damaged' });
    expect(store.items.get(CORRUPT_KEY)).toBe('{"format": "slopes-scenes/1", "scenes": [');
  });

  it('report a full storage as an error, and a blocked one', () => {
    expect(storeLibrary(memory(10), library)).toEqual({ kind: 'full' });
    expect(storeLibrary(null, library)).toEqual({ kind: 'blocked' });
    expect(loadLibrary(null).problem).toEqual({ kind: 'blocked' });
    const throwing: KeyValueStore = {
      getItem: () => {
        throw Object.assign(new Error('no'), { name: 'SecurityError' });
      },
      setItem: () => {
        throw Object.assign(new Error('no'), { name: 'SecurityError' });
      },
    };
    expect(loadLibrary(throwing).problem).toEqual({ kind: 'unreadable', detail: 'SecurityError' });
    expect(storeLibrary(throwing, library)).toEqual({ kind: 'unwritable', detail: 'SecurityError' });
  });

  it('leave damaged text in place, and say so, when it cannot be set aside', () => {
    const store = memory(5);
    store.items.set(LIBRARY_KEY, 'not json at all');
    expect(loadLibrary(store).problem).toEqual({ kind: 'damagedKept' });
    expect(store.items.get(LIBRARY_KEY)).toBe('not json at all');
  });
});
