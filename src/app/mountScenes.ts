import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import type { Note } from '../state/Note.ts';
import { stateDiff } from '../state/hash.ts';
import type { Preset } from '../state/presets.ts';
import {
  encodeLibrary,
  MAX_NAME,
  MAX_SCENES,
  mergeLibrary,
  parseLibrary,
  removePlaylist,
  removeScene,
  renameScene,
  saveScene,
  savePlaylist,
  type LibraryError,
  type SceneLibrary,
  type SavedScene,
} from '../state/sceneLibrary.ts';
import { surfaceKey } from '../state/surfaceOf.ts';
import { ScenesDialog } from '../ui/ScenesDialog.ts';
import type { Playlist, PlaylistEntry } from './playlist.ts';
import { browserStore, loadLibrary, storeLibrary, type KeyValueStore, type StorageProblem } from './sceneStorage.ts';
import { prefersReducedMotion } from './reducedMotion.ts';

/** A scenes file is a few kilobytes a scene; anything this large is not one, and is refused before it is read. */
const MAX_FILE_MB = 5;

export interface ScenesDeps {
  words: Words;
  presets: readonly Preset[];
  state(): AppState;
  setState(patch: unknown): { notes: string[] };
  playlist: Playlist;
  /** Where the header's button goes. */
  place(button: HTMLElement): void;
  /** The dialog's host element (the instance's root). */
  host: HTMLElement;
  /** Local storage; absent: the browser's. */
  store?: KeyValueStore | null;
  /** Shows lines in the page's notice, for what is said after the dialog has closed. */
  report(lines: readonly string[]): void;
}

/** Changes in a state that make it another scene: all but playing or not and the reader's language. */
const differs = (state: AppState, saved: AppState) => Object.keys(stateDiff({ ...state, running: saved.running, lang: saved.lang }, saved)).length > 0;

/**
 * "My scenes" for one instance: the library read from local storage when mounted, the dialog, and
 * every change written back at once. What storage refuses is said, and the library on the page is
 * kept; damaged stored text that could not be set aside is never written over.
 */
export function mountScenes(d: ScenesDeps) {
  const w = d.words.scenes;
  const store = d.store === undefined ? browserStore() : d.store;
  const loaded = loadLibrary(store);
  let library = loaded.library;
  const keepStored = loaded.problem?.kind === 'damagedKept';
  /** The saved scene last opened, while it is on screen. */
  let opened: string | null = null;

  const problemText = (p: StorageProblem) => (p.kind === 'unreadable' || p.kind === 'unwritable' ? w.storage[p.kind](p.detail) : w.storage[p.kind]);
  const noteText = (note: Note) => d.words.notes.line(note);
  const refused = (notes: readonly Note[]) => (notes.length ? [w.refused(notes.length), ...notes.map(noteText)] : []);
  const errorText = (error: LibraryError, name: string) =>
    error === 'nameTaken' ? w.nameTaken(name.trim()) : error === 'badName' ? w.badName(MAX_NAME) : w.emptyPlaylist;

  const dialog = new ScenesDialog(d.words, {
    save(name) {
      const result = saveScene(library, name, d.state(), new Date().toISOString());
      if (result.error) return [noteText(result.error)];
      opened = name.trim();
      return commit(result.library, w.saved(name.trim()));
    },
    open: (name) => open(name),
    rename(from, to) {
      const result = renameScene(library, from, to);
      if (result.error) return [errorText(result.error, to)];
      if (opened === from) opened = to.trim();
      return commit(result.library, w.renamed(from, to.trim()));
    },
    remove(name) {
      if (opened === name) opened = null;
      return commit(removeScene(library, name), w.removed(name));
    },
    makePlaylist(name, scenes) {
      const result = savePlaylist(library, name, scenes);
      return result.error ? [errorText(result.error, name)] : commit(result.library, w.playlistSaved(name.trim()));
    },
    play(name) {
      const list = library.playlists.find((p) => p.name === name);
      if (!list) return [];
      const missing: string[] = [];
      const entries = list.scenes.flatMap((scene): PlaylistEntry[] => {
        const saved = library.scenes.find((s) => s.name === scene);
        const preset = d.presets.find((p) => p.id === scene);
        if (saved) return [savedEntry(saved)];
        if (preset) return [d.playlist.presetEntry(preset)];
        missing.push(w.missingScene(scene));
        return [];
      });
      if (!entries.length) return missing;
      d.playlist.play(entries);
      dialog.element.close();
      // The dialog's status closes with it: what was skipped is said in the notice.
      d.report(missing);
      return [];
    },
    removePlaylist: (name) => commit(removePlaylist(library, name), w.playlistRemoved(name)),
    exportFile() {
      const text = `${JSON.stringify(encodeLibrary(library), null, 2)}\n`;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = 'slopes-scenes.json';
      link.click();
      // The download has its own copy once the click is handled.
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
      return [w.exported(library.scenes.length)];
    },
    async importFile(file) {
      if (file.size > MAX_FILE_MB * 1024 * 1024) return [w.tooLarge(MAX_FILE_MB)];
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (e) {
        return [w.notJson(e instanceof Error ? e.message : String(e))];
      }
      const { library: read, notes } = parseLibrary(json);
      const merged = mergeLibrary(library, read);
      const lines = commit(merged.library, w.imported(read.scenes.length, read.playlists.length));
      return [...lines, ...(merged.dropped ? [w.tooMany(merged.dropped, MAX_SCENES)] : []), ...refused(notes)];
    },
  });

  function savedEntry(saved: SavedScene): PlaylistEntry {
    return {
      preset: null,
      title: saved.name,
      note: '',
      shown: () => {
        const scene = library.scenes.find((s) => s.name === saved.name) ?? saved;
        const on = opened === saved.name && surfaceKey(d.state()) === surfaceKey(scene.state);
        return { on, modified: on && differs(d.state(), scene.state) };
      },
      load: () => void open(saved.name),
    };
  }

  function open(name: string): string[] {
    const scene = library.scenes.find((s) => s.name === name);
    if (!scene) return [];
    // Before the state changes, so the playlist bar, redrawn by that change, already finds it on screen.
    opened = name;
    // A saved scene sets the scene, not the reader's language.
    const { notes } = d.setState({ ...scene.state, lang: d.state().lang, running: !prefersReducedMotion() });
    return [w.opened(name), ...notes];
  }

  /** Takes the new library and writes it; says what was done, and what storage refused. */
  function commit(next: SceneLibrary, done: string): string[] {
    library = next;
    dialog.show(library);
    const problem = keepStored ? { kind: 'damagedKept' as const } : storeLibrary(store, library);
    return problem ? [done, problemText(problem)] : [done];
  }

  dialog.show(library);
  d.place(dialog.button);
  d.host.append(dialog.element);
  return {
    /** What reading the stored scenes found wrong, for the page's notice at start. */
    startNotes: [...(loaded.problem ? [problemText(loaded.problem)] : []), ...refused(loaded.notes)],
  };
}
