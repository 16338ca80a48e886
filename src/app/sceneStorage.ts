import { emptyLibrary, encodeLibrary, parseLibrary, type SceneLibrary } from '../state/sceneLibrary.ts';
import type { NoticeLine } from '../ui/Notice.ts';

/** What of localStorage the library needs; tests pass a map, and a browser that blocks storage passes null. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const LIBRARY_KEY = 'slopes:scenes';
/** Where an unreadable library is moved, so a later version or a teacher can still recover it. */
export const CORRUPT_KEY = 'slopes:scenes:unreadable';

/** The browser's local storage, or null where reading it throws (private modes, sandboxed frames). */
export function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Reads the saved scenes. Nothing is ever lost silently: storage that cannot be read is reported,
 * and text that does not parse is set aside under CORRUPT_KEY (and reported) before an empty library
 * takes its place.
 */
export function loadLibrary(store: KeyValueStore | null): { library: SceneLibrary; notes: NoticeLine[] } {
  if (!store) return { library: emptyLibrary(), notes: ['saved scenes: this browser does not allow local storage here; export your scenes to a file to keep them'] };
  let text: string | null;
  try {
    text = store.getItem(LIBRARY_KEY);
  } catch (e) {
    return { library: emptyLibrary(), notes: [`saved scenes: local storage could not be read (${(e as Error).name})`] };
  }
  if (text === null) return { library: emptyLibrary(), notes: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    try {
      store.setItem(CORRUPT_KEY, text);
    } catch {
      return { library: emptyLibrary(), notes: ['saved scenes: the stored scenes are damaged and could not be set aside; they are left untouched'] };
    }
    return { library: emptyLibrary(), notes: [`saved scenes: the stored scenes are damaged; they were set aside under "${CORRUPT_KEY}"`] };
  }
  return parseLibrary(json);
}

/** Writes the library; a full or blocked storage is an error to show, and the library in memory is kept. */
export function storeLibrary(store: KeyValueStore | null, library: SceneLibrary): string | null {
  if (!store) return 'saved scenes: this browser does not allow local storage here; export your scenes to a file';
  try {
    store.setItem(LIBRARY_KEY, JSON.stringify(encodeLibrary(library)));
    return null;
  } catch (e) {
    const full = (e as Error).name === 'QuotaExceededError';
    return full ? 'saved scenes: the browser\'s storage is full; the scene was not saved (export your scenes to a file)' : `saved scenes: could not be written (${(e as Error).name})`;
  }
}
