/** The quietest gap between two messages: a screen reader needs time to say one before the next. */
const GAP_MS = 2000;

interface Queued {
  /** Messages with the same key replace each other while queued (a swarm's tally, the marker's place); null never does. */
  readonly key: string | null;
  readonly text: string;
}

/**
 * A polite live region of the map's own, visually hidden: what the race does, put into words at
 * most once per GAP_MS. Messages that come faster are queued and spoken together; one that only
 * updates an earlier one (the same key) replaces it, any other (a winner, a divergence) is kept.
 * While held (a gesture on the map) nothing is spoken: the queue waits for the gesture's end.
 */
export class LiveRegion {
  readonly element: HTMLElement;
  private queue: Queued[] = [];
  private readonly spoken: string[] = [];
  private held = false;
  private last = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'visually-hidden';
    this.element.setAttribute('aria-live', 'polite');
    this.element.dataset.role = 'map-live';
    host.append(this.element);
  }

  /** Queues a message; a key replaces the queued message of that key. */
  say(text: string, key: string | null = null): void {
    if (key !== null) this.queue = this.queue.filter((q) => q.key !== key);
    this.queue.push({ key, text });
    this.schedule();
  }

  /** Asked for (a key press): spoken at once with whatever is queued, throttle or not. */
  sayNow(text: string): void {
    this.queue.push({ key: null, text });
    clearTimeout(this.timer);
    this.timer = undefined;
    this.flush();
  }

  /** Drops what is queued: the race it spoke of has restarted. */
  forget(): void {
    this.queue = [];
  }

  /** Holds the queue during a gesture; releasing it speaks what gathered, after the usual gap. */
  hold(on: boolean): void {
    this.held = on;
    this.schedule();
  }

  /** Every message written to the region so far, oldest first. */
  messages(): string[] {
    return [...this.spoken];
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.element.remove();
  }

  private schedule(): void {
    if (this.held || this.timer !== undefined || this.queue.length === 0) return;
    const wait = Math.max(0, this.last + GAP_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.held) this.flush();
    }, wait);
  }

  private flush(): void {
    if (this.queue.length === 0) return;
    const text = this.queue.map((q) => q.text).join(' ');
    this.queue = [];
    this.element.textContent = text;
    this.spoken.push(text);
    this.last = performance.now();
  }
}
