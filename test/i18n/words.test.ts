import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';

/** Every leaf of a catalogue as "path: kind", kind being the type and, for functions, the arity. */
function leaves(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (typeof value !== 'object' || value === null) return [`${path}: ${typeof value}`];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe('the word catalogues', () => {
  const en = leaves(wordsFor('en'));

  it.each(LANGS)('%s has exactly the keys of English, each of the same kind', (lang) => {
    expect(leaves(wordsFor(lang)).sort()).toEqual([...en].sort());
  });

  it.each(LANGS)('%s has no empty text', (lang) => {
    const empty: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string' && value.trim() === '') empty.push(path);
      else if (typeof value === 'object' && value) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(wordsFor(lang), lang);
    expect(empty).toEqual([]);
  });
});

describe('names of the declarations', () => {
  it.each(LANGS)('%s names every surface the state allows and every optimizer', async (lang) => {
    const { SURFACE_CHOICES } = await import('../../src/state/schema.ts');
    const { optimizers } = await import('../../src/core/optimizers/registry.ts');
    const words = wordsFor(lang).declarations;
    expect(Object.keys(words.surfaceNames).sort()).toEqual([...SURFACE_CHOICES].sort());
    expect(Object.keys(words.optimizerNames).sort()).toEqual(optimizers.map((o) => o.id).sort());
  });
});
