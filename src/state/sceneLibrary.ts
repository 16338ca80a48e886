import { defaultState, type AppState } from './AppState.ts';
import { stateDiff } from './hash.ts';
import { shown, within, type Note } from './Note.ts';
import { applyPartial } from './schema.ts';

/** The file a teacher exports and imports: their own scenes and playlists of them. */
export const SCENES_FORMAT = 'slopes-scenes/1';

/** Names are what a teacher types: long enough for "Week 3: momentum on Rosenbrock", short enough for a menu. */
export const MAX_NAME = 80;
/** More scenes than any course needs, few enough that the library stays far below a storage quota. */
export const MAX_SCENES = 200;

export interface SavedScene {
  name: string;
  /** The complete state, validated field by field when read. */
  state: AppState;
  /** When it was saved, as an ISO date; informative only. */
  savedAt: string;
}

export interface Playlist {
  name: string;
  /** Names of saved scenes or ids of presets, in the order they are shown. */
  scenes: string[];
}

export interface SceneLibrary {
  scenes: SavedScene[];
  playlists: Playlist[];
}

export const emptyLibrary = (): SceneLibrary => ({ scenes: [], playlists: [] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => shown(v, 40);

function readName(value: unknown, field: string, notes: Note[]): string | null {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NAME) return value.trim();
  notes.push({ kind: 'invalid', field: `${field}.name`, expected: { is: 'name', max: MAX_NAME }, got: show(value) });
  return null;
}

/**
 * Reads a library document field by field, as presets and links are read: a scene with a bad name
 * is dropped and reported, a scene's bad fields are reported and left at their defaults while the
 * rest of it is kept, and a playlist keeps only the names it can resolve later.
 */
export function parseLibrary(json: unknown): { library: SceneLibrary; notes: Note[] } {
  const notes: Note[] = [];
  const library = emptyLibrary();
  if (!isRecord(json)) return { library, notes: [{ kind: 'notLibrary', field: 'scenes file', format: SCENES_FORMAT, got: show(json) }] };
  if (json.format !== SCENES_FORMAT) notes.push({ kind: 'libraryFormat', field: 'format', format: SCENES_FORMAT, got: show(json.format) });
  const scenes = Array.isArray(json.scenes) ? json.scenes : [];
  const list = { is: 'shape', shape: 'list' } as const;
  if (json.scenes !== undefined && !Array.isArray(json.scenes)) notes.push({ kind: 'invalid', field: 'scenes', expected: list, got: show(json.scenes) });
  if (scenes.length > MAX_SCENES) notes.push({ kind: 'tooManyScenes', field: 'scenes', max: MAX_SCENES, count: scenes.length });
  scenes.slice(0, MAX_SCENES).forEach((raw, i) => {
    const field = `scenes[${i}]`;
    if (!isRecord(raw)) return void notes.push({ kind: 'invalid', field, expected: { is: 'shape', shape: 'sceneEntry' }, got: show(raw) });
    const name = readName(raw.name, field, notes);
    if (name === null) return;
    if (library.scenes.some((s) => s.name === name)) return void notes.push({ kind: 'sceneTaken', field: `${field}.name`, name });
    const { state, notes: stateNotes } = applyPartial(defaultState(), raw.state ?? {});
    notes.push(...stateNotes.map((n) => within(`${field}.state.`, n)));
    library.scenes.push({ name, state, savedAt: typeof raw.savedAt === 'string' ? raw.savedAt.slice(0, 40) : '' });
  });
  const playlists = Array.isArray(json.playlists) ? json.playlists : [];
  if (json.playlists !== undefined && !Array.isArray(json.playlists)) notes.push({ kind: 'invalid', field: 'playlists', expected: list, got: show(json.playlists) });
  playlists.forEach((raw, i) => {
    const field = `playlists[${i}]`;
    if (!isRecord(raw)) return void notes.push({ kind: 'invalid', field, expected: { is: 'shape', shape: 'playlistEntry' }, got: show(raw) });
    const name = readName(raw.name, field, notes);
    if (name === null) return;
    if (!Array.isArray(raw.scenes))
      return void notes.push({ kind: 'invalid', field: `${field}.scenes`, expected: { is: 'shape', shape: 'sceneNames' }, got: show(raw.scenes) });
    const names = raw.scenes.filter((s): s is string => typeof s === 'string' && s.length <= MAX_NAME);
    if (names.length < raw.scenes.length) notes.push({ kind: 'droppedNames', field: `${field}.scenes`, count: raw.scenes.length - names.length });
    library.playlists.push({ name, scenes: names });
  });
  return { library, notes };
}

/** The document to store or export: each state as what differs from the defaults, like a link, so files stay small. */
export function encodeLibrary(library: SceneLibrary): Record<string, unknown> {
  return {
    format: SCENES_FORMAT,
    scenes: library.scenes.map((s) => ({ name: s.name, savedAt: s.savedAt, state: stateDiff({ ...s.state, running: true }, defaultState()) })),
    playlists: library.playlists.map((p) => ({ name: p.name, scenes: [...p.scenes] })),
  };
}

/** Saves a scene under a name, replacing one of the same name; refused (with the reason) past the limits. */
export function saveScene(library: SceneLibrary, name: string, state: AppState, savedAt: string): { library: SceneLibrary; error?: Note } {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME) return { library, error: { kind: 'nameLength', field: 'name', max: MAX_NAME, length: trimmed.length } };
  const others = library.scenes.filter((s) => s.name !== trimmed);
  if (others.length >= MAX_SCENES) return { library, error: { kind: 'libraryFull', field: 'scenes', max: MAX_SCENES } };
  return { library: { ...library, scenes: [...others, { name: trimmed, state: structuredClone(state), savedAt }] } };
}

