import { describe, expect, it } from 'vitest';
import { noteText } from '../../src/state/noteText.ts';
import { gallery } from '../../src/core/rules/gallery.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { applyPartial } from '../../src/state/schema.ts';

const text = (id: string) => gallery.find((r) => r.id === id)!.text;
const ADAM = text('adam');
const STEP = { type: 'StepLR', params: { step_size: 10, gamma: 0.5 } };

describe("a rule's lr schedule in the state", () => {
  it("is taken beside text and params, completed with PyTorch's defaults", () => {
    const { state, notes } = applyPartial(defaultState(), { rules: [{ text: ADAM, schedule: { type: 'StepLR', params: { step_size: 10 } } }] });
    expect(notes).toEqual([]);
    expect(state.rules[0].schedule).toEqual({ type: 'StepLR', params: { step_size: 10, gamma: 0.1 } });
  });

  it('stays while params change, and goes with null', () => {
    const first = applyPartial(defaultState(), { rules: [{ text: ADAM, schedule: STEP }] }).state;
    const kept = applyPartial(first, { rules: [{ params: { lr: 0.01 } }] }).state;
    expect(kept.rules[0].schedule).toEqual(STEP);
    expect(kept.rules[0].params.lr).toBe(0.01);
    const dropped = applyPartial(kept, { rules: [{ schedule: null }] });
    expect(dropped.notes).toEqual([]);
    expect(dropped.state.rules[0]).not.toHaveProperty('schedule');
  });

  it('refuses a bad schedule with a note naming the field, and keeps the previous one', () => {
    const first = applyPartial(defaultState(), { rules: [{ text: ADAM, schedule: STEP }] }).state;
    const bad = applyPartial(first, { rules: [{ schedule: { type: 'StepLR', params: { step_size: 0 } } }] });
    expect(bad.notes.map(noteText)).toEqual([expect.stringMatching(/^rules\[0\]\.schedule\.params\.step_size: /)]);
    expect(bad.state.rules[0].schedule).toEqual(STEP);
    const unknown = applyPartial(first, { rules: [{ schedule: { type: 'Warp' } }] });
    expect(noteText(unknown.notes[0])).toMatch(/^rules\[0\]\.schedule\.type: unknown schedule "Warp"/);
  });

  it("cycles a rule's momentum only when it has a param named momentum, and says so when a new text loses it", () => {
    const cycle = { type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 100 } };
    const signum = applyPartial(defaultState(), { rules: [{ text: text('signum'), schedule: cycle }] });
    expect(signum.notes).toEqual([]);
    expect(signum.state.rules[0].schedule?.params.cycle_momentum).toBe(true);
    const lion = applyPartial(signum.state, { rules: [{ text: text('lion') }] });
    expect(lion.notes.map(noteText)).toEqual([expect.stringMatching(/^rules\[0\]\.schedule\.params\.cycle_momentum: /)]);
    expect(lion.state.rules[0].text).toBe(text('lion'));
    expect(lion.state.rules[0]).not.toHaveProperty('schedule');
  });

  it('travels in links as rules=<JSON>, never as the bare rule= text, and comes back the same', () => {
    const state = applyPartial(defaultState(), { rules: [{ text: ADAM, schedule: STEP }] }).state;
    const hash = encodeHash(state);
    expect(hash).toMatch(/^rules=/);
    expect(applyPartial(defaultState(), decodeHash(hash).patch).state.rules).toEqual(state.rules);
  });
});
