import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surfaceOf } from '../../src/state/surfaceOf.ts';
import { parsePreset, parsePresets } from '../../src/state/presets.ts';

type Text = Record<'en' | 'zh', string>;
/** A preset file as written, before parsePreset reads it. */
interface PresetFile {
  title: Text;
  description: Text;
  note: Text;
  steps: number;
  optimizers: object;
  claims: { kind: string; a: string }[];
}

const files = Object.fromEntries(
  readdirSync('presets')
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, PresetFile] => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`presets/${f}`, 'utf8')) as PresetFile]),
);

describe('presets/*.json', () => {
  it('includes the comparisons a lecture needs', () => {
    for (const id of [
      'tutorial',
      'nag-vs-momentum-rosenbrock',
      'nag-vs-momentum-quadratic',
      'nag-vs-momentum-saddle',
      'saddle-adaptive',
      'rastrigin-local-minima',
      'beale',
      'network-slice',
    ]) {
      expect(Object.keys(files)).toContain(id);
    }
  });

  it.each(Object.entries(files))('%s validates, and enables exactly the optimizers it lists', (id, json) => {
    const preset = parsePreset(id, json);
    expect(preset.title.en.length).toBeGreaterThan(5);
    // The Chinese text is Chinese, and keeps the numbers the English story states (the claims check those).
    for (const field of ['title', 'description', 'note'] as const) expect(preset[field].zh).toMatch(/[\u4e00-\u9fff]/);
    const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);
    const english = numbers(preset.description.en.replace(/(\d) (\d{3})/g, '$1$2'));
    expect(numbers(preset.description.zh.replace(/(\d) (\d{3})/g, '$1$2'))).toEqual(expect.arrayContaining(english));
    const enabled = Object.entries(preset.state.optimizers)
      .filter(([, s]) => s.enabled)
      .map(([k]) => k);
    expect(enabled.sort()).toEqual(Object.keys(json.optimizers).sort());
    const surface = surfaceOf(preset.state);
    const [x, y] = preset.state.start;
    expect(Number.isFinite(surface.value(x, y))).toBe(true);
  });
});

describe('parsePreset', () => {
  const good = files['beale'];
  const claim = good.claims.find((c) => c.kind === 'first')!;
  const bad: [string, unknown, RegExp][] = [
    ['a missing title', { ...good, title: undefined }, /preset p: title/],
    ['a plain-text title', { ...good, title: 'Beale' }, /preset p: title: expected \{"en": …, "zh": …\}/],
    ['a title missing its Chinese', { ...good, title: { en: good.title.en } }, /preset p: title\.zh: expected a title/],
    ['an empty Chinese title', { ...good, title: { ...good.title, zh: '  ' } }, /preset p: title\.zh: expected a title/],
    ['a title in a third language', { ...good, title: { ...good.title, fr: 'Beale' } }, /preset p: title\.fr: unknown field/],
    ['a description missing its Chinese', { ...good, description: { en: good.description.en } }, /preset p: description\.zh: expected two sentences/],
    ['a one-sentence description', { ...good, description: { ...good.description, en: 'Too short' } }, /description\.en: expected two sentences/],
    ['a one-sentence Chinese story', { ...good, description: { ...good.description, zh: '平台很平坦，峡谷很窄。' } }, /description\.zh: expected two sentences/],
    // Half-width full stops are not how Chinese ends a sentence, so they do not count.
    [
      'a Chinese story ending its sentences in half-width stops',
      { ...good, description: { ...good.description, zh: '平台很平坦. 峡谷很窄.' } },
      /description\.zh: expected two sentences/,
    ],
    ["no teacher's note", { ...good, note: undefined }, /preset p: note: expected \{"en"/],
    ['an empty English note', { ...good, note: { ...good.note, en: '' } }, /preset p: note\.en: expected the teacher's note/],
    ['an unknown surface', { ...good, surface: 'moon' }, /preset p: surface: expected one of/],
    ['an unknown optimizer', { ...good, optimizers: { adamm: {} } }, /optimizers\.adamm: unknown optimizer/],
    ['a bad hyperparameter', { ...good, optimizers: { adam: { lr: -1 } } }, /optimizers\.adam\.params: .*"lr"/],
    ['an unknown field', { ...good, colour: 'red' }, /preset p: colour/],
    ['no steps', { ...good, steps: undefined }, /preset p: steps: expected an integer in \[1, /],
    ['no claims', { ...good, claims: [] }, /preset p: claims: expected at least one claim/],
    ['a claim of an unknown kind', { ...good, claims: [{ ...claim, kind: 'fastest' }] }, /preset p: claims\[0\]\.kind: expected a claim of kind first, below/],
    ['a claim about an unknown optimizer', { ...good, claims: [{ ...claim, a: 'adamm' }] }, /preset p: claims\[0\]\.a: expected one of sgd, /],
    [
      'a claim about an optimizer the preset does not race',
      { ...good, claims: [{ ...claim, b: 'adamw' }] },
      /preset p: claims\[0\]\.b: adamw does not race in this preset \(it races sgd, /,
    ],
    ['a claim beyond the scene', { ...good, claims: [{ ...claim, steps: good.steps + 1 }] }, /preset p: claims\[0\]\.steps: expected at most the scene's/],
    ['a claim comparing an optimizer with itself', { ...good, claims: [{ ...claim, b: claim.a }] }, /claims\[0\]\.b: expected two different optimizers/],
    [
      'a mean-loss window that ends before it starts',
      { ...good, claims: [{ kind: 'lower', a: 'adam', b: 'sgd', from: 20, steps: 10 }] },
      /claims\[0\]\.from: expected from at most steps/,
    ],
    [
      'a share claim with no bound',
      { ...good, claims: [{ kind: 'share', optimizer: 'sgd', point: [3, 0.5], radius: 1, steps: 10 }] },
      /claims\[0\]\.atLeast: expected atLeast or atMost/,
    ],
  ];
  it.each(bad)('rejects %s with one line naming the field', (_n, json, message) => {
    expect(() => parsePreset('p', json)).toThrow(message);
  });

  it('keeps both languages of the title, the story and the note', () => {
    const preset = parsePreset('p', good);
    expect(preset.title).toEqual(good.title);
    expect(preset.description).toEqual(good.description);
    expect(preset.note).toEqual(good.note);
  });

  it('counts two full-width sentence ends as a Chinese story of two sentences', () => {
    const two = { ...good, description: { ...good.description, zh: '平台很平坦。峡谷很窄！' } };
    expect(parsePreset('p', two).description.zh).toBe('平台很平坦。峡谷很窄！');
  });

  it('parsePresets keeps the good presets and reports the bad ones', () => {
    const { presets, errors } = parsePresets({ beale: good, broken: { ...good, speed: -4 } });
    expect(presets.map((p) => p.id)).toEqual(['beale']);
    expect(errors).toEqual([expect.stringMatching(/^preset broken: speed: expected a number in/)]);
  });
});
