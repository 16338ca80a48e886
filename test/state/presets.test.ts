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
  const claim = good.claims.find((c: { kind: string }) => c.kind === 'first');
  const bad: [string, unknown, RegExp][] = [
    ['a missing title', { ...good, title: undefined }, /preset p: title/],
    ['a one-sentence description', { ...good, description: 'Too short' }, /description: expected two sentences/],
    ['an unknown surface', { ...good, surface: 'moon' }, /preset p: surface: expected one of/],
    ['an unknown optimizer', { ...good, optimizers: { adamm: {} } }, /optimizers\.adamm: unknown optimizer/],
    ['a bad hyperparameter', { ...good, optimizers: { adam: { lr: -1 } } }, /optimizers\.adam\.params: .*"lr"/],
    ['an unknown field', { ...good, colour: 'red' }, /preset p: colour/],
    ['no steps', { ...good, steps: undefined }, /preset p: steps: expected an integer in \[1, /],
    ['no claims', { ...good, claims: [] }, /preset p: claims: expected at least one claim/],
    ['a claim of an unknown kind', { ...good, claims: [{ ...claim, kind: 'fastest' }] }, /preset p: claims\[0\]\.kind: expected a claim of kind first, below/],
    ['a claim about an unknown optimizer', { ...good, claims: [{ ...claim, a: 'adamm' }] }, /preset p: claims\[0\]\.a: expected one of sgd, /],
    ['a claim about an optimizer the preset does not race', { ...good, claims: [{ ...claim, b: 'adamw' }] },
      /preset p: claims\[0\]\.b: adamw does not race in this preset \(it races sgd, /],
    ['a claim beyond the scene', { ...good, claims: [{ ...claim, steps: good.steps + 1 }] }, /preset p: claims\[0\]\.steps: expected at most the scene's/],
    ['a claim comparing an optimizer with itself', { ...good, claims: [{ ...claim, b: claim.a }] }, /claims\[0\]\.b: expected two different optimizers/],
    ['a mean-loss window that ends before it starts', { ...good, claims: [{ kind: 'lower', a: 'adam', b: 'sgd', from: 20, steps: 10 }] },
      /claims\[0\]\.from: expected from at most steps/],
    ['a share claim with no bound', { ...good, claims: [{ kind: 'share', optimizer: 'sgd', point: [3, 0.5], radius: 1, steps: 10 }] },
      /claims\[0\]\.atLeast: expected atLeast or atMost/],
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
