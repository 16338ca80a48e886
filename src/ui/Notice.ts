import type { Words } from '../i18n/words.ts';
import type { Note } from '../state/Note.ts';

/** A line for the notice: text already in the reader's words, or a note the notice words itself. */
export type NoticeLine = string | Note;

/** A dismissable message line for bad input (a link, a preset, a control): the app keeps running. */
export class Notice {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly words: Words['notes'],
  ) {
    root.addEventListener('click', () => this.hide());
    // The notice floats over the page: a control that takes focus under it must not stay hidden (WCAG 2.4.11).
    root.parentElement?.addEventListener('focusin', (e) => {
      if (!root.hidden && e.target instanceof Element && overlaps(root.getBoundingClientRect(), e.target.getBoundingClientRect())) this.hide();
    });
  }

  show(lines: readonly NoticeLine[]): void {
    if (!lines.length) return;
    this.root.textContent = lines.map((l) => (typeof l === 'string' ? l : this.words.line(l))).join('\n');
    this.root.hidden = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), 12000);
  }

  hide(): void {
    this.root.hidden = true;
  }

  /** Drops the pending hide, which would keep a destroyed instance alive for its 12 seconds. */
  destroy(): void {
    clearTimeout(this.timer);
  }
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