export function removeScene(library: SceneLibrary, name: string): SceneLibrary {
  return { ...library, scenes: library.scenes.filter((s) => s.name !== name) };
}

/**
 * Why a rename or a playlist was refused, for the page to say in the reader's language: a name
 * empty or longer than MAX_NAME, a name another scene has, a playlist of nothing.
 */
export type LibraryError = 'badName' | 'nameTaken' | 'emptyPlaylist';

/** Renames a scene, and its entries in every playlist with it; refused when the name is bad or taken. */
export function renameScene(library: SceneLibrary, from: string, to: string): { library: SceneLibrary; error?: LibraryError } {
  const name = to.trim();
  if (name === '' || name.length > MAX_NAME) return { library, error: 'badName' };
  if (name === from) return { library };
  if (library.scenes.some((s) => s.name === name)) return { library, error: 'nameTaken' };
  return {
    library: {
      scenes: library.scenes.map((s) => (s.name === from ? { ...s, name } : s)),
      playlists: library.playlists.map((p) => ({ ...p, scenes: p.scenes.map((s) => (s === from ? name : s)) })),
    },
  };
}

/** Saves a playlist under a name, replacing one of the same name; an empty list or a bad name is refused. */
export function savePlaylist(library: SceneLibrary, name: string, scenes: readonly string[]): { library: SceneLibrary; error?: LibraryError } {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME) return { library, error: 'badName' };
  if (scenes.length === 0) return { library, error: 'emptyPlaylist' };
  return { library: { ...library, playlists: [...library.playlists.filter((p) => p.name !== trimmed), { name: trimmed, scenes: [...scenes] }] } };
}

export function removePlaylist(library: SceneLibrary, name: string): SceneLibrary {
  return { ...library, playlists: library.playlists.filter((p) => p.name !== name) };
}

/**
 * Adds an imported library to this one: an imported scene or playlist replaces the one of its name,
 * the others stay. Past MAX_SCENES the last imported scenes are left out, and counted in `dropped`.
 */
export function mergeLibrary(into: SceneLibrary, from: SceneLibrary): { library: SceneLibrary; dropped: number } {
  const names = new Set(from.scenes.map((s) => s.name));
  const lists = new Set(from.playlists.map((p) => p.name));
  const scenes = [...into.scenes.filter((s) => !names.has(s.name)), ...from.scenes];
  return {
    library: { scenes: scenes.slice(0, MAX_SCENES), playlists: [...into.playlists.filter((p) => !lists.has(p.name)), ...from.playlists] },
    dropped: Math.max(0, scenes.length - MAX_SCENES),
  };
}
