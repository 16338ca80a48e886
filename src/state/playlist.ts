import type { Lang } from '../i18n/Lang.ts';
import { shown } from './Note.ts';
import type { Preset } from './presets.ts';

/** The presets of a `playlist=a,b,c` link, in its order: the known ids kept, the unknown ones named. */
export function parsePlaylist(value: unknown, known: readonly string[]): { ids: string[]; unknown: string[] } {
  // A one-scene list decodes as a bare string, a JSON array as an array; anything else names no scene.
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [shown(value)];
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const raw of items) {
    const id = raw.trim();
    if (!id) continue;
    (known.includes(id) ? ids : unknown).push(id);
  }
  return { ids, unknown };
}

/**
 * The scene `delta` places on from `index`, held to the list's ends (a talk stops at its last slide
 * rather than wrapping to its first); from outside the list (-1) either way leads to the first.
 */
export function stepScene(index: number, delta: number, length: number): number {
  return Math.min(length - 1, Math.max(0, index + delta));
}

/** Where the scene of `preset` sits in the list: its first place, or -1 when the list lacks it. */
export function sceneIndex(ids: readonly string[], preset: string | null): number {
  return preset === null ? -1 : ids.indexOf(preset);
}

/**
 * What a playlist shows of a scene, in the reader's language: its title and the teacher's note.
 */
export function sceneText(preset: Preset, lang: Lang): { title: string; note: string } {
  return { title: preset.title[lang], note: preset.note[lang] };
}

/** The link fields of presenting, after the state's own: `present=1`, `playlist=a,b,c`. */
export function classroomFragment(present: boolean, playlist: readonly string[]): string {
  const parts = present ? ['present=1'] : [];
  if (playlist.length) parts.push(`playlist=${playlist.map(encodeURIComponent).join(',')}`);
  return parts.join('&');
}

/** Whether a link's `present` value asks for presentation mode (`present=1`, `present=true`). */
export function wantsPresent(value: unknown): boolean {
  return value === 1 || value === true || value === '1' || value === 'true';
}
