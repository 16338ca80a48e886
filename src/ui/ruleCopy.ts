import { compileRule } from '../core/rules/compileRule.ts';
import { pythonClassName, toPyTorch } from '../core/rules/toPyTorch.ts';
import type { Words } from '../i18n/words.ts';

/**
 * "Copy as PyTorch class" for one rule: puts the module toPyTorch writes on the clipboard and says so
 * in a polite live region; where the browser keeps the clipboard closed, the module is shown in a
 * read-only field, selected, for copying by hand. `text()` is the rule the state holds now.
 */
export function ruleCopy(text: () => string, words: Words): HTMLElement {
  const w = words.rules;
  const box = document.createElement('div');
  box.className = 'rule-copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rule-copy-button';
  button.textContent = w.copyClass;
  const status = document.createElement('p');
  status.className = 'rule-copy-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const fallback = document.createElement('textarea');
  fallback.className = 'rule-copy-text';
  fallback.readOnly = true;
  fallback.rows = 8;
  fallback.hidden = true;

  const copy = async () => {
    const compiled = compileRule(text());
    if (!compiled.ok) return;
    const module = toPyTorch(compiled.rule);
    const cls = pythonClassName(compiled.rule.name);
    status.textContent = '';
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(module);
      fallback.hidden = true;
      status.textContent = w.copied(cls);
    } catch {
      fallback.value = module;
      fallback.setAttribute('aria-label', w.copyFallback(cls));
      fallback.hidden = false;
      status.textContent = w.copyFallback(cls);
      fallback.focus();
      fallback.select();
    }
  };
  // Every failure of the copy is caught inside and shown as the fallback text.
  button.addEventListener('click', () => void copy());
  box.append(button, status, fallback);
  return box;
}
