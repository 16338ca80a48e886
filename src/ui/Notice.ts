/** A dismissable message line for bad input (a link, a preset, a control): the app keeps running. */
export class Notice {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly root: HTMLElement) {
    root.addEventListener('click', () => this.hide());
  }

  show(lines: readonly string[]): void {
    if (!lines.length) return;
    this.root.textContent = lines.join('\n');
    this.root.hidden = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), 12000);
  }

  hide(): void {
    this.root.hidden = true;
  }
}
