import { optimizerById } from '../core/optimizers/registry.ts';
import { Simulation } from './Simulation.ts';
import type { AppState } from '../state/AppState.ts';
import { surfaceKey, surfaceOf, type SurfaceCache } from '../state/surfaceOf.ts';
import { compileRuleAt, ruleId } from '../state/ruleSettings.ts';

/** A simulation built from the state: one group per enabled optimizer, then one per rule; `surfaces` is the caller's cache. */
export function simulationFor(state: AppState, surfaces?: SurfaceCache): Simulation {
  return new Simulation({
    surface: surfaceOf(state, surfaces),
    start: state.start,
    groups: Object.entries(state.optimizers)
      .filter(([, s]) => s.enabled)
      .map(([id, s]) => ({ optimizer: optimizerById(id)!, params: s.params, schedule: s.schedule }))
      .concat(state.rules.map((r, i) => ({ optimizer: compileRuleAt(r, i).optimizer, params: r.params, schedule: r.schedule ?? null }))),
    particles: state.particles,
    spread: state.spread,
    layout: state.layout,
    brush: state.brush,
    view: state.view,
    noise: state.noise,
    trailLength: state.trail,
    seed: state.seed,
  });
}

const enabledIds = (s: AppState) =>
  Object.keys(s.optimizers)
    .filter((id) => s.optimizers[id].enabled)
    .join();
/** A new schedule may change a group's kernel (a cycled momentum gives SGD a momentum buffer), so it rebuilds. */
const ruleTexts = (s: AppState) => JSON.stringify(s.rules.map((r) => [r.text, r.schedule ?? null]));
const schedules = (s: AppState) => JSON.stringify(Object.values(s.optimizers).map((o) => o.enabled && o.schedule));

/** Whether the change needs new buffers (other groups or rules, counts, trail sizes, schedules) rather than an update in place. */
export function needsRebuild(prev: AppState, next: AppState): boolean {
  return (
    enabledIds(prev) !== enabledIds(next) ||
    ruleTexts(prev) !== ruleTexts(next) ||
    schedules(prev) !== schedules(next) ||
    prev.particles !== next.particles ||
    prev.layout !== next.layout ||
    prev.brush.join() !== next.brush.join() ||
    prev.spread !== next.spread ||
    prev.trail !== next.trail ||
    prev.seed !== next.seed
  );
}

/** Applies a state change to a live simulation in place; new hyperparameters restart the whole race, so it stays fair. */
export function updateSimulation(sim: Simulation, prev: AppState, next: AppState, surfaces?: SurfaceCache): void {
  if (surfaceKey(prev) !== surfaceKey(next)) sim.setSurface(surfaceOf(next, surfaces), next.start);
  else if (prev.start[0] !== next.start[0] || prev.start[1] !== next.start[1]) sim.setStart(next.start[0], next.start[1]);
  if (JSON.stringify(prev.view) !== JSON.stringify(next.view)) sim.setView(next.view);
  if (prev.noise !== next.noise) sim.setNoise(next.noise);
  for (const [id, s] of Object.entries(next.optimizers)) {
    if (s.enabled && JSON.stringify(s.params) !== JSON.stringify(prev.optimizers[id].params)) sim.setParams(id, s.params);
  }
  next.rules.forEach((r, i) => {
    if (JSON.stringify(r.params) !== JSON.stringify(prev.rules[i]?.params)) sim.setParams(ruleId(i), r.params);
  });
}
