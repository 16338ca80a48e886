import type { Preset } from '../state/presets.ts';

/**
 * The preset's title and the two sentences for the teacher, under the header. Once the scene is
 * changed the header says so, names what changed and offers the preset back: the words describe
 * the preset as loaded, and they must not pass for a description of something else.
 */
export class Story {
  private readonly title = document.createElement('strong');
  private readonly text = document.createTextNode('');
  private readonly note = document.createElement('span');
  private readonly changes = document.createTextNode('');

  constructor(
    private readonly root: HTMLElement,
    private readonly badge: HTMLElement,
    restore: () => void,
  ) {
    const back = document.createElement('button');
    back.type = 'button';
    back.textContent = 'back to the preset';
    back.addEventListener('click', restore);
    this.note.className = 'story-modified';
    this.note.append('Changed since the preset was loaded: ', this.changes, '. The text describes the preset as it was.', back);
    root.replaceChildren(this.title, this.text, this.note);
  }

  /** No preset: no story. Changes: the story with a note naming them, and the header's badge. */
  show(preset: Preset | null, changes: readonly string[]): void {
    this.root.hidden = !preset;
    this.badge.hidden = !preset || changes.length === 0;
    if (!preset) return;
    this.title.textContent = preset.title;
    this.text.data = ` ${preset.description}`;
    this.note.hidden = changes.length === 0;
    this.changes.data = changes.join(', ');
    this.badge.title = changes.length ? `Changed: ${changes.join(', ')}` : '';
  }
}
