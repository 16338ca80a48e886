import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../src/state/AppState.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { noteText } from '../../src/state/noteText.ts';
import { gallery } from '../../src/core/rules/gallery.ts';

/** Keys a hostile patch or link reaches for: the state's own fields, nested ones, and prototype tricks. */
const KEYS = [
  ...Object.keys(defaultState()),
  'x',
  'y',
  'lr',
  'momentum',
  'enabled',
  'params',
  'schedule',
  'type',
  'gradient',
  'seed',
  'batch',
  'runs',
  'optimizer',
  'rule',
  'text',
  '__proto__',
  'constructor',
  'prototype',
  'adam',
  'sgd',
  '',
];

/** Rule texts: the gallery's, broken ones, hostile sizes and random text. */
const ruleText = fc.oneof(
  fc.constantFrom(...gallery.map((r) => r.text), 'param lr = 1\nx = x - lr*bta1', 'x = x - (', '(('.repeat(10_000), 'x = x\n'.repeat(10_000), ''),
  fc.string(),
);

/** Values that break naive code: non-finite and huge numbers, wrong types, deep and odd objects. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 1e9, 1e12, -0, 0.5, 2 ** 53, null, undefined, true, '', '1e999', 'NaN'),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.record({ text: ruleText, params: tie('value') }, { requiredKeys: [] }), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const hostilePatch = fc.dictionary(fc.constantFrom(...KEYS), hostileValue, { maxKeys: 6 });

/** The state as the JSON a link or preset carries (where -0 and 0 are one number). */
const asJson = (state: AppState): unknown => JSON.parse(JSON.stringify(state));

/** A state is valid when validating it whole, field by field, changes nothing and finds nothing to report. */
function expectValid(state: AppState): void {
  const again = applyPartial(defaultState(), asJson(state));
  expect(again.notes).toEqual([]);
  expect(asJson(again.state)).toEqual(asJson(state));
}

const RUNS = { numRuns: 2000, seed: 20261201 };

describe('hostile patches to setState, presets and links', () => {
  it('never throw, and always leave a valid state', () => {
    fc.assert(
      fc.property(hostilePatch, (patch) => {
        const { state } = applyPartial(defaultState(), patch);
        expectValid(state);
      }),
      RUNS,
    );
    // 2000 patches, some compiling rules: seconds on a busy machine.
  }, 30_000);

  it('keep the old value of every rejected field and apply the good ones beside it', () => {
    fc.assert(
      fc.property(hostileValue, fc.double({ min: 0.02, max: 2000, noNaN: true }), (bad, speed) => {
        const before = defaultState();
        const { state, notes } = applyPartial(before, { trail: bad, speed });
        expect(state.speed).toBe(speed);
        const accepted = Number.isInteger(bad) && (bad as number) >= 2 && (bad as number) <= 5000;
        if (accepted) expect(state.trail).toBe(bad);
        else {
          expect(state.trail).toBe(before.trail);
          // The note names the field and quotes (a shortened form of) what was given.
          expect(notes).toHaveLength(1);
          expect(noteText(notes[0])).toMatch(/^trail: .*got /);
          expect(noteText(notes[0]).length).toBeLessThan(300);
        }
      }),
      RUNS,
    );
  });

  it('never change a prototype, whatever keys they use', () => {
    fc.assert(
      fc.property(hostilePatch, (patch) => {
        applyPartial(defaultState(), JSON.parse(`{"__proto__": {"polluted": 1}, "optimizers": {"__proto__": {"enabled": true}}}`));
        applyPartial(defaultState(), patch);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('enabled');
      }),
      { ...RUNS, numRuns: 200 },
    );
  });
});

describe('hostile links', () => {
  const hashPart = fc.tuple(
    fc.constantFrom(...KEYS),
    fc.oneof(
      fc.string(),
      fc.json(),
      hostileValue.map((v) => JSON.stringify(v) ?? ''),
    ),
    fc.boolean(),
  );
  const hostileHash = fc.array(hashPart, { maxLength: 6 }).map((parts) => parts.map(([k, v, raw]) => `${k}=${raw ? v : encodeURIComponent(v)}`).join('&'));

  it('decode to a patch that applies to a valid state, with no exception', () => {
    fc.assert(
      fc.property(fc.oneof(hostileHash, fc.string()), (hash) => {
        const { patch } = decodeHash(hash);
        expectValid(applyPartial(defaultState(), patch).state);
      }),
      RUNS,
    );
  });

  it('name "__proto__" as an unknown field rather than take it as the patch\'s prototype', () => {
    const { patch } = decodeHash('__proto__={"speed":5}&trail=40');
    expect(Object.getPrototypeOf(patch)).toBe(Object.prototype);
    const { state, notes } = applyPartial(defaultState(), patch);
    expect(state.speed).toBe(defaultState().speed);
    expect(state.trail).toBe(40);
    expect(notes.some((n) => noteText(n).startsWith('__proto__: unknown field'))).toBe(true);
  });

  it('of a megabyte are read in linear time and refused field by field', () => {
    const huge = `speed=${'9'.repeat(1 << 20)}&trail=40&start=${'1,'.repeat(200_000)}1`;
    const t0 = performance.now();
    const { patch } = decodeHash(huge);
    const { state, notes } = applyPartial(defaultState(), patch);
    // Generous: the point is no hang, on a shared machine.
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(state.trail).toBe(40);
    expect(state.speed).toBe(defaultState().speed);
    expect(notes.every((n) => noteText(n).length < 300)).toBe(true);
  });

  it('round-trip any valid state they can reach', () => {
    fc.assert(
      fc.property(hostilePatch, (patch) => {
        const { state } = applyPartial(defaultState(), patch);
        const back = applyPartial(defaultState(), decodeHash(encodeHash(state)).patch);
        expect(back.notes).toEqual([]);
        expect(asJson(back.state)).toEqual(asJson(state));
      }),
      { ...RUNS, numRuns: 500 },
    );
  });
});
