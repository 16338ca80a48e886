import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { classroomFragment, parsePlaylist, sceneText, wantsPresent } from '../state/playlist.ts';
import type { Preset } from '../state/presets.ts';
import { sceneFragment, shareLinks } from '../state/shareLinks.ts';
import { Presentation } from '../ui/Presentation.ts';
import { ShareDialog } from '../ui/ShareDialog.ts';
import type { ClassroomFields } from './location.ts';
import { createPlaylist } from './playlist.ts';
import { loadPresetForReader } from './reducedMotion.ts';
import type { SlopesController } from './SlopesController.ts';

/** How much larger balls and trails are drawn while presenting. */
const PRESENT_SCALE = 1.75;

export interface ClassroomDeps {
  root: HTMLElement;
  words: Words;
  lang: Lang;
  presets: readonly Preset[];
  controller: SlopesController;
  state(): AppState;
  /** The preset the scene came from, if it still shows it. */
  origin(): Preset | null;
  /** The current surface's name, for a scene that is no preset. */
  surfaceName(): string;
  /** Balls and trails drawn `scale` times their size. */
  setScale(scale: number): void;
  /** Where a shared link leads (the page without its fragment); no Share button without it. */
  shareBase?: string;
  onLinkChange?(): void;
  /** Where each piece goes in the page. */
  place: { playlist(bar: HTMLElement): void; present(button: HTMLElement): void };
}

/** One instance's classroom tools: the playlist bar, presentation mode and the Share dialog, with the link fields they own. */
export function mountClassroom(d: ClassroomDeps) {
  const { words, lang } = d;
  const playlist = createPlaylist({ presets: [...d.presets], lang, words, loadPreset: (id) => loadPresetForReader(d.controller, id), scene: () => d.controller.scene() });
  d.place.playlist(playlist.bar.view);
  const presentation = new Presentation(d.root, words, (on) => {
    d.setScale(on ? PRESENT_SCALE : 1);
    d.onLinkChange?.();
  });
  d.place.present(presentation.button);
  const shareBase = d.shareBase;
  if (shareBase !== undefined) {
    const share = new ShareDialog(words, () => {
      const origin = d.origin();
      const scene = origin ? sceneText(origin, lang).title : d.surfaceName();
      return shareLinks(shareBase, sceneFragment(d.state(), origin ?? undefined, classroomFragment(false, playlist.ids)), words.classroom.frameTitle(scene));
    });
    presentation.button.before(share.button);
    d.root.append(share.element);
  }
  return {
    playlist,
    presentation,
    /** The link's presenting fields for the current scene (`present=1&playlist=…`). */
    fragment: () => classroomFragment(presentation.presenting, playlist.ids),
    /** Takes a link's playlist and presentation mode; returns a note naming the playlist's unknown presets. */
    open: (fields: ClassroomFields): string[] => {
      const known = d.presets.map((p) => p.id);
      const { ids, unknown } = parsePlaylist(fields.playlist, known);
      playlist.setIds(ids);
      presentation.set(wantsPresent(fields.present));
      return unknown.length ? [words.classroom.unknownScenes(unknown.map((id) => JSON.stringify(id)).join(', '), known.join(', '))] : [];
    },
  };
}
