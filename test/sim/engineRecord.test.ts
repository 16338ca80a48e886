import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordEngine, type EngineRecord } from './engineRecord.ts';

/**
 * The record of the per-particle engine that the batched one replaced (recordEngine run on it, then
 * kept): the batched engine must reproduce every bit of it.
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
