import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { surfaceOf } from '../../src/state/surfaceOf.ts';
import { parsePreset, parsePresets } from '../../src/state/presets.ts';

const files = Object.fromEntries(
  readdirSync('presets')
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`presets/${f}`, 'utf8'))]),
);

describe('presets/*.json', () => {
  it('includes the comparisons a lecture needs', () => {
    for (const id of ['tutorial', 'nag-vs-momentum-rosenbrock', 'nag-vs-momentum-quadratic', 'nag-vs-momentum-saddle',
      'saddle-adaptive', 'rastrigin-local-minima', 'beale', 'network-slice']) {
      expect(Object.keys(files)).toContain(id);
    }
  });

  it.each(Object.entries(files))('%s validates, and enables exactly the optimizers it lists', (id, json) => {
    const preset = parsePreset(id, json);
    expect(preset.title.length).toBeGreaterThan(5);
    const enabled = Object.entries(preset.state.optimizers).filter(([, s]) => s.enabled).map(([k]) => k);
    expect(enabled.sort()).toEqual(Object.keys(json.optimizers).sort());
    const surface = surfaceOf(preset.state);
    const [x, y] = preset.state.start;
    expect(Number.isFinite(surface.value(x, y))).toBe(true);
  });
});

describe('parsePreset', () => {
  const good = files['beale'];
  const bad: [string, unknown, RegExp][] = [
    ['a missing title', { ...good, title: undefined }, /preset p: title/],
    ['a one-sentence description', { ...good, description: 'Too short' }, /description: expected two sentences/],
    ['an unknown surface', { ...good, surface: 'moon' }, /preset p: surface: expected one of/],
    ['an unknown optimizer', { ...good, optimizers: { adamm: {} } }, /optimizers\.adamm: unknown optimizer/],
    ['a bad hyperparameter', { ...good, optimizers: { adam: { lr: -1 } } }, /optimizers\.adam\.params: .*"lr"/],
    ['an unknown field', { ...good, colour: 'red' }, /preset p: colour/],
  ];
  it.each(bad)('rejects %s with one line naming the field', (_n, json, message) => {
    expect(() => parsePreset('p', json)).toThrow(message);
  });

  it('parsePresets keeps the good presets and reports the bad ones', () => {
    const { presets, errors } = parsePresets({ beale: good, broken: { ...good, speed: -4 } });
    expect(presets.map((p) => p.id)).toEqual(['beale']);
    expect(errors).toEqual([expect.stringMatching(/^preset broken: speed: expected a number in/)]);
  });
});
