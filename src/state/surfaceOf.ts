import { formulaSurface } from '../core/expr/FormulaSurface.ts';
import { createNetworkSurface, isNetworkSurface, type NetworkSurfaceOptions } from '../core/mlp/networkSurface.ts';
import { surfaceById } from '../core/surfaces/registry.ts';
import type { Surface } from '../core/surfaces/Surface.ts';
import type { AppState } from './AppState.ts';

/** The state pieces that decide a surface (plain JSON, so they cross to a worker as they are). */
export type SurfaceState = Pick<AppState, 'surface' | 'f' | 'network' | 'experiment'>;

/**
 * The last surface built, owned by whoever asks (an app, a worker), so two demos on one page share
 * nothing: building a network surface trains a little, and a typed one samples a grid.
 */
export interface SurfaceCache {
  key: string;
  surface: Surface | null;
}

export const createSurfaceCache = (): SurfaceCache => ({ key: '', surface: null });

/** What decides a surface: an analytic one depends on its id alone, a typed one on its text. */
export function surfaceKey(state: SurfaceState): string {
  if (state.surface === 'custom') return JSON.stringify(['custom', state.f]);
  if (!isNetworkSurface(state.surface)) return state.surface;
  const m = /^([a-z]+)@/.exec(state.network.snapshot);
  const runParams = m ? state.experiment.optimizers[m[1]]?.params : undefined;
  return JSON.stringify([state.surface, state.network, runParams]);
}

function build(state: SurfaceState): Surface {
  if (state.surface === 'custom') {
    const typed = formulaSurface(state.f);
    // The schema lets only a compiling text into the state.
    if (!typed.ok) throw new Error(`f: ${typed.error.message}`);
    return typed.surface;
  }
  return createNetworkSurface(state.surface, networkOptions(state));
}

/** The network surfaces' settings, with the panel's hyperparameters for a snapshot's optimizer. */
export function networkOptions(state: SurfaceState): NetworkSurfaceOptions {
  const runParams: Record<string, AppState['experiment']['optimizers'][string]['params']> = {};
  for (const [id, s] of Object.entries(state.experiment.optimizers)) runParams[id] = s.params;
  return { ...state.network, runParams };
}

/** The Surface a state shows; the cache keeps the last one built, so asking again is free. */
export function surfaceOf(state: SurfaceState, cache: SurfaceCache = createSurfaceCache()): Surface {
  const analytic = surfaceById(state.surface);
  if (analytic) return analytic;
  const key = surfaceKey(state);
  if (key !== cache.key || !cache.surface) {
    cache.surface = build(state);
    cache.key = key;
  }
  return cache.surface;
}

/**
 * The state with the view and start of its surface wherever `given` (the patch or file that produced
 * it) does not set them: a new surface never leaves the balls off the map.
 */
export function withSurfaceDefaults(state: AppState, given: object, cache?: SurfaceCache): AppState {
  const surface = surfaceOf(state, cache);
  return {
    ...state,
    view: 'view' in given && given.view !== undefined ? state.view : { x: [...surface.view.x], y: [...surface.view.y] },
    start: 'start' in given && given.start !== undefined ? state.start : [surface.start[0], surface.start[1]],
  };
}
