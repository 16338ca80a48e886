import { describe, expect, it } from 'vitest';
import { optimizerIds } from '../../src/core/optimizers/registry.ts';
import { checkClaims, type Scene } from '../../src/sim/claims.ts';
import type { Claim } from '../../src/sim/claimsSchema.ts';
import { simulationFor } from '../../src/sim/simulationFor.ts';
import { defaultState } from '../../src/state/AppState.ts';
import { applyPartial } from '../../src/state/schema.ts';

/**
 * On 0.5 (x² + 10 y²) from (2, 0) the y coordinate stays 0, so each optimizer is a 1-D recurrence
 * on g = x that the tests below work out by hand: SGD with lr 0.1 gives x_k = 2·0.9^k, and the
 * heavy ball (PyTorch's v ← βv + g, x ← x − ηv) is iterated directly.
 */
const LR = 0.1;
const BETA = 0.5;
const X0 = 2;

function scene(steps: number, claims: Claim[], extra: object = {}): Scene {
  const optimizers = Object.fromEntries(optimizerIds.map((id) => [id, { enabled: false }]));
  optimizers.sgd = { enabled: true, params: { lr: LR } } as never;
  optimizers.momentum = { enabled: true, params: { lr: LR, momentum: BETA } } as never;
  const { state, notes } = applyPartial(defaultState(), { surface: 'quadratic', start: [X0, 0], optimizers, ...extra });
  expect(notes).toEqual([]);
  return { state, steps, claims };
}

const sgdX = (k: number) => X0 * 0.9 ** k;
const loss = (x: number) => 0.5 * x * x;

function heavyBall(steps: number): number[] {
  const xs = [X0];
  let [x, v] = [X0, 0];
  for (let k = 1; k <= steps; k++) {
    v = BETA * v + x;
    x -= LR * v;
    xs.push(x);
  }
  return xs;
}

const firstBelow = (xs: number[], tol: number) => xs.findIndex((x) => loss(x) < tol);

