import { defaultState } from '../state/AppState.ts';
import { applyPartial } from '../state/schema.ts';
import { createApp } from './createApp.ts';
import { initialHashPatch, syncLocation } from './location.ts';
import { loadPresets } from './presetFiles.ts';
import type { SlopesController } from './SlopesController.ts';

declare global {
  interface Window {
    slopes: SlopesController;
  }
}

/** The race on Rosenbrock is what a newcomer sees first, rolling, unless a link says otherwise. */
const FIRST_PRESET = 'rosenbrock-race';

async function main(): Promise<void> {
  const { presets, errors } = loadPresets();
  const first = presets.find((p) => p.id === FIRST_PRESET);
  const { patch, notes } = initialHashPatch();
  const hasLink = Object.keys(patch).length > 0;
  const base = first && !hasLink ? first.state : defaultState();
  const { state, notes: more } = applyPartial(base, patch);
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const initial = reducedMotion && !('running' in patch) ? { ...state, running: false } : state;
  const { controller, store, report } = await createApp(document.getElementById('app')!, {
    initial,
    presets,
    notes: [...errors, ...notes, ...more],
    presetId: hasLink ? undefined : first?.id,
  });
  syncLocation(store, report);
  window.slopes = controller;
}

main().catch((e: Error) => {
  const root = document.getElementById('app')!;
  root.innerHTML = `<p class="notice">Slopes could not start: ${e.message}</p>`;
  console.error(e);
});
