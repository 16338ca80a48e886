import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { Preset } from '../state/presets.ts';

/**
 * The preset's title and the sentences for the teacher, under the header, in the instance's language,
 * with the teacher's note folded away behind its summary: on a projector the class sees the story, and
 * the teacher opens the note. Once the scene is changed the header says so, names what changed and
 * offers the preset back, and the sentences are set back as describing the preset as loaded: they must
 * not pass for a description of something else. Nothing changes height, so the map never jumps.
 */
export class Story {
  private readonly title = document.createElement('strong');
  private readonly text = document.createElement('span');
  private readonly note = document.createElement('details');
  private readonly noteText = document.createElement('span');
  private readonly changes = document.createElement('span');

  constructor(
    private readonly root: HTMLElement,
    private readonly badge: HTMLElement,
    private readonly lang: Lang,
    private readonly words: Words['presets'],
    restore: () => void,
  ) {
    const back = document.createElement('button');
    back.type = 'button';
    back.textContent = words.restore;
    back.title = words.restoreTitle;
    back.addEventListener('click', restore);
    this.changes.className = 'changes';
    badge.replaceChildren(this.changes, back);
    const summary = document.createElement('summary');
    summary.textContent = words.teacherNote;
    this.note.className = 'story-note';
    this.note.dataset.role = 'story-note';
    this.noteText.className = 'story-note-text';
    this.note.append(summary, this.noteText);
    this.text.className = 'story-text';
    root.replaceChildren(this.title, this.text, this.note);
  }

  /** No preset: no story. Changes: the badge names them and the story is marked as the preset's. */
  show(preset: Preset | null, changes: readonly string[]): void {
    this.root.hidden = !preset;
    const modified = !!preset && changes.length > 0;
    this.badge.hidden = !modified;
    this.root.classList.toggle('stale', modified);
    if (!preset) return;
    const title = preset.title[this.lang];
    this.title.textContent = modified ? this.words.asLoaded(title) : title;
    this.text.textContent = preset.description[this.lang];
    this.noteText.textContent = preset.note[this.lang];
    this.changes.textContent = this.words.modified(changes);
    this.badge.title = this.words.modifiedTitle(changes);
  }
}