describe('checkClaims', () => {
  const N = 200;
  const ball = heavyBall(N);
  const sgd = Array.from({ length: N + 1 }, (_, k) => sgdX(k));

  it('first: measures when each ball gets below tol, and which is sooner', () => {
    const tol = 1e-6;
    const [ks, km] = [firstBelow(sgd, tol), firstBelow(ball, tol)];
    expect(km).toBeLessThan(ks);
    const [faster, slower] = checkClaims(
      scene(N, [
        { kind: 'first', a: 'momentum', b: 'sgd', tol, steps: N },
        { kind: 'first', a: 'sgd', b: 'momentum', tol, steps: N },
      ]),
    );
    expect(faster.measured).toEqual({ a: km, b: ks });
    expect(faster.holds).toBe(true);
    expect(slower.holds).toBe(false);
    expect(slower.message).toContain(`sgd at update ${ks}`);
  });

  it('first: b may never get there, a must', () => {
    const tol = 1e-6;
    const km = firstBelow(ball, tol);
    const [held, failed] = checkClaims(
      scene(km, [
        { kind: 'first', a: 'momentum', b: 'sgd', tol, steps: km },
        { kind: 'first', a: 'momentum', b: 'sgd', tol, steps: km - 1 },
      ]),
    );
    expect(held.measured).toEqual({ a: km, b: null });
    expect(held.holds).toBe(true);
    expect(failed.measured).toEqual({ a: null, b: null });
    expect(failed.holds).toBe(false);
  });

  it('below: holds from the first update under tol on, not one update earlier', () => {
    const tol = 1e-4;
    const k = Math.floor(Math.log(tol / loss(X0)) / Math.log(0.81)) + 1;
    expect(loss(sgdX(k))).toBeLessThan(tol);
    expect(loss(sgdX(k - 1))).toBeGreaterThanOrEqual(tol);
    const [held, failed] = checkClaims(
      scene(k, [
        { kind: 'below', optimizer: 'sgd', tol, steps: k },
        { kind: 'below', optimizer: 'sgd', tol, steps: k - 1 },
      ]),
    );
    expect(held).toMatchObject({ holds: true, measured: { step: k } });
    expect(failed).toMatchObject({ holds: false, measured: { step: null } });
    expect(failed.measured.best).toBeCloseTo(loss(sgdX(k - 1)), 12);
  });

  it('lower: compares mean losses over a window of updates', () => {
    const [from, to] = [5, 40];
    const mean = (xs: number[]) => xs.slice(from, to + 1).reduce((s, x) => s + loss(x), 0) / (to - from + 1);
    const [ms, mm] = [mean(sgd), mean(ball)];
    const [mFirst, sFirst] = checkClaims(
      scene(to, [
        { kind: 'lower', a: 'momentum', b: 'sgd', from, steps: to },
        { kind: 'lower', a: 'sgd', b: 'momentum', from, steps: to },
      ]),
    );
    expect(mFirst.measured.a).toBeCloseTo(mm, 12);
    expect(mFirst.measured.b).toBeCloseTo(ms, 12);
    expect(mFirst.holds).toBe(mm < ms);
    expect(sFirst.holds).toBe(ms < mm);
  });

  it('ends-near: the distance after the last update against the radius', () => {
    const n = 30;
    const d = sgdX(n);
    const [held, failed] = checkClaims(
      scene(n, [
        { kind: 'ends-near', optimizer: 'sgd', point: [0, 0], radius: d * 1.001, steps: n },
        { kind: 'ends-near', optimizer: 'sgd', point: [0, 0], radius: d * 0.999, steps: n },
      ]),
    );
    expect(held.measured.distance).toBeCloseTo(d, 12);
    expect(held.holds).toBe(true);
    expect(failed.holds).toBe(false);
  });

  it('apart: the largest distance between two balls over the scene', () => {
    const n = 60;
    const gaps = sgd.slice(0, n + 1).map((x, k) => Math.abs(x - ball[k]));
    const most = Math.max(...gaps);
    const [held, failed] = checkClaims(
      scene(n, [
        { kind: 'apart', a: 'sgd', b: 'momentum', distance: most * 0.999, steps: n },
        { kind: 'apart', a: 'sgd', b: 'momentum', distance: most * 1.001, steps: n },
      ]),
    );
    expect(held.measured.distance).toBeCloseTo(most, 12);
    expect(held.measured.step).toBe(gaps.indexOf(most));
    expect(held.holds).toBe(true);
    expect(failed.holds).toBe(false);
  });

  it('share: the fraction of a swarm near a point after the last update', () => {
    // lr 0.1 on curvature 10 zeroes y in one step, so each particle ends at 0.9^n·x0 on the x axis.
    const n = 10;
    const extra = { particles: 50, spread: 1, seed: 3 };
    const starts = simulationFor(scene(n, [], extra).state).track('sgd')!.group.pos;
    const radius = 0.8;
    let near = 0;
    for (let p = 0; p < 50; p++) if (Math.abs(starts[2 * p] * 0.9 ** n) <= radius) near++;
    const share = near / 50;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
    const [held, failed, capped] = checkClaims(
      scene(
        n,
        [
          { kind: 'share', optimizer: 'sgd', point: [0, 0], radius, atLeast: share, steps: n },
          { kind: 'share', optimizer: 'sgd', point: [0, 0], radius, atLeast: share + 0.01, steps: n },
          { kind: 'share', optimizer: 'sgd', point: [0, 0], radius, atMost: share - 0.01, steps: n },
        ],
        extra,
      ),
    );
    expect(held.measured.share).toBe(share);
    expect([held.holds, failed.holds, capped.holds]).toEqual([true, false, false]);
  });

  it('leaves the simulation it is given at the end of the scene', () => {
    const s = scene(25, [{ kind: 'below', optimizer: 'sgd', tol: 1, steps: 10 }]);
    const sim = simulationFor(s.state);
    checkClaims(s, sim);
    expect(sim.particles().map((p) => p.step)).toEqual([25, 25]);
    expect(sim.track('sgd')!.group.pos[0]).toBeCloseTo(sgdX(25), 12);
  });

  it('refuses a claim about an optimizer the scene does not race', () => {
    expect(() => checkClaims(scene(5, [{ kind: 'below', optimizer: 'adam', tol: 1, steps: 5 }]))).toThrow(/adam/);
  });
});
