import GUI from 'lil-gui';
import { gallery } from '../core/rules/gallery.ts';
import type { AppState } from '../state/AppState.ts';
import type { Note } from '../state/Note.ts';
import { MAX_RULES } from '../state/ruleSettings.ts';
import type { Words } from '../i18n/words.ts';
import { RuleFolder, type RuleFolderHost } from './ruleFolder.ts';
import './rules.css';

export interface RuleEditorHost {
  getState(): AppState;
  /** Applies a patch to the state and shows its notes; returns them. */
  set(patch: unknown): Note[];
}

/**
 * "My optimizers": up to MAX_RULES update rules racing beside the built-ins, each in its own folder
 * (RuleFolder), and a gallery to start a new one from.
 */
export class RuleEditor {
  private readonly gui: GUI;
  private folders: RuleFolder[] = [];
  private readonly add: ReturnType<GUI['add']>;
  /** Ids unique in the page: lil-gui's label ids are, so the editor's fields extend one. */
  private prefix = '';
  private serial = 0;

  constructor(
    container: HTMLElement,
    private readonly host: RuleEditorHost,
    private readonly words: Words,
  ) {
    const w = words.rules;
    this.gui = new GUI({ container, title: w.title });
    this.gui.domElement.classList.add('slopes-controls', 'slopes-rules');
    const intro = document.createElement('p');
    intro.className = 'rules-intro';
    intro.textContent = w.intro;
    this.gui.$children.prepend(intro);
    const choice = { from: 'momentum', add: () => this.addRule(choice.from) };
    const options = Object.fromEntries(gallery.map((r) => [w.gallery[r.id as keyof typeof w.gallery] ?? r.id, r.id]));
    this.gui.add(choice, 'from', options).name(w.startFrom);
    this.add = this.gui.add(choice, 'add').name(w.add);
    this.add.domElement.title = w.addHint;
    this.prefix = `${this.add.$name.id}-rule`;
    if (host.getState().rules.length === 0) this.gui.close();
    this.refresh();
  }

  /** Follows the state: folders are rebuilt only when a rule came or went, or its text changed elsewhere. */
  refresh(): void {
    const rules = this.host.getState().rules;
    const current = rules.length === this.folders.length && rules.every((r, i) => r.text === this.folders[i].applied);
    if (!current) {
      for (const f of this.folders) f.destroy();
      this.folders = rules.map((r, i) => new RuleFolder(this.gui, i, `${this.prefix}-${++this.serial}`, r, this.hostFor(i), this.words));
    } else rules.forEach((r, i) => this.folders[i].show(r));
    const full = rules.length >= MAX_RULES;
    this.add.enable(!full);
    this.add.domElement.title = full ? this.words.rules.full(MAX_RULES) : this.words.rules.addHint;
  }

  private hostFor(i: number) {
    const rules = () => this.host.getState().rules;
    return {
      apply: (change: Parameters<RuleFolderHost['apply']>[0]) => {
        const next = rules().map((r, j) => (j === i ? { ...change, ...(change.text === undefined ? { text: r.text } : {}) } : r));
        return this.host.set({ rules: next });
      },
      remove: () => this.host.set({ rules: rules().filter((_, j) => j !== i) }),
    };
  }

  private addRule(id: string): void {
    const rule = gallery.find((r) => r.id === id);
    if (!rule || this.host.getState().rules.length >= MAX_RULES) return;
    this.host.set({ rules: [...this.host.getState().rules, { text: rule.text }] });
    this.gui.open();
  }
}
