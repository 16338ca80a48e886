import type { Words } from '../i18n/words.ts';

/** Over the map while a recording runs: a red dot, the seconds left, and a button that ends it early. */
export class RecordingIndicator {
  readonly element = document.createElement('div');
  private readonly label = document.createElement('span');
  private readonly stop = document.createElement('button');
  private onStop: (() => void) | null = null;

  constructor(
    host: HTMLElement,
    private readonly words: Words,
  ) {
    this.element.className = 'recording-indicator';
    this.element.dataset.role = 'recording';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
    const dot = document.createElement('span');
    dot.className = 'recording-dot';
    dot.setAttribute('aria-hidden', 'true');
    this.stop.type = 'button';
    this.stop.textContent = words.exports.stop;
    this.stop.addEventListener('click', () => this.onStop?.());
    this.element.append(dot, this.label, this.stop);
    host.append(this.element);
  }

  show(secondsLeft: number, onStop: () => void): void {
    this.onStop = onStop;
    this.label.textContent = this.words.exports.recording(secondsLeft);
    this.element.hidden = false;
  }

  hide(): void {
    this.onStop = null;
    this.element.hidden = true;
  }
}
