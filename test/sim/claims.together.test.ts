import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/sim/claims.ts';
import { parsePreset } from '../../src/state/presets.ts';
import { applyPartial } from '../../src/state/schema.ts';

const preset = parsePreset('write-momentum', JSON.parse(readFileSync('presets/write-momentum.json', 'utf8')));
const [rule] = preset.state.rules;

/** The preset with its rule's text edited, checked against its own "together" claim. */
function together(edit: (text: string) => string) {
  const { state, notes } = applyPartial(preset.state, { rules: [{ text: edit(rule.text), params: rule.params }] });
  expect(notes).toEqual([]);
  const claims = preset.claims.filter((c) => c.kind === 'together');
  return checkClaims({ ...preset, state, claims })[0];
}

describe('"Write Momentum yourself"', () => {
  it('races a typed rule beside the built-in Momentum, and they never part', () => {
    expect(preset.state.rules).toHaveLength(1);
    const result = together((t) => t);
    expect(result.holds).toBe(true);
    expect(result.measured.distance).toBe(0);
  });

  it.each([
    ['b = b + g', (t: string) => t.replace('b = momentum*b + g', 'b = b + g')],
    ['(1 - momentum)*g', (t: string) => t.replace('momentum*b + g', 'momentum*b + (1 - momentum)*g')],
    ['x = x - lr*g', (t: string) => t.replace('x = x - lr*b', 'x = x - lr*g')],
  ])('separates them at any mistake: %s', (_, edit) => {
    const result = together(edit);
    expect(result.holds).toBe(false);
    expect(result.measured.distance).toBeGreaterThan(0.1);
  });

  it('keeps them together when lr moves into the velocity, as the note asks the class to explain', () => {
    const result = together((t) => t.replace('momentum*b + g', 'momentum*b + lr*g').replace('x - lr*b', 'x - b'));
    // The same algorithm for a constant lr: only rounding tells them apart.
    expect(result.measured.distance).toBeLessThan(1e-9);
  });
});
