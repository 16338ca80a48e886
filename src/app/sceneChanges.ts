import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { stateDiff } from '../state/hash.ts';

/** Fields that change how a scene is shown, not what happens in it: changing them keeps its story true. */
const PRESENTATION: ReadonlySet<string> = new Set(['lang', 'running', 'speed', 'view', 'stretch', 'relief', 'tilt', 'overlays', 'sections', 'trail']);

/**
 * What was changed in a scene since its preset was loaded, in words ("start point", "Adam"): empty
 * while the preset's text still describes what is on screen.
 */
export function sceneChanges(state: AppState, preset: AppState, words: Words): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(stateDiff(state, preset))) {
    // The typed function shows only on surface "custom", where a new text is a new surface, which drops the preset.
    if (PRESENTATION.has(key) || key === 'f') continue;
    if (key === 'optimizers') out.push(...Object.keys(value as object).map((id) => words.declarations.optimizerNames[id] ?? id));
    else if (key === 'rules') out.push(words.rules.title);
    else {
      // Painted starts are the brush layout's own: the reader is told the layout changed, once.
      const word = words.shell.changes[key === 'brush' ? 'layout' : key] ?? key;
      if (!out.includes(word)) out.push(word);
    }
  }
  return out;
}
