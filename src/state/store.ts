import type { AppState } from './AppState.ts';
import { applyPartial } from './schema.ts';
import { surfaceKey, surfaceOf } from './surfaceOf.ts';

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  /** The one way state changes: validated field by field; returns a note per rejected field. */
  set(patch: unknown): string[];
  subscribe(listener: Listener): () => void;
}

/**
 * A new surface brings its own view and start unless the same patch sets them, so switching
 * surfaces never leaves the balls off the map.
 */
function followSurface(previous: AppState, next: AppState, patch: Record<string, unknown>): AppState {
  if (surfaceKey(previous) === surfaceKey(next)) return next;
  const surface = surfaceOf(next);
  return {
    ...next,
    view: 'view' in patch ? next.view : { x: [...surface.view.x], y: [...surface.view.y] },
    start: 'start' in patch ? next.start : [surface.start[0], surface.start[1]],
  };
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const { state: merged, notes } = applyPartial(state, patch);
      const next = followSurface(state, merged, (patch ?? {}) as Record<string, unknown>);
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
