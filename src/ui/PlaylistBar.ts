import type { Words } from '../i18n/words.ts';
import { keyLabel } from './commands.ts';

/** One scene of the playlist as the bar shows it. */
export interface SceneView {
  /** 0-based place in the list, or -1 while the scene shown is none of the list's. */
  index: number;
  total: number;
  title: string;
  note: string;
  /** Changed since it was loaded: the title says the text describes it as loaded. */
  modified: boolean;
}

/**
 * The playlist's bar under the header: previous and next buttons, "Scene 2 of 5", the scene's title
 * and the teacher's note. The count and title are a polite live region, so a change of scene is
 * heard as well as seen.
 */
export class PlaylistBar {
  readonly view = document.createElement('nav');
  private readonly previous = document.createElement('button');
  private readonly next = document.createElement('button');
  private readonly count = document.createElement('span');
  private readonly title = document.createElement('strong');
  private readonly note = document.createElement('p');

  constructor(
    private readonly words: Words,
    step: (delta: number) => void,
  ) {
    const w = words.classroom;
    this.view.className = 'playlist';
    this.view.dataset.role = 'playlist';
    this.view.setAttribute('aria-label', w.scenes);
    this.view.hidden = true;
    const button = (b: HTMLButtonElement, text: string, role: string, delta: number) => {
      b.type = 'button';
      b.textContent = text;
      b.dataset.role = role;
      b.addEventListener('click', () => step(delta));
    };
    button(this.previous, `‹ ${w.previous}`, 'previous-scene', -1);
    button(this.next, `${w.next} ›`, 'next-scene', 1);
    this.previous.title = `${w.previous} (${keyLabel('PageUp', words)})`;
    this.next.title = `${w.next} (${keyLabel('PageDown', words)})`;
    this.count.className = 'scene-count';
    this.title.className = 'scene-title';
    this.note.className = 'scene-note';
    const heading = document.createElement('div');
    heading.className = 'scene-heading';
    heading.setAttribute('aria-live', 'polite');
    heading.append(this.count, this.title);
    const row = document.createElement('div');
    row.className = 'scene-row';
    row.append(this.previous, heading, this.next);
    this.view.append(row, this.note);
  }

  show(scene: SceneView | null): void {
    this.view.hidden = !scene;
    if (!scene) return;
    const w = this.words.classroom;
    const inList = scene.index >= 0;
    this.count.textContent = inList ? w.sceneOf(scene.index + 1, scene.total) : w.notInList(scene.total);
    this.title.textContent = inList ? (scene.modified ? `${scene.title} ${w.asLoaded}` : scene.title) : '';
    this.note.textContent = inList ? scene.note : '';
    this.view.classList.toggle('stale', !inList || scene.modified);
    // Off the list both buttons lead back to it; on it, each end has nowhere further to go. They keep
    // their focus there (aria-disabled rather than disabled), so a keyboard user is not thrown out.
    this.previous.setAttribute('aria-disabled', String(inList && scene.index === 0));
    this.next.setAttribute('aria-disabled', String(inList && scene.index === scene.total - 1));
  }
}
