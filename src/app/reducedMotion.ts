/** Whether the reader asked the system for less motion: then no race starts by itself. */
export const prefersReducedMotion = (): boolean => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

interface PresetLoader {
  loadPreset(id: string): { notes: string[] };
  pause(): void;
}

/**
 * Loads a preset the reader reached through the page (a playlist's scene, presentation's next or previous one):
 * where they asked for less motion its race waits for play. A script calling `loadPreset` itself keeps its race running.
 */
export function loadPresetForReader(controller: PresetLoader, id: string): { notes: string[] } {
  const result = controller.loadPreset(id);
  if (prefersReducedMotion()) controller.pause();
  return result;
}
