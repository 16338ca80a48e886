import type GUI from 'lil-gui';
import type { Controller } from 'lil-gui';
import { compileRule } from '../core/rules/compileRule.ts';
import type { ScheduleSpec } from '../core/schedules/Schedule.ts';
import type { RuleFailure } from '../core/rules/RuleError.ts';
import type { RuleSetting } from '../state/AppState.ts';
import type { Note } from '../state/Note.ts';
import type { Words } from '../i18n/words.ts';
import { caretLines } from './formulaField.ts';
import { ruleMath } from './ruleMath.ts';
import { ruleCopy } from './ruleCopy.ts';
import { ruleName } from './ruleName.ts';
import { addScheduleControls } from './scheduleControls.ts';

export interface RuleFolderHost {
  /** Puts this rule's new text, params or schedule (null: none) in the state; returns the notes of what was refused. */
  apply(setting: { text?: string; params?: Record<string, number>; schedule?: ScheduleSpec | null }): Note[];
  remove(): void;
}

/**
 * One rule of "My optimizers": its text in a monospace field, checked at every keystroke (a mistake
 * is shown under the field at its line and column while the applied version keeps racing), applied
 * by Ctrl+Enter or the button; Tab still leaves the field. Beside it the applied rule as math and
 * "Copy as PyTorch class", then a number per `param` line, the lr schedule and a remove button.
 */
export class RuleFolder {
  /** The text the state holds for this rule: what the editor compares against to know its folder is current. */
  applied: string;
  private readonly folder: GUI;
  private readonly field: HTMLTextAreaElement;
  private readonly error: HTMLElement;
  private readonly errorText: HTMLPreElement;
  private readonly errorMessage: HTMLParagraphElement;
  private readonly math: HTMLElement;
  private params: GUI;
  private numbers: Controller[] = [];
  private readonly schedule: ReturnType<typeof addScheduleControls>;
  private readonly model: Record<string, number> = {};

  constructor(
    parent: GUI,
    private readonly index: number,
    /** Unique in the page: the field's id, which its error message's id extends. */
    id: string,
    setting: RuleSetting,
    private readonly host: RuleFolderHost,
    private readonly words: Words,
  ) {
    const w = words.rules;
    this.applied = setting.text;
    this.folder = parent.addFolder(ruleName(setting.text, index, words));
    this.folder.domElement.classList.add('rule-folder');
    this.folder.domElement.dataset.rule = String(index);

    const field = document.createElement('textarea');
    field.className = 'rule-text';
    field.id = id;
    field.spellcheck = false;
    field.rows = Math.min(12, Math.max(4, setting.text.split('\n').length));
    field.value = setting.text;
    field.setAttribute('aria-label', w.textLabel(ruleName(setting.text, index, words)));
    field.addEventListener('input', () => this.check(field.value));
    field.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      this.submit();
    });
    this.field = field;

    this.error = document.createElement('div');
    this.error.className = 'formula-error rule-error';
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    this.errorText = document.createElement('pre');
    this.errorMessage = document.createElement('p');
    this.errorMessage.id = `${id}-error`;
    this.error.append(this.errorText, this.errorMessage);

    const apply = document.createElement('button');
    apply.type = 'button';
    apply.className = 'rule-apply';
    apply.textContent = w.apply;
    apply.addEventListener('click', () => this.submit());

    this.math = document.createElement('div');
    this.math.className = 'rule-math';
    this.math.setAttribute('role', 'group');
    this.math.setAttribute('aria-label', w.math);

    const body = document.createElement('div');
    body.className = 'rule-body';
    body.append(
      field,
      this.error,
      apply,
      this.math,
      ruleCopy(() => this.applied, words),
    );
    this.folder.$children.prepend(body);
    this.params = this.folder.addFolder(w.params);
    const compiled = compileRule(setting.text);
    if (!compiled.ok) throw new Error(`a rule in the state does not compile: ${compiled.error.message}`);
    const hint = document.createElement('p');
    hint.className = 'control-hint';
    hint.textContent = w.scheduleHint;
    this.folder.$children.append(hint);
    this.schedule = addScheduleControls(this.folder, compiled.optimizer, setting.schedule ?? null, (schedule) => host.apply({ schedule }), words, false);
    this.folder.add({ remove: () => host.remove() }, 'remove').name(w.remove);
    this.show(setting);
  }

  /** Shows the state's version of the rule: its math, its name and a number per param. */
  show(setting: RuleSetting): void {
    const compiled = compileRule(setting.text);
    if (!compiled.ok) return;
    const name = compiled.rule.name || this.words.rules.rule(this.index + 1);
    this.folder.title(name);
    this.field.setAttribute('aria-label', this.words.rules.textLabel(name));
    this.math.replaceChildren(...ruleMath(document, compiled.rule, this.words));
    const names = compiled.rule.params.map((p) => p.name);
    if (names.join() !== this.numbers.map((c) => c.property).join()) {
      for (const c of this.numbers) c.destroy();
      for (const key of Object.keys(this.model)) delete this.model[key];
      this.numbers = names.map((n) => {
        this.model[n] = setting.params[n];
        return this.params.add(this.model, n).onFinishChange((v: number) => this.host.apply({ params: { [n]: v } }));
      });
    }
    for (const c of this.numbers) {
      this.model[c.property] = setting.params[c.property];
      c.updateDisplay();
    }
    this.schedule.refresh(setting.schedule ?? null);
  }

  private submit(): void {
    const text = this.field.value;
    if (!this.check(text) || text === this.applied) return;
    this.applied = text;
    const notes = this.host.apply({ text });
    if (notes.length) this.showNote(this.words.notes.line(notes[0]));
  }

  /** Checks the field's text; a mistake is shown under it, the applied rule racing on. */
  private check(text: string): boolean {
    const compiled = compileRule(text);
    this.showError(compiled.ok ? null : compiled.error, text);
    return compiled.ok;
  }

  private showError(error: RuleFailure | null, text: string): void {
    if (!error) {
      this.error.hidden = true;
      this.field.removeAttribute('aria-describedby');
      return;
    }
    const line = text.split('\n')[error.line - 1] ?? '';
    const shown = caretLines(line, error.column);
    this.showNote(`${this.words.rules.error(error)}${this.words.rules.keepsPrevious}`, `${shown.text}\n${shown.caret}`);
  }

  /** A message under the field, with the line of the mistake and its caret when there is one. */
  private showNote(message: string, code = ''): void {
    this.error.hidden = false;
    this.field.setAttribute('aria-describedby', this.errorMessage.id);
    this.errorText.textContent = code;
    this.errorText.hidden = code === '';
    this.errorMessage.textContent = message;
  }

  destroy(): void {
    this.folder.destroy();
  }
}
