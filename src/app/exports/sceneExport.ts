import { pytorchScene, type TorchRun } from '../../core/formats/pytorchScene.ts';
import { sceneTraces, type TraceDocument, type TraceSurfaceField } from '../../core/formats/sceneTraces.ts';
import { isNetworkSurface } from '../../core/mlp/networkSurface.ts';
import { optimizerById } from '../../core/optimizers/registry.ts';
import { SURFACE_EXPRESSIONS } from '../../core/surfaces/expressions.ts';
import { simulationFor } from '../../sim/simulationFor.ts';
import type { AppState } from '../../state/AppState.ts';
import { compileRuleAt } from '../../state/ruleSettings.ts';
import { surfaceOf, type SurfaceCache } from '../../state/surfaceOf.ts';

/** The scene an export describes: the state, how many steps it covers and what it is called. */
export interface SceneSource {
  state: AppState;
  surfaces: SurfaceCache;
  /** The race's current step, or the preset's steps before the race has begun. */
  steps: number;
  title: string;
  /** A short id for file names: the preset's, else the surface's. */
  name: string;
}

/** The enabled optimizers with their settings, in the state's order (the map's tracks). */
export function sceneRuns(state: AppState): TorchRun[] {
  return Object.entries(state.optimizers)
    .filter(([, s]) => s.enabled)
    .map(([id, s]) => ({ optimizer: optimizerById(id)!, params: s.params, schedule: s.schedule }));
}

/** The rules racing beside them, each carrying its text so the trace file can be computed again. */
export function sceneRules(state: AppState): TorchRun[] {
  return state.rules.map((r, i) => ({ optimizer: compileRuleAt(r, i).optimizer, params: r.params, schedule: r.schedule ?? null, rule: r.text }));
}

/** Where each particle starts: a new simulation of the state, before its first step, lays them out as the map's did. */
export function sceneStarts(state: AppState, surfaces: SurfaceCache): [number, number][] {
  const optimizers = onlyFirst(state);
  const rules = Object.values(optimizers).some((s) => s.enabled) ? [] : state.rules.slice(0, 1);
  const sim = simulationFor({ ...state, optimizers, rules }, surfaces);
  return sim.particles().map((p) => [p.x, p.y]);
}

/** One enabled optimizer (or else one rule) is enough to lay out the starts, which every optimizer shares. */
function onlyFirst(state: AppState): AppState['optimizers'] {
  const first = Object.keys(state.optimizers).find((id) => state.optimizers[id].enabled);
  const out: AppState['optimizers'] = {};
  for (const [id, s] of Object.entries(state.optimizers)) out[id] = { ...s, enabled: id === first };
  return out;
}

/** The surface in the formula language, or null for the network's surfaces (not a formula of x and y). */
export function sceneFormula(state: AppState): string | null {
  if (state.surface === 'custom') return state.f;
  return SURFACE_EXPRESSIONS[state.surface] ?? null;
}

const noiseNote = (state: AppState) =>
  state.noise > 0 ? `The map adds gradient noise of σ ${state.noise} drawn from its own generator; these steps use exact gradients.` : undefined;

/** The trajectories in the CLI's trace format: `slopes trace --cases` on this file computes them again. */
export function sceneTraceDocument(src: SceneSource): TraceDocument {
  const { state, surfaces } = src;
  const where: TraceSurfaceField = state.surface === 'custom' ? { formula: state.f } : { surface: state.surface };
  const note = [noiseNote(state), isNetworkSurface(state.surface) ? 'The CLI takes a network surface at its default slice; the map may show another.' : undefined]
    .filter(Boolean)
    .join(' ');
  return sceneTraces(surfaceOf(state, surfaces), where, [...sceneRuns(state), ...sceneRules(state)], sceneStarts(state, surfaces), src.steps, note || undefined);
}

/** "Copy as PyTorch" for the map, each rule as its own class: null on a network surface, whose script is the experiment's. */
export function scenePytorch(src: SceneSource): string | null {
  const formula = sceneFormula(src.state);
  if (formula === null) return null;
  const note = noiseNote(src.state);
  return pytorchScene({
    title: src.title,
    formula,
    starts: sceneStarts(src.state, src.surfaces),
    steps: src.steps,
    runs: [...sceneRuns(src.state), ...sceneRules(src.state)],
    notes: note ? ['', note] : [],
  });
}
