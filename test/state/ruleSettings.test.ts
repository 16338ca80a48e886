import { describe, expect, it } from 'vitest';
import { gallery } from '../../src/core/rules/gallery.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { MAX_RULES } from '../../src/state/ruleSettings.ts';
import { applyPartial } from '../../src/state/schema.ts';
import { noteText } from '../../src/state/noteText.ts';

const text = (id: string) => gallery.find((r) => r.id === id)!.text;
const MOMENTUM = text('momentum');

describe('rules in the state', () => {
  it('default to none', () => {
    expect(defaultState().rules).toEqual([]);
  });

  it('take a rule with its params completed from its own param lines', () => {
    const { state, notes } = applyPartial(defaultState(), { rules: [{ text: MOMENTUM, params: { lr: 0.01 } }] });
    expect(notes.map(noteText)).toEqual([]);
    expect(state.rules).toEqual([{ text: MOMENTUM, params: { lr: 0.01, momentum: 0.9 } }]);
  });

  it('keep the previous rule when the new text has a mistake, naming rules[i], line and column', () => {
    const before = applyPartial(defaultState(), { rules: [{ text: MOMENTUM }] }).state;
    const bad = MOMENTUM.replace('b = momentum*b + g', 'b = momentm*b + g');
    const { state, notes } = applyPartial(before, { rules: [{ text: bad }] });
    expect(state.rules).toEqual(before.rules);
    expect(notes).toHaveLength(1);
    expect(noteText(notes[0])).toMatch(/^rules\[0\]\.text: line 5, column 5: unknown name 'momentm'/);
  });

  it('check params against the rule and keep the others', () => {
    const before = applyPartial(defaultState(), { rules: [{ text: MOMENTUM, params: { momentum: 0.5 } }] }).state;
    const unknown = applyPartial(before, { rules: [{ text: MOMENTUM, params: { beta1: 0.9 } }] });
    expect(noteText(unknown.notes[0])).toMatch(/^rules\[0\]\.params: .*unknown parameter "beta1" \(allowed: lr, momentum\)/);
    expect(unknown.state.rules[0].params).toEqual({ lr: 0.001, momentum: 0.5 });
    const negative = applyPartial(before, { rules: [{ text: MOMENTUM, params: { lr: -1 } }] });
    expect(noteText(negative.notes[0])).toMatch(/^rules\[0\]\.params: .*"lr" must be a number >= 0, got -1/);
    expect(negative.state.rules[0].params.lr).toBe(0.001);
  });

  it('start a changed text from its own defaults', () => {
    const before = applyPartial(defaultState(), { rules: [{ text: MOMENTUM, params: { lr: 0.05 } }] }).state;
    const { state } = applyPartial(before, { rules: [{ text: text('adam') }] });
    expect(state.rules[0].params).toEqual({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
  });

  it(`refuse more than ${MAX_RULES} rules, a bad first rule, or a text that is not a string`, () => {
    const many = applyPartial(defaultState(), { rules: Array.from({ length: MAX_RULES + 1 }, () => ({ text: MOMENTUM })) });
    expect(many.state.rules).toEqual([]);
    expect(noteText(many.notes[0])).toMatch(/^rules: expected a list of at most 4 rules/);
    const first = applyPartial(defaultState(), { rules: [{ text: 'x = x - (' }, { text: 42 }, 'sgd'] });
    expect(first.state.rules).toEqual([]);
    expect(first.notes.map(noteText)).toEqual([
      expect.stringMatching(/^rules\[0\]\.text: line 1, column 10: /),
      'rules[1].text: expected the text of an update rule, got 42',
      'rules[2]: expected { text, params, schedule? }, got "sgd"',
    ]);
  });
});

describe('rules in links', () => {
  it('carry one rule at its defaults as rule=<text>', () => {
    const state = applyPartial(defaultState(), { rules: [{ text: MOMENTUM }] }).state;
    const hash = encodeHash(state);
    expect(hash).toBe(`rule=${encodeURIComponent(MOMENTUM)}`);
    expect(applyPartial(defaultState(), decodeHash(hash).patch).state.rules).toEqual(state.rules);
  });

  it('carry changed params or several rules as rules=<JSON>', () => {
    const rules = [
      { text: MOMENTUM, params: { lr: 0.01, momentum: 0.9 } },
      { text: text('lion'), params: { lr: 0.001, beta1: 0.9, beta2: 0.99, weight_decay: 0 } },
    ];
    const state = applyPartial(defaultState(), { rules }).state;
    const hash = encodeHash(state);
    expect(hash.startsWith('rules=')).toBe(true);
    expect(applyPartial(defaultState(), decodeHash(hash).patch).state.rules).toEqual(rules);
  });

  it('read a rule= text that looks like JSON as text', () => {
    const { state, notes } = applyPartial(defaultState(), decodeHash('rule=1').patch);
    expect(state.rules).toEqual([]);
    expect(noteText(notes[0])).toMatch(/^rules\[0\]\.text: line 1, column 1: /);
  });
});
