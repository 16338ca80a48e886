import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/AppState.ts';
import {
  emptyLibrary,
  encodeLibrary,
  MAX_NAME,
  MAX_SCENES,
  mergeLibrary,
  parseLibrary,
  removePlaylist,
  removeScene,
  renameScene,
  saveScene,
  savePlaylist,
  SCENES_FORMAT,
} from '../../src/state/sceneLibrary.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { noteText } from '../../src/state/noteText.ts';

const scene = (patch: Record<string, unknown>) => applyPartial(defaultState(), patch).state;
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe("a teacher's scene library", () => {
  it('keeps every field of a saved scene through export and import', () => {
    const state = scene({
      surface: 'saddle',
      start: [-1.5, 0.01],
      speed: 0.5,
      particles: 40,
      layout: 'grid',
      noise: 0.3,
      seed: 9,
      lang: 'zh',
      optimizers: { adam: { params: { lr: 0.02, betas: [0.8, 0.99] }, schedule: { type: 'StepLR', params: { step_size: 30 } } }, adamw: { enabled: true } },
      experiment: { seed: 4, batchSize: 8, epochs: 3 },
    });
    let library = saveScene(emptyLibrary(), 'Week 3: saddle', state, '2026-12-01T00:00:00Z').library;
    library = { ...library, playlists: [{ name: 'Lecture 1', scenes: ['Week 3: saddle', 'rosenbrock-race'] }] };
    const file = asJson(encodeLibrary(library)) as ReturnType<typeof encodeLibrary>;
    expect(file.format).toBe(SCENES_FORMAT);
    const { library: back, notes } = parseLibrary(file);
    expect(notes.map(noteText)).toEqual([]);
    // The library stores a scene to replay, so it always plays when loaded.
    expect(asJson(back.scenes[0].state)).toEqual(asJson({ ...state, running: true }));
    expect(back.playlists).toEqual(library.playlists);
  });

  it('replaces a scene saved again under the same name and refuses an empty or overlong name', () => {
    let library = saveScene(emptyLibrary(), 'A', defaultState(), 't1').library;
    library = saveScene(library, ' A ', scene({ speed: 4 }), 't2').library;
    expect(library.scenes.map((s) => [s.name, s.state.speed])).toEqual([['A', 4]]);
    expect(noteText(saveScene(library, '   ', defaultState(), 't').error!)).toMatch(/^name: expected 1 to 80 characters/);
    expect(noteText(saveScene(library, 'x'.repeat(MAX_NAME + 1), defaultState(), 't').error!)).toMatch(/^name:/);
    expect(removeScene(library, 'A').scenes).toEqual([]);
  });

  it('reads a damaged file field by field: bad fields are reported and the rest is kept', () => {
    const { library, notes } = parseLibrary({
      format: SCENES_FORMAT,
      scenes: [{ name: 'good', state: { surface: 'beale', speed: -5, trail: 50 } }, { name: '', state: {} }, 'not a scene', { name: 'good', state: {} }],
      playlists: [
        { name: 'p', scenes: ['good', 7] },
        { name: 'q', scenes: 'good' },
      ],
    });
    expect(library.scenes).toHaveLength(1);
    expect(library.scenes[0].state.surface).toBe('beale');
    expect(library.scenes[0].state.trail).toBe(50);
    expect(library.scenes[0].state.speed).toBe(defaultState().speed);
    expect(notes.map(noteText)).toEqual([
      expect.stringMatching(/^scenes\[0\]\.state\.speed: /),
      expect.stringMatching(/^scenes\[1\]\.name: expected a name/),
      expect.stringMatching(/^scenes\[2\]: expected \{ name, state \}/),
      expect.stringMatching(/^scenes\[3\]\.name: "good" is already taken/),
      expect.stringMatching(/^playlists\[0\]\.scenes: 1 entries/),
      expect.stringMatching(/^playlists\[1\]\.scenes: expected a list/),
    ]);
    expect(library.playlists).toEqual([{ name: 'p', scenes: ['good'] }]);
  });

  it('never throws and always gives valid states, whatever the file holds', () => {
    const anything = fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withObjectString: true });
    const fileLike = fc.record(
      {
        format: fc.constantFrom(SCENES_FORMAT, 'x'),
        scenes: fc.array(fc.record({ name: fc.oneof(fc.string(), anything), state: anything }, { requiredKeys: [] }), { maxLength: 4 }),
        playlists: anything,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anything, fileLike), (json) => {
        const { library } = parseLibrary(json);
        for (const s of library.scenes) expect(applyPartial(defaultState(), asJson(s.state)).notes.map(noteText)).toEqual([]);
      }),
      { numRuns: 600, seed: 20261201 },
    );
  });

  it('renames a scene in every playlist that names it, and refuses a taken or empty name', () => {
    let library = saveScene(saveScene(emptyLibrary(), 'A', defaultState(), 't').library, 'B', scene({ speed: 4 }), 't').library;
    library = savePlaylist(library, 'L', ['A', 'beale', 'A', 'B']).library;
    const renamed = renameScene(library, 'A', '  C ').library;
    expect(renamed.scenes.map((s) => s.name)).toEqual(['C', 'B']);
    expect(renamed.playlists).toEqual([{ name: 'L', scenes: ['C', 'beale', 'C', 'B'] }]);
    expect(renameScene(library, 'A', 'B')).toEqual({ library, error: 'nameTaken' });
    expect(renameScene(library, 'A', ' ')).toEqual({ library, error: 'badName' });
    expect(renameScene(library, 'A', 'A')).toEqual({ library });
  });

  it('makes and deletes playlists; a playlist of nothing is refused', () => {
    const library = savePlaylist(emptyLibrary(), 'L', ['beale']).library;
    expect(savePlaylist(library, 'L', ['saddle-adaptive']).library.playlists).toEqual([{ name: 'L', scenes: ['saddle-adaptive'] }]);
    expect(savePlaylist(library, 'M', []).error).toBe('emptyPlaylist');
    expect(removePlaylist(library, 'L').playlists).toEqual([]);
  });

  it('refuses a scene past the limit, and an import keeps what is there, replaces same names and counts what did not fit', () => {
    let full = emptyLibrary();
    for (let i = 0; i < MAX_SCENES; i++) full = saveScene(full, `s${i}`, defaultState(), 't').library;
    expect(saveScene(full, 'one more', defaultState(), 't').error?.kind).toBe('libraryFull');
    // Saving again under a name already there replaces it, so it is not refused.
    expect(saveScene(full, 's3', scene({ speed: 2 }), 't').error).toBeUndefined();
    const imported = saveScene(saveScene(emptyLibrary(), 's0', scene({ speed: 8 }), 'u').library, 'new', defaultState(), 'u').library;
    const { library, dropped } = mergeLibrary(full, { ...imported, playlists: [{ name: 'P', scenes: ['new'] }] });
    expect(dropped).toBe(1);
    expect(library.scenes).toHaveLength(MAX_SCENES);
    expect(library.scenes.filter((s) => s.name === 's0').map((s) => s.state.speed)).toEqual([8]);
    expect(library.playlists).toEqual([{ name: 'P', scenes: ['new'] }]);
  });
});
