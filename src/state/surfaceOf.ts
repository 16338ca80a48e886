import { createNetworkSurface, isNetworkSurface } from '../core/mlp/networkSurface.ts';
import { surfaceById } from '../core/surfaces/registry.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import type { AppState } from './AppState.ts';

let cachedKey = '';
let cached: Surface | null = null;

/** What decides a network surface; an analytic surface depends on its id alone. */
export function surfaceKey(state: Pick<AppState, 'surface' | 'network' | 'experiment'>): string {
  if (!isNetworkSurface(state.surface)) return state.surface;
  const m = /^([a-z]+)@/.exec(state.network.snapshot);
  const runParams = m ? state.experiment.optimizers[m[1]]?.params : undefined;
  return JSON.stringify([state.surface, state.network, runParams]);
}

/** The Surface a state shows. Building a network surface trains a little, so the last one is kept. */
export function surfaceOf(state: Pick<AppState, 'surface' | 'network' | 'experiment'>): Surface {
  const analytic = surfaceById(state.surface);
  if (analytic) return analytic;
  const key = surfaceKey(state);
  if (key !== cachedKey || !cached) {
    const runParams: Record<string, AppState['experiment']['optimizers'][string]['params']> = {};
    for (const [id, s] of Object.entries(state.experiment.optimizers)) runParams[id] = s.params;
    cached = createNetworkSurface(state.surface, { ...state.network, runParams });
    cachedKey = key;
  }
  return cached;
}

/**
 * The state with the view and start of its surface wherever `given` (the patch or file that produced
 * it) does not set them: a new surface never leaves the balls off the map.
 */
export function withSurfaceDefaults(state: AppState, given: object): AppState {
  const surface = surfaceOf(state);
  return {
    ...state,
    view: 'view' in given && given.view !== undefined ? state.view : { x: [...surface.view.x], y: [...surface.view.y] },
    start: 'start' in given && given.start !== undefined ? state.start : [surface.start[0], surface.start[1]],
  };
}
