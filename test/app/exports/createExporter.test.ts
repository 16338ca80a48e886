import { describe, expect, it } from 'vitest';
import { createExporter } from '../../../src/app/exports/createExporter.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { wordsFor } from '../../../src/i18n/words.ts';
import { defaultState, type AppState } from '../../../src/state/AppState.ts';
import { applyPartial } from '../../../src/state/schema.ts';
import { createSurfaceCache } from '../../../src/state/surfaceOf.ts';

const words = wordsFor('en');
const lion = gallery.find((r) => r.id === 'lion')!.text;

function exporterOf(patch: unknown) {
  const { state, notes } = applyPartial(defaultState(), patch);
  expect(notes).toEqual([]);
  const small: AppState = { ...state, experiment: { ...state.experiment, epochs: 2 } };
  return createExporter({ words, scene: () => ({ state: small, surfaces: createSurfaceCache(), steps: 10, title: 't', name: 'n' }), png: () => Promise.reject(new Error('no map here')) });
}

describe('createExporter with rules in "My optimizers"', () => {
  it('puts each rule\'s epoch losses in the experiment\'s CSV', () => {
    const header = exporterOf({ rules: [{ text: lion }] }).text('experiment-csv').split('\n')[0];
    expect(header.split(',').at(-1)).toBe('rule-1');
  });

  it('leaves rules out of the experiment\'s PyTorch script and says where their classes come from', () => {
    const script = exporterOf({ rules: [{ text: lion }] }).text('pytorch-experiment');
    expect(script).toContain(words.rules.leftOutOfScript);
    expect(script).not.toContain('rule-1');
    expect(exporterOf({}).text('pytorch-experiment')).not.toContain(words.rules.leftOutOfScript);
    // On a network surface the map's script is the experiment's, with both notes.
    const network = exporterOf({ surface: 'mlp-slice', rules: [{ text: lion }] }).text('pytorch');
    expect(network).toContain(`${words.exports.networkScript} ${words.rules.leftOutOfScript}`);
  });
});
