import './exportMenu.css';
import type { Words } from '../i18n/words.ts';
import type { ExportKind } from '../app/exports/exportKinds.ts';

export interface ExportMenuHost {
  /** Downloads the kind's file. */
  download(kind: ExportKind): Promise<void>;
  /** Puts a script on the clipboard, or shows it for copying by hand. */
  copy(kind: 'pytorch' | 'pytorch-experiment'): Promise<void>;
  /** Records the map and downloads the video. */
  record(seconds: number): Promise<void>;
}

/** The length of the menu's recording: long enough for a race, short enough for a slide. */
export const MENU_RECORD_SECONDS = 10;

interface Item {
  label: string;
  act(): Promise<void>;
  /** Starts a group of its own (downloads, copies, recording). */
  separated?: boolean;
}

/**
 * The header's "Export" button and its menu (WAI-ARIA menu button): Enter, Space or ArrowDown open
 * it at the first item, the arrows, Home and End move, Escape closes it back onto the button.
 */
export class ExportMenu {
  private readonly button = document.createElement('button');
  private readonly list = document.createElement('ul');
  private readonly items: HTMLButtonElement[] = [];

  constructor(root: HTMLElement, words: Words, host: ExportMenuHost) {
    const w = words.exports;
    const entries: Item[] = [
      { label: w.png, act: () => host.download('png') },
      { label: w.tracesJson, act: () => host.download('traces-json') },
      { label: w.tracesCsv, act: () => host.download('traces-csv') },
      { label: w.experimentCsv, act: () => host.download('experiment-csv') },
      { label: w.pytorch, act: () => host.copy('pytorch'), separated: true },
      { label: w.pytorchExperiment, act: () => host.copy('pytorch-experiment') },
      { label: w.record(MENU_RECORD_SECONDS), act: () => host.record(MENU_RECORD_SECONDS), separated: true },
    ];
    root.classList.add('export-menu');
    this.button.type = 'button';
    this.button.dataset.role = 'export-button';
    this.button.textContent = w.menu;
    this.button.setAttribute('aria-haspopup', 'menu');
    this.button.setAttribute('aria-expanded', 'false');
    this.list.className = 'export-items';
    this.list.id = `export-items-${Math.random().toString(36).slice(2, 8)}`;
    this.list.setAttribute('role', 'menu');
    this.list.setAttribute('aria-label', w.menuLabel);
    this.list.hidden = true;
    this.button.setAttribute('aria-controls', this.list.id);
    for (const entry of entries) {
      const li = document.createElement('li');
      li.setAttribute('role', 'none');
      if (entry.separated) {
        const line = document.createElement('li');
        line.className = 'separator';
        line.setAttribute('role', 'separator');
        this.list.append(line);
      }
      const item = document.createElement('button');
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.tabIndex = -1;
      item.textContent = entry.label;
      item.addEventListener('click', () => {
        this.close(true);
        void entry.act();
      });
      li.append(item);
      this.list.append(li);
      this.items.push(item);
    }
    root.replaceChildren(this.button, this.list);

    this.button.addEventListener('click', () => (this.list.hidden ? this.open(0) : this.close(true)));
    this.button.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        this.open(e.key === 'ArrowDown' ? 0 : this.items.length - 1);
      }
    });
    this.list.addEventListener('keydown', (e) => this.onKey(e));
    // Keys pressed in the menu are the menu's, not the page's shortcuts.
    this.list.addEventListener('keydown', (e) => e.stopPropagation());
    root.addEventListener('focusout', (e) => {
      if (!root.contains(e.relatedTarget as Node | null)) this.close(false);
    });
  }

  private open(index: number): void {
    this.list.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.items[index].focus();
  }

  private close(refocus: boolean): void {
    if (this.list.hidden) return;
    this.list.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (refocus) this.button.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const at = this.items.indexOf(document.activeElement as HTMLButtonElement);
    const n = this.items.length;
    const moves: Record<string, number> = { ArrowDown: (at + 1) % n, ArrowUp: (at - 1 + n) % n, Home: 0, End: n - 1 };
    if (e.key in moves) {
      e.preventDefault();
      this.items[moves[e.key]].focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close(true);
    } else if (e.key === 'Tab') {
      this.close(false);
    }
  }
}
