import type { Preset } from '../state/presets.ts';

/**
 * The preset's title and the two sentences for the teacher, under the header. Once the scene is
 * changed the header says so, names what changed and offers the preset back, and the sentences
 * are set back as describing the preset as loaded: they must not pass for a description of
 * something else. Nothing changes height, so the map never jumps.
 */
export class Story {
  private readonly title = document.createElement('strong');
  private readonly text = document.createTextNode('');
  private readonly changes = document.createElement('span');

  constructor(
    private readonly root: HTMLElement,
    private readonly badge: HTMLElement,
    restore: () => void,
  ) {
    const back = document.createElement('button');
    back.type = 'button';
    back.textContent = 'restore';
    back.title = 'Load the preset again as it was';
    back.addEventListener('click', restore);
    this.changes.className = 'changes';
    badge.replaceChildren(this.changes, back);
    root.replaceChildren(this.title, this.text);
  }

  /** No preset: no story. Changes: the badge names them and the story is marked as the preset's. */
  show(preset: Preset | null, changes: readonly string[]): void {
    this.root.hidden = !preset;
    const modified = !!preset && changes.length > 0;
    this.badge.hidden = !modified;
    this.root.classList.toggle('stale', modified);
    if (!preset) return;
    this.title.textContent = modified ? `${preset.title} (as loaded)` : preset.title;
    this.text.data = ` ${preset.description}`;
    this.changes.textContent = `modified: ${changes.join(', ')}`;
    this.badge.title = `Changed since the preset was loaded: ${changes.join(', ')}. The text under the header describes the preset as it was.`;
  }
}
