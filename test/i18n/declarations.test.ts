import { SURFACE_CHOICES } from '../../src/state/schema.ts';
import { describe, expect, it } from 'vitest';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { schedules } from '../../src/core/schedules/registry.ts';
import { surfaces } from '../../src/core/surfaces/registry.ts';
import { LANGS } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';

const CJK = /[\u4e00-\u9fff]/;
const sorted = (keys: Iterable<string>) => [...keys].sort();

describe.each(LANGS)('the declarations in %s', (lang) => {
  const words = wordsFor(lang).declarations;
  /** A sentence of the right language: Chinese has Chinese characters, English none. */
  const inLanguage = (text: string | undefined) => typeof text === 'string' && text.trim() !== '' && CJK.test(text) === (lang === 'zh');

  it('give every surface the state allows its lesson', () => {
    expect(sorted(Object.keys(words.surfaceLessons))).toEqual(sorted(SURFACE_CHOICES));
    expect(SURFACE_CHOICES.filter((id) => !inLanguage(words.surfaceLessons[id]))).toEqual([]);
  });

  it('give every optimizer a plain sentence of its own', () => {
    expect(sorted(Object.keys(words.optimizerSentences))).toEqual(sorted(optimizers.map((o) => o.id)));
    expect(optimizers.filter((o) => !inLanguage(words.optimizerSentences[o.id])).map((o) => o.id)).toEqual([]);
    // Written for students, not the declaration's technical summary again.
    if (lang === 'en') expect(optimizers.filter((o) => words.optimizerSentences[o.id] === o.summary)).toEqual([]);
    expect(new Set(Object.values(words.optimizerSentences)).size).toBe(optimizers.length);
  });

  it("give every optimizer's every hyperparameter a meaning, and nothing else", () => {
    expect(sorted(Object.keys(words.paramMeanings))).toEqual(sorted(optimizers.map((o) => o.id)));
    for (const o of optimizers) {
      expect(sorted(Object.keys(words.paramMeanings[o.id])), o.id).toEqual(sorted(o.hyperparameters.map((p) => p.name)));
      for (const p of o.hyperparameters) expect(inLanguage(words.paramMeanings[o.id][p.name]), `${o.id}.${p.name}`).toBe(true);
    }
  });

  it('give every schedule type and every one of its arguments a meaning', () => {
    expect(sorted(Object.keys(words.scheduleMeanings))).toEqual(sorted(schedules.map((s) => s.type)));
    expect(sorted(Object.keys(words.scheduleParamMeanings))).toEqual(sorted(schedules.map((s) => s.type)));
    for (const s of schedules) {
      expect(inLanguage(words.scheduleMeanings[s.type]), s.type).toBe(true);
      expect(sorted(Object.keys(words.scheduleParamMeanings[s.type])), s.type).toEqual(sorted(s.parameters.map((p) => p.name)));
      for (const p of s.parameters) expect(inLanguage(words.scheduleParamMeanings[s.type][p.name]), `${s.type}.${p.name}`).toBe(true);
    }
  });

  it('keep PyTorch names as code in the Chinese meanings', () => {
    if (lang !== 'zh') return;
    // A meaning that names an argument in English names it the same in Chinese: `lr`, `gamma`, `T_max`.
    const en = wordsFor('en').declarations;
    const missing: string[] = [];
    for (const s of schedules) {
      for (const p of s.parameters) {
        const names = s.parameters.map((q) => q.name).filter((name) => new RegExp(`\\b${name}\\b`).test(en.scheduleParamMeanings[s.type][p.name]));
        for (const name of names) if (!words.scheduleParamMeanings[s.type][p.name].includes(name)) missing.push(`${s.type}.${p.name}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the English declarations', () => {
  it('are the declarations’ own text, so the CLI and the app say the same', () => {
    const words = wordsFor('en').declarations;
    for (const s of surfaces) expect(words.surfaceLessons[s.id]).toBe(s.lesson);
    for (const o of optimizers) for (const p of o.hyperparameters) expect(words.paramMeanings[o.id][p.name]).toBe(p.help);
    for (const s of schedules) expect(words.scheduleMeanings[s.type]).toBe(s.summary);
  });
});
