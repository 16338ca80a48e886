import { defaultState, type AppState } from '../state/AppState.ts';
import type { Note } from '../state/Note.ts';
import type { Preset } from '../state/presets.ts';
import { applyPartial } from '../state/schema.ts';
import { surfaceKey, withSurfaceDefaults } from '../state/surfaceOf.ts';

/**
 * The scene a link or an embedding asks for: a preset (or the defaults) with a partial state on top;
 * bad fields are reported and keep the preset's value.
 */
export function sceneFrom(preset: Preset | undefined, patch: unknown): { state: AppState; notes: Note[] } {
  const base = preset?.state ?? defaultState();
  const { state: linked, notes } = applyPartial(base, patch);
  // A patch that names another surface (`#surface=custom&f=…` typed by hand) gets that surface's view and start.
  const state = surfaceKey(linked) === surfaceKey(base) ? linked : withSurfaceDefaults(linked, patch as object);
  return { state, notes };
}
