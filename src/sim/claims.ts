import type { AppState } from '../state/AppState.ts';
import type { Claim } from './claimsSchema.ts';
import type { ParticleGroup } from './ParticleGroup.ts';
import type { Simulation } from './Simulation.ts';
import { simulationFor } from './simulationFor.ts';

/** A scene as the checker needs it: the state, how many updates it plays, and what its text claims. */
export interface Scene {
  state: AppState;
  steps: number;
  claims: readonly Claim[];
}

export interface ClaimResult {
  claim: Claim;
  holds: boolean;
  /** What the run measured (null: it never happened within the claim's updates). */
  measured: Record<string, number | null>;
  /** One line a teacher can read: what was measured against what was claimed. */
  message: string;
}

interface Probe {
  observe(step: number): void;
  result(): ClaimResult;
}

const show = (v: number | null) => (v === null ? 'never' : String(Number(v.toPrecision(3))));
const at = (step: number | null) => (step === null ? 'never' : `at update ${step}`);

function meanLoss(g: ParticleGroup): number {
  let sum = 0;
  for (let p = 0; p < g.count; p++) sum += g.loss[p];
  return sum / g.count;
}

/** Distance from particle p of g to (x, y). */
function distance(g: ParticleGroup, x: number, y: number, p = 0): number {
  return Math.hypot(g.pos[2 * p] - x, g.pos[2 * p + 1] - y);
}

function probe(claim: Claim, group: (id: string) => ParticleGroup): Probe {
  const within = (step: number) => step <= claim.steps;
  switch (claim.kind) {
    case 'first': {
      const [a, b] = [group(claim.a), group(claim.b)];
      let [sa, sb]: (number | null)[] = [null, null];
      return {
        observe(step) {
          if (!within(step)) return;
          if (sa === null && a.loss[0] < claim.tol) sa = step;
          if (sb === null && b.loss[0] < claim.tol) sb = step;
        },
        result: () => ({
          claim,
          holds: sa !== null && (sb === null || sa < sb),
          measured: { a: sa, b: sb },
          message: `below ${claim.tol}: ${claim.a} ${at(sa)}, ${claim.b} ${at(sb)} (of ${claim.steps})`,
        }),
      };
    }
    case 'below': {
      const g = group(claim.optimizer);
      let first: number | null = null;
      let best = Infinity;
      return {
        observe(step) {
          if (!within(step)) return;
          best = Math.min(best, g.loss[0]);
          if (first === null && g.loss[0] < claim.tol) first = step;
        },
        result: () => ({
          claim,
          holds: first !== null,
          measured: { step: first, best },
          message: `${claim.optimizer} below ${claim.tol} ${at(first)} (of ${claim.steps}); lowest loss ${show(best)}`,
        }),
      };
    }
    case 'lower': {
      const [a, b] = [group(claim.a), group(claim.b)];
      const from = claim.from ?? claim.steps;
      let [ta, tb] = [0, 0];
      return {
        observe(step) {
          if (step < from || !within(step)) return;
          ta += meanLoss(a);
          tb += meanLoss(b);
        },
        result: () => {
          const n = claim.steps - from + 1;
          const [la, lb] = [ta / n, tb / n];
          const window = from === claim.steps ? `at update ${from}` : `over updates ${from}–${claim.steps}`;
          return {
            claim,
            holds: la < lb,
            measured: { a: la, b: lb },
            message: `mean loss ${window}: ${claim.a} ${show(la)}, ${claim.b} ${show(lb)}`,
          };
        },
      };
    }
    case 'ends-near': {
      const g = group(claim.optimizer);
      let d = Infinity;
      return {
        observe(step) {
          if (step === claim.steps) d = distance(g, claim.point[0], claim.point[1]);
        },
        result: () => ({
          claim,
          holds: d <= claim.radius,
          measured: { distance: d },
          message: `${claim.optimizer} ends ${show(d)} from (${claim.point.join(', ')}), radius ${claim.radius}`,
        }),
      };
    }
    case 'apart':
    case 'together': {
      const [a, b] = [group(claim.a), group(claim.b)];
      let [most, when] = [0, 0];
      const apart = claim.kind === 'apart';
      return {
        observe(step) {
          if (!within(step)) return;
          const d = distance(a, b.pos[0], b.pos[1]);
          if (d > most || Number.isNaN(d)) [most, when] = [d, step];
        },
        result: () => ({
          claim,
          holds: apart ? most >= claim.distance : most <= claim.distance,
          measured: { distance: most, step: when },
          message: `${claim.a} and ${claim.b} are furthest apart at update ${when}, ${show(most)}; claimed at ${apart ? 'least' : 'most'} ${claim.distance}`,
        }),
      };
    }
    case 'share': {
      const g = group(claim.optimizer);
      let share = 0;
      return {
        observe(step) {
          if (step !== claim.steps) return;
          let near = 0;
          for (let p = 0; p < g.count; p++) if (distance(g, claim.point[0], claim.point[1], p) <= claim.radius) near++;
          share = near / g.count;
        },
        result: () => ({
          claim,
          holds: share >= (claim.atLeast ?? 0) && share <= (claim.atMost ?? 1),
          measured: { share },
          message: `${show(100 * share)}% of ${claim.optimizer}'s swarm ends within ${claim.radius} of (${claim.point.join(', ')}); claimed ${claim.atLeast ?? 0}–${claim.atMost ?? 1}`,
        }),
      };
    }
  }
}

/**
 * Plays the scene headless (on `sim`, a fresh simulation of its state by default, which is left at
 * the scene's end) and measures every claim in the same pass.
 */
export function checkClaims(scene: Scene, sim: Simulation = simulationFor(scene.state)): ClaimResult[] {
  const group = (id: string) => {
    const track = sim.track(id);
    if (!track) throw new Error(`a claim is about ${id}, which this scene does not race`);
    return track.group;
  };
  const probes = scene.claims.map((c) => probe(c, group));
  for (const p of probes) p.observe(0);
  for (let step = 1; step <= scene.steps; step++) {
    sim.tick(1);
    for (const p of probes) p.observe(step);
  }
  return probes.map((p) => p.result());
}
