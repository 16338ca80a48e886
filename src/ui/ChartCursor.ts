import './cursor.css';

/** What a chart's time cursor moves over and what it moves. */
export interface ChartCursorHost {
  /** The value (a step, an epoch) under a pointer at clientX. */
  valueAt(clientX: number): number | null;
  /** The whole values the keys move within, first and last. */
  range(): [number, number];
  /** A value as spoken (null: live). */
  valueText(value: number | null): string;
  /** Shows the data at a value; null returns to live. */
  move(value: number | null): void;
}

const STEP_KEYS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };

/**
 * A chart as a slider over time: pointing at it, or moving a keyboard cursor with the arrow keys
 * (Shift: ten at a time; Home, End), shows the data at that value; leaving it (the pointer, focus, or
 * Escape) returns to live. The chart's own image and text alternatives stay as they are beside it.
 */
export class ChartCursor {
  private value: number | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly element: HTMLElement,
    label: string,
    hint: string,
    private readonly host: ChartCursorHost,
  ) {
    element.tabIndex = 0;
    element.classList.add('slopes-chart-cursor');
    element.setAttribute('role', 'slider');
    element.setAttribute('aria-label', label);
    element.title = hint;
    const signal = this.abort.signal;
    element.addEventListener('pointermove', (e) => this.set(host.valueAt(e.clientX)), { signal });
    element.addEventListener('pointerleave', () => this.set(null), { signal });
    element.addEventListener('blur', () => this.set(null), { signal });
    element.addEventListener('keydown', (e) => this.key(e), { signal });
    this.refresh();
  }

  /** The value and range as a screen reader hears them; the host calls it when its range grows. */
  refresh(): void {
    const [first, last] = this.host.range();
    this.attr('aria-valuemin', String(first));
    this.attr('aria-valuemax', String(Math.max(first, last)));
    this.attr('aria-valuenow', String(this.value ?? Math.max(first, last)));
    this.attr('aria-valuetext', this.host.valueText(this.value));
  }

  /** The value shown, set from elsewhere (the controller): the slider says it without moving anything. */
  show(value: number | null): void {
    this.value = value;
    this.refresh();
  }

  destroy(): void {
    this.abort.abort();
  }

  private key(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const [first, last] = this.host.range();
    const by = STEP_KEYS[e.key];
    let next: number | null;
    if (by !== undefined) next = (this.value ?? last) + by * (e.shiftKey && Math.abs(by) === 1 ? 10 : 1);
    else if (e.key === 'Home') next = first;
    else if (e.key === 'End') next = last;
    else if (e.key === 'Escape' && this.value !== null) next = null;
    else return;
    // The page's own keys (→ steps the race, PageUp changes scene) must not act on a key the cursor took.
    e.preventDefault();
    e.stopPropagation();
    this.set(next === null ? null : Math.min(last, Math.max(first, next)));
  }

  private set(value: number | null): void {
    if (value === this.value) return;
    this.value = value;
    this.host.move(value);
    this.refresh();
  }

  private attr(name: string, value: string): void {
    if (this.element.getAttribute(name) !== value) this.element.setAttribute(name, value);
  }
}
