import type { AppState } from './AppState.ts';
import type { Note } from './Note.ts';
import { applyPartial } from './schema.ts';
import { createSurfaceCache, surfaceKey, withSurfaceDefaults, type SurfaceCache } from './surfaceOf.ts';

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get: () => AppState;
  /** The one way state changes: validated field by field; returns a note per rejected field. */
  set(patch: unknown): Note[];
  subscribe(listener: Listener): () => void;
}

/** `surfaces`: the app's surface cache, so the surface built here for its view and start is reused. */
export function createStore(initial: AppState, surfaces: SurfaceCache = createSurfaceCache()): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const { state: merged, notes } = applyPartial(state, patch);
      // Only a change of surface brings the surface's own view and start.
      const next = surfaceKey(state) === surfaceKey(merged) ? merged : withSurfaceDefaults(merged, patch ?? {}, surfaces);
      const previous = state;
      state = next;
      if (next !== previous && JSON.stringify(next) !== JSON.stringify(previous)) {
        for (const l of listeners) l(state, previous);
      }
      return notes;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
