import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import { sceneIndex, sceneText, stepScene } from '../state/playlist.ts';
import type { Preset } from '../state/presets.ts';
import { PlaylistBar } from '../ui/PlaylistBar.ts';
import type { SceneInfo } from './SlopesController.ts';

export interface PlaylistHost {
  presets: readonly Preset[];
  lang: Lang;
  words: Words;
  loadPreset(id: string): { notes: string[] };
  scene(): SceneInfo;
}

/** One scene of a playlist: a preset, or a teacher's saved scene. */
export interface PlaylistEntry {
  /** The preset's id, which a link can carry; null for a saved scene, which lives in this browser only. */
  readonly preset: string | null;
  readonly title: string;
  readonly note: string;
  /** Whether this entry is the scene on screen, and whether that changed since it was loaded. */
  shown(): { on: boolean; modified: boolean };
  load(): void;
}

export interface Playlist {
  /** The presets of the list, in its order, for the link (empty: no playlist, or one of saved scenes). */
  readonly ids: readonly string[];
  /** A new list of presets (a pasted link's); the place in it is where the scene shown first appears. */
  setIds(ids: readonly string[]): void;
  /** A new list of any scenes (a saved playlist); it starts at its first scene. */
  play(entries: readonly PlaylistEntry[]): void;
  /** A preset as a scene of a list. */
  presetEntry(preset: Preset): PlaylistEntry;
  readonly bar: PlaylistBar;
  /** Loads the scene `delta` places on (held to the ends); off the list, either way leads back to it. */
  step(delta: number): void;
  /** Shows the scene on screen: its place in the list, title and note, or that it is none of the list's. */
  show(): void;
}

/**
 * A lecture's scenes in order, from the link's `playlist=a,b,c` or a saved playlist. The place in the
 * list is kept here, so a scene that appears twice is stepped past rather than found again at its
 * first place.
 */
export function createPlaylist(host: PlaylistHost): Playlist {
  let entries: readonly PlaylistEntry[] = [];
  let index = -1;
  const presetEntry = (preset: Preset): PlaylistEntry => ({
    preset: preset.id,
    ...sceneText(preset, host.lang),
    shown: () => {
      const scene = host.scene();
      return { on: scene.preset === preset.id, modified: scene.modified.length > 0 };
    },
    load: () => void host.loadPreset(preset.id),
  });
  const onList = () => index >= 0 && entries[index].shown().on;
  const step = (delta: number) => {
    if (entries.length === 0) return;
    const next = onList() ? stepScene(index, delta, entries.length) : Math.max(0, index);
    if (next === index && onList()) return;
    index = next;
    entries[index].load();
  };
  const bar = new PlaylistBar(host.words, step);
  const show = () => {
    if (entries.length === 0) return bar.show(null);
    if (!onList()) return bar.show({ index: -1, total: entries.length, title: '', note: '', modified: false });
    const entry = entries[index];
    bar.show({ index, total: entries.length, title: entry.title, note: entry.note, modified: entry.shown().modified });
  };
  return {
    get ids() {
      return entries.every((e) => e.preset !== null) ? entries.map((e) => e.preset!) : [];
    },
    setIds(next) {
      entries = next.flatMap((id) => host.presets.filter((p) => p.id === id).map(presetEntry));
      index = sceneIndex(
        entries.map((e) => e.preset!),
        host.scene().preset,
      );
      show();
    },
    play(next) {
      entries = [...next];
      index = -1;
      step(1);
      show();
    },
    presetEntry,
    bar,
    step,
    show,
  };
}
