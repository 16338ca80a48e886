import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkClaims, type ClaimResult } from '../src/sim/claims.ts';
import type { Claim } from '../src/sim/claimsSchema.ts';
import { simulationFor } from '../src/sim/simulationFor.ts';
import { DIVERGED } from '../src/sim/status.ts';
import { parsePreset, type Preset } from '../src/state/presets.ts';

const presets = readdirSync('presets')
  .filter((f) => f.endsWith('.json'))
  .map((f) => parsePreset(f.replace(/\.json$/, ''), JSON.parse(readFileSync(`presets/${f}`, 'utf8'))));

const raced = (p: Preset) => Object.keys(p.state.optimizers).filter((id) => p.state.optimizers[id].enabled);
const between = (c: Claim, x: string, y: string) => 'a' in c && [c.a, c.b].sort().join() === [x, y].sort().join();

/**
 * A NAG-versus-Momentum scene must show a difference a class can see: a race between the two that
 * one wins clearly, and paths that part by a quarter of the view. Its winner must also beat every
 * other optimizer in the scene, so no third ball steals the lesson.
 */
const SOONER = 0.8;
const PART = 0.25;

function duel(p: Preset): { race: Extract<Claim, { kind: 'first' }>; rivals: Claim[] } {
  const race = p.claims.find((c): c is Extract<Claim, { kind: 'first' }> => c.kind === 'first' && between(c, 'nag', 'momentum'));
  if (!race) throw new Error(`${p.id} claims no race between nag and momentum`);
  const rivals = raced(p)
    .filter((id) => id !== race.a && id !== race.b)
    .map((id): Claim => ({ ...race, b: id }));
  return { race, rivals };
}

describe.each(presets.map((p) => [p.id, p] as const))('preset %s', (id, preset) => {
  const nagVsMomentum = id.startsWith('nag-vs-momentum');
  const sim = simulationFor(preset.state);
  let results: ClaimResult[] = [];
  let own: ClaimResult[] = [];
  beforeAll(() => {
    const rivals = nagVsMomentum ? duel(preset).rivals : [];
    results = checkClaims({ ...preset, claims: [...preset.claims, ...rivals] }, sim);
    own = results.slice(0, preset.claims.length);
  });

  it('makes claims, and every one of them holds', () => {
    expect(preset.claims.length).toBeGreaterThan(0);
    expect(own.filter((r) => !r.holds).map((r) => r.message)).toEqual([]);
  });

  it('ends with every ball that has not diverged inside its view', () => {
    const { x, y } = preset.state.view;
    const outside: string[] = [];
    for (const { group } of sim.tracks) {
      for (let p = 0; p < group.count; p++) {
        const [px, py] = [group.pos[2 * p], group.pos[2 * p + 1]];
        const inside = px >= x[0] && px <= x[1] && py >= y[0] && py <= y[1];
        if (group.status[p] !== DIVERGED && !inside) outside.push(`${group.optimizer.id}[${p}] at (${px}, ${py})`);
      }
    }
    expect(Math.max(...sim.tracks.map((t) => t.group.steps[0]))).toBe(preset.steps);
    expect(outside).toEqual([]);
  });

  it.runIf(nagVsMomentum)('shows a clear, visible difference between NAG and Momentum, won by neither a third', () => {
    const { race } = duel(preset);
    const measured = own[preset.claims.indexOf(race)].measured;
    expect(measured.a).not.toBeNull();
    if (measured.b !== null) expect(measured.a!).toBeLessThanOrEqual(SOONER * measured.b);
    const { x, y } = preset.state.view;
    const part = PART * Math.min(x[1] - x[0], y[1] - y[0]);
    const apart = preset.claims.findIndex((c) => c.kind === 'apart' && between(c, 'nag', 'momentum') && c.distance >= part);
    expect(apart, `an apart claim of at least ${part}`).toBeGreaterThanOrEqual(0);
    expect(
      results
        .slice(preset.claims.length)
        .filter((r) => !r.holds)
        .map((r) => r.message),
    ).toEqual([]);
  });
});
