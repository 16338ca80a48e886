import type { Words } from '../i18n/words.ts';
import './present.css';

/**
 * Presentation mode: the page's `presenting` class (present.css hides the controls and enlarges
 * text, legend and story for a projector) and the header's button that enters and leaves it. What
 * the map draws larger is the host's, told through `onChange`.
 */
export class Presentation {
  readonly button = document.createElement('button');
  private on = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly words: Words,
    private readonly onChange: (presenting: boolean) => void,
  ) {
    this.button.type = 'button';
    this.button.className = 'present-button';
    this.button.dataset.role = 'present';
    this.button.addEventListener('click', () => this.toggle());
    this.show();
  }

  get presenting(): boolean {
    return this.on;
  }

  set(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.show();
    this.onChange(on);
  }

  toggle(): void {
    this.set(!this.on);
  }

  private show(): void {
    const w = this.words.classroom;
    this.root.classList.toggle('presenting', this.on);
    this.button.textContent = this.on ? w.leave : w.present;
    this.button.title = this.on ? w.leaveHint : w.presentHint;
    this.button.setAttribute('aria-pressed', String(this.on));
  }
}
