import type GUI from 'lil-gui';
import { compileFormula } from '../core/expr/compileFormula.ts';
import type { PositionedError } from '../core/expr/ExprError.ts';

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
export function addFormulaField(folder: GUI, initial: string, host: FormulaFieldHost): { refresh(f: string): void } {
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
    if (!error) return;
    const lines = caretLines(text, error.column);
    code.textContent = `${lines.text}\n${lines.caret}`;
    message.textContent = `${error.message} (the map keeps the previous function)`;
  };
  const check = (text: string) => {
    const compiled = compileFormula(text);
    show(compiled.ok ? null : compiled.error, text);
    return compiled.ok;
  };

  const field = folder
    .add(model, 'f')
    .name('f(x, y) =')
    .onChange((text: string) => check(text))
    .onFinishChange((text: string) => {
      if (!check(text) || text === applied) return;
      applied = text;
      host.apply(text);
    });
  field.domElement.title = 'Type a function of x and y, then Enter: + − * / ^, sqrt exp log sin cos tan tanh abs min max, pi, e';
  field.domElement.classList.add('formula-field');
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
