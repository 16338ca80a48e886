import type GUI from 'lil-gui';
import { compileFormula } from '../core/expr/compileFormula.ts';
import type { PositionedError } from '../core/expr/ExprError.ts';
import type { Words } from '../i18n/words.ts';
import { describeControl } from './describeControl.ts';

/** Characters of the text shown either side of a mistake, so the caret stays under it in a narrow panel. */
const CONTEXT = 16;

/**
 * The piece of the text around a mistake and a caret line under its column ("      ^"), both
 * plain text for a monospace block: long formulas are cut to the part around the column.
 */
export function caretLines(text: string, column: number): { text: string; caret: string } {
  const at = Math.max(0, Math.min(column - 1, text.length));
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, at + CONTEXT);
  const head = from > 0 ? '…' : '';
  const shown = `${head}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  return { text: shown, caret: `${' '.repeat(head.length + at - from)}^` };
}

export interface FormulaFieldHost {
  /** Shows the typed function: surface "custom" with this text (it compiles). */
  apply(f: string): void;
}

/**
 * "f(x, y) =" in the Surface folder. Every keystroke is checked, and a mistake is shown under the
 * field at its column while the map keeps the previous function; Enter (or leaving the field)
 * applies the text once it compiles.
 */
export function addFormulaField(folder: GUI, initial: string, host: FormulaFieldHost, words: Words): { refresh(f: string): void } {
  const { formula } = words.controls;
  const model = { f: initial };
  let applied = initial;
  const box = document.createElement('div');
  box.className = 'formula-error';
  box.setAttribute('role', 'alert');
  box.hidden = true;
  const code = document.createElement('pre');
  const message = document.createElement('p');
  box.append(code, message);

  const show = (error: PositionedError | null, text: string) => {
    box.hidden = error === null;
    // While a mistake is shown it is the field's description; otherwise the help (its title) is.
    if (error) input.setAttribute('aria-describedby', message.id);
    else input.removeAttribute('aria-describedby');
    if (!error) return;
    const lines = caretLines(text, error.column);
    code.textContent = `${lines.text}\n${lines.caret}`;
    // Every formula error carries its code; the English sentence stays the fallback for any that did not.
    const sentence = error.problem ? formula.error(error.problem, error.advice, error.column) : error.message;
    message.textContent = `${sentence}${formula.keepsPrevious}`;
  };
  const check = (text: string) => {
    const compiled = compileFormula(text);
    show(compiled.ok ? null : compiled.error, text);
    return compiled.ok;
  };

  const field = folder
    .add(model, 'f')
    .name(formula.label)
    .onChange((text: string) => check(text))
    .onFinishChange((text: string) => {
      if (!check(text) || text === applied) return;
      applied = text;
      host.apply(text);
    });
  describeControl(field, formula.help);
  field.domElement.classList.add('formula-field');
  const input = field.domElement.querySelector('input')!;
  input.placeholder = formula.placeholder;
  input.spellcheck = false;
  // lil-gui's label ids are unique in the page, so the message's id is too.
  message.id = `${input.getAttribute('aria-labelledby')}-error`;
  field.domElement.after(box);

  return {
    /** Follows the state, unless the field holds the user's unfinished text for the same function. */
    refresh(f: string) {
      if (f === applied) return;
      applied = f;
      model.f = f;
      field.updateDisplay();
      show(null, f);
    },
  };
}
