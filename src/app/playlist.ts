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

export interface Playlist {
  /** The presets of the list, in its order (empty: no playlist). */
  readonly ids: readonly string[];
  /** A new list (a pasted link's); the place in it is where the scene shown first appears. */
  setIds(ids: readonly string[]): void;
  readonly bar: PlaylistBar;
  /** Loads the scene `delta` places on (held to the ends); off the list, either way leads back to it. */
  step(delta: number): void;
  /** Shows the scene on screen: its place in the list, title and note, or that it is none of the list's. */
  show(): void;
}

/**
 * A lecture's scenes in order, from the link's `playlist=a,b,c`. The place in the list is kept
 * here, so a scene that appears twice is stepped past rather than found again at its first place.
 */
export function createPlaylist(host: PlaylistHost): Playlist {
  let ids: readonly string[] = [];
  let index = -1;
  const onList = () => index >= 0 && host.scene().preset === ids[index];
  const step = (delta: number) => {
    if (ids.length === 0) return;
    const next = onList() ? stepScene(index, delta, ids.length) : Math.max(0, index);
    if (next === index && onList()) return;
    index = next;
    host.loadPreset(ids[index]);
  };
  const bar = new PlaylistBar(host.words, step);
  return {
    get ids() {
      return ids;
    },
    setIds(next) {
      ids = [...next];
      index = sceneIndex(ids, host.scene().preset);
      this.show();
    },
    bar,
    step,
    show() {
      if (ids.length === 0) return bar.show(null);
      const scene = host.scene();
      const preset = onList() ? host.presets.find((p) => p.id === ids[index]) : undefined;
      if (!preset) return bar.show({ index: -1, total: ids.length, title: '', note: '', modified: false });
      bar.show({ index, total: ids.length, ...sceneText(preset, host.lang), modified: scene.modified.length > 0 });
    },
  };
}
