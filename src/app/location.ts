import { decodeHash } from '../state/hash.ts';
import { sceneFragment } from '../state/shareLinks.ts';
import type { Note } from '../state/Note.ts';
import { unknownPreset, type Preset } from '../state/presets.ts';
import type { NoticeLine } from '../ui/Notice.ts';
import type { Store } from '../state/store.ts';
import { PAGE_KEYS } from './pageOptions.ts';

export interface LinkHost {
  store: Store;
  presets: readonly Preset[];
  /** The preset the scene came from, if any: a link names it and carries only what differs from it. */
  origin(): Preset | null;
  loadPreset(id: string): { notes: string[] };
  report(notes: readonly NoticeLine[]): void;
  /** The link's presenting fields (`present=1&playlist=…`), written after the state's. */
  classroomFragment?(): string;
  /** A pasted link's presenting fields, as `readLink` found them; returns notes on them. */
  openClassroom?(fields: ClassroomFields): string[];
}

/** A link's fields that are not the state's but how it is shown: presentation mode and the playlist. */
export interface ClassroomFields {
  present?: unknown;
  playlist?: unknown;
}

export interface Link<P> {
  preset?: P;
  patch: Record<string, unknown>;
  /** How the page is laid out (`embed`, `controls`, `panel`): not part of the scene. */
  page: Record<string, unknown>;
  notes: Note[];
  /** Presentation mode and the playlist (`present`, `playlist`). */
  classroom: ClassroomFields;
}

/**
 * A link's patch split into the preset it names (`preset=<id>`), the page options and the overrides
 * on top of the preset. An unknown preset is reported and the overrides still apply.
 */
export function readLink<P extends { id: string }>(hash: string, presets: readonly P[]): Link<P> {
  const { patch: all, notes } = decodeHash(hash);
  const { preset: id, present, playlist, ...fields } = all;
  const classroom = { present, playlist };
  const isPage = (key: string) => (PAGE_KEYS as readonly string[]).includes(key);
  const page = Object.fromEntries(Object.entries(fields).filter(([key]) => isPage(key)));
  const patch = Object.fromEntries(Object.entries(fields).filter(([key]) => !isPage(key)));
  if (id === undefined) return { patch, page, notes, classroom };
  const preset = presets.find((p) => p.id === id);
  if (!preset) notes.push(unknownPreset(id, presets));
  return { preset, patch, page, notes, classroom };
}

/**
 * The only code that touches location: the state is written to the fragment after changes settle,
 * and a pasted link is read back field by field (bad fields are reported, the rest applies).
 * Returns what to call when the link's presenting fields change outside the store.
 */
export function syncLocation(host: LinkHost): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash.replace(/^#/, '');
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      written = sceneFragment(host.store.get(), host.origin() ?? undefined, host.classroomFragment?.() ?? '');
      history.replaceState(null, '', written ? `#${written}` : location.pathname + location.search);
    }, 400);
  };
  host.store.subscribe(schedule);
  window.addEventListener('hashchange', () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === written) return;
    const { preset, patch, notes, classroom } = readLink(hash, host.presets);
    const presetNotes = preset ? host.loadPreset(preset.id).notes : [];
    host.report([...notes, ...presetNotes, ...host.store.set(patch), ...(host.openClassroom?.(classroom) ?? [])]);
  });
  return schedule;
}
