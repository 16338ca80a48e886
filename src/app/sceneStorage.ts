import type { Note } from '../state/Note.ts';
import { emptyLibrary, encodeLibrary, parseLibrary, type SceneLibrary } from '../state/sceneLibrary.ts';

/** What of localStorage the library needs; tests pass a map, and a browser that blocks storage passes null. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const LIBRARY_KEY = 'slopes:scenes';
/** Where an unreadable library is moved, so a later version or a teacher can still recover it. */
export const CORRUPT_KEY = 'slopes:scenes:unreadable';

/**
 * What went wrong with the storage, for the page to say in the reader's language: storage blocked
 * here, unreadable, damaged text set aside (or left in place when even that failed), full, or not
 * writable for another reason (`detail` is the browser's error name).
 */
export type StorageProblem = { kind: 'blocked' | 'damaged' | 'damagedKept' | 'full' } | { kind: 'unreadable' | 'unwritable'; detail: string };

/** The browser's local storage, or null where reading it throws (private modes, sandboxed frames). */
export function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const errorName = (e: unknown) => (e instanceof Error ? e.name : String(e));

/**
 * Reads the saved scenes. Nothing is ever lost silently: storage that cannot be read is reported,
 * and text that does not parse is set aside under CORRUPT_KEY (and reported) before an empty library
 * takes its place. `notes` name the fields of a readable library that were refused.
 */
export function loadLibrary(store: KeyValueStore | null): { library: SceneLibrary; notes: Note[]; problem?: StorageProblem } {
  if (!store) return { library: emptyLibrary(), notes: [], problem: { kind: 'blocked' } };
  let text: string | null;
  try {
    text = store.getItem(LIBRARY_KEY);
  } catch (e) {
    return { library: emptyLibrary(), notes: [], problem: { kind: 'unreadable', detail: errorName(e) } };
  }
  if (text === null) return { library: emptyLibrary(), notes: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    try {
      store.setItem(CORRUPT_KEY, text);
    } catch {
      return { library: emptyLibrary(), notes: [], problem: { kind: 'damagedKept' } };
    }
    return { library: emptyLibrary(), notes: [], problem: { kind: 'damaged' } };
  }
  return parseLibrary(json);
}

/** Writes the library; a full or blocked storage is a problem to show, and the library in memory is kept. */
export function storeLibrary(store: KeyValueStore | null, library: SceneLibrary): StorageProblem | null {
  if (!store) return { kind: 'blocked' };
  try {
    store.setItem(LIBRARY_KEY, JSON.stringify(encodeLibrary(library)));
    return null;
  } catch (e) {
    return errorName(e) === 'QuotaExceededError' ? { kind: 'full' } : { kind: 'unwritable', detail: errorName(e) };
  }
}
