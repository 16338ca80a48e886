import { describe, expect, it } from 'vitest';
import { readLink } from '../../src/app/location.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { noteText } from '../../src/state/noteText.ts';

const presets = [{ id: 'bowl', title: 'A bowl', description: 'One. Two.', state: defaultState() }];

describe('readLink', () => {
  it('splits a link into its preset and the overrides', () => {
    const link = readLink('#preset=bowl&start=1,2', presets);
    expect(link.preset?.id).toBe('bowl');
    expect(link.patch).toEqual({ start: [1, 2] });
    expect(link.notes.map(noteText)).toEqual([]);
  });

  it('reports an unknown preset and keeps the overrides', () => {
    const link = readLink('#preset=nope&seed=3', presets);
    expect(link.preset).toBeUndefined();
    expect(link.patch).toEqual({ seed: 3 });
    expect(link.notes.map(noteText)).toEqual([expect.stringMatching(/^preset: unknown preset "nope" \(allowed: bowl\)/)]);
  });

  it('keeps the page options apart from the scene', () => {
    const link = readLink('#embed=1&controls=speed,preset&start=1,2&panel=experiment', presets);
    expect(link.patch).toEqual({ start: [1, 2] });
    expect(link.page).toEqual({ embed: 1, controls: 'speed,preset', panel: 'experiment' });
  });
});
