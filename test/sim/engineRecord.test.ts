import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordEngine, type EngineRecord } from './engineRecord.ts';

/**
 * The record of the engine before its last rewrite (writeEngineRecord.ts run on it, then kept): the
 * engine must reproduce every bit of it.
 */
const before = JSON.parse(readFileSync(new URL('./engineRecord.before.json', import.meta.url), 'utf8')) as EngineRecord;
const now = recordEngine();

describe('the particle engine reproduces its predecessor bit for bit', () => {
  it('covers every golden case and some diverging particles', () => {
    expect(Object.keys(now.balls)).toHaveLength(66);
    expect(before.diverged).toBeGreaterThan(20);
    expect(now.diverged).toBe(before.diverged);
  });

  it.each(['traces', 'balls', 'swarms'] as const)('%s: every step of every case has the same bytes', (kind) => {
    expect(now[kind]).toEqual(before[kind]);
  });

  it('covers every kernel an option can pick', () => {
    // Adam's two switches (weight_decay, amsgrad) give four kernels; RMSprop's three give eight.
    expect(Object.keys(before.kernels).filter((k) => k.startsWith('adam:') || k === 'adam')).toHaveLength(4);
    expect(Object.keys(before.kernels).filter((k) => k.startsWith('rmsprop'))).toHaveLength(8);
    expect(Object.keys(now.kernels).sort()).toEqual(Object.keys(before.kernels).sort());
  });

  it.each(Object.keys(before.kernels))('kernel %s: theta and every state slot after every step have the same bytes', (key) => {
    expect(now.kernels[key]).toBe(before.kernels[key]);
  });

  it('trains the experiment to the same bytes', () => {
    expect(now.experiment).toBe(before.experiment);
  });

  // The network surfaces may regroup their sums across particles, so only these allow rounding.
  it.each(Object.keys(before.network))('network surface %s: swarms end within 1e-12', (name) => {
    const a = now.network[name];
    const b = before.network[name];
    expect(a).toHaveLength(b.length);
    a.forEach((v, i) => expect(Math.abs(v - b[i]), `value ${i}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b[i]))));
  });
});
