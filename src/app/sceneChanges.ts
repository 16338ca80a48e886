import { optimizerById } from '../core/optimizers/registry.ts';
import type { AppState } from '../state/AppState.ts';
import { stateDiff } from '../state/hash.ts';

/** Fields that change how a scene is shown, not what happens in it: changing them keeps its story true. */
const PRESENTATION: ReadonlySet<string> = new Set(['lang', 'running', 'speed', 'view', 'stretch', 'overlays', 'trail']);

const NAMES: Record<string, string> = {
  start: 'start point',
  noise: 'gradient noise',
  particles: 'swarm size',
  spread: 'swarm spread',
  layout: 'swarm layout',
  seed: 'seed',
  network: 'network slice',
  experiment: 'experiment settings',
  surface: 'surface',
};

/**
 * What was changed in a scene since its preset was loaded, in words ("start point", "Adam"): empty
 * while the preset's text still describes what is on screen.
 */
export function sceneChanges(state: AppState, preset: AppState): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(stateDiff(state, preset))) {
    // The typed function shows only on surface "custom", where a new text is a new surface, which drops the preset.
    if (PRESENTATION.has(key) || key === 'f') continue;
    if (key === 'optimizers') out.push(...Object.keys(value as object).map((id) => optimizerById(id)?.name ?? id));
    else out.push(NAMES[key] ?? key);
  }
  return out;
}
