import type { Page } from 'playwright-core';
import { optimizers } from '../../src/core/optimizers/registry.ts';
import { schedules } from '../../src/core/schedules/registry.ts';
import { surfaces } from '../../src/core/surfaces/registry.ts';
import { defaultState } from '../../src/state/AppState.ts';

/**
 * Names that stay as they are in every language: what PyTorch and the registries call things (class,
 * optimizer, hyperparameter and schedule names), the surfaces' proper names, file formats and keys,
 * the language switch's own "English", and the app's name. Built from the declarations, so a new
 * hyperparameter is a code name without touching this test.
 */
const CODE_NAMES = new Set([
  ...optimizers.flatMap((o) => [o.id, ...o.name.split(/[\s()]+/), ...o.hyperparameters.map((p) => p.name), ...o.torch.split('.')]),
  ...schedules.flatMap((s) => [s.type, ...s.parameters.map((p) => p.name), ...s.torch.split('.')]),
  ...surfaces.flatMap((s) => s.name.split(/[\s–-]+/)),
  'Slopes',
  'English',
  'PyTorch',
  'torch',
  'optim',
  'lr_scheduler',
  'ReLU',
  'Li',
  'et',
  'al',
  'MLP',
  'PNG',
  'CSV',
  'JSON',
  'WebM',
  'iframe',
  'Esc',
  'Home',
  'End',
  'PgUp',
  'PgDn',
  'Shift',
  'Alt',
  'Enter',
  'Tab',
  'Ctrl',
  'betas',
  'lr',
  'eps',
  'exp',
  'log',
  'sqrt',
  'sin',
  'cos',
  'tan',
  'tanh',
  'abs',
  'min',
  'max',
  'pi',
  'NaN',
  'Infinity',
  'optimizer',
  'traces',
  'experiment',
  'pytorch',
  'HTML',
  'GD',
  'Hessian',
  'L2',
  'OneCycle',
  'True',
  'False',
  'init',
  'epoch',
  'net',
  'theta',
  'beta1',
  'beta2',
  'mu_t',
  'f_xx',
  'f_xy',
  'f_yy',
  'Lion',
  'Signum',
  'AdaBelief',
  'Sutskever',
  'd1',
  'd2',
  'nesterov',
  'slopes',
  'sum',
  // A rule's own name, as its author typed it in its first comment line (the Write Momentum preset's "My Momentum").
  'My',
]);

const LINK_FIELDS = new Set(Object.keys(defaultState()));
/** A link's field at the start of a line, as a note on a refused one names it ("optimizers.adam.params：", "rules[0].text:"). */
const FIELD_PATH = /^([a-z]+)(?:\.[A-Za-z0-9_]+|\[\d+\])*\s*[:：]/gm;
/** The text without the field paths that name what a note is about: code, and only there may a field's name stand. */
const withoutFieldPaths = (text: string) => text.replace(FIELD_PATH, (path, head: string) => (LINK_FIELDS.has(head) ? '' : path));

/** Every word a reader sees or hears on the page: visible text, and the names, descriptions and hints of elements. */
export function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, math, code, kbd, textarea') || !n.textContent?.trim()) continue;
      // Hidden text counts when a screen reader reads it (aria-describedby targets, live regions).
      const hidden = parent.closest('[hidden]') && !parent.closest('[aria-live], [id]');
      if (!hidden) out.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext], [alt]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const v = el.getAttribute(a);
        if (v?.trim() && !el.closest('math')) out.push(v.trim());
      }
    }
    out.push(document.title);
    return out;
  });
}

/** The English words of a text: runs of Latin letters (with _ and digits, as code names are written) that are no code name. */
export const englishWords = (text: string) => (withoutFieldPaths(text).match(/[A-Za-z][A-Za-z0-9_]+/g) ?? []).filter((w) => !CODE_NAMES.has(w) && !/^[wb]\d/.test(w));

/** English words in a scene's own parts (story and note, lesson, legend, the map's description), as a preset sets them. */
export async function sceneEnglish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() =>
    ['[data-role=story]', '[data-role=lesson]', '[data-role=legend]', '[data-role=map]'].map((s) => {
      // Text node by text node, so two table cells ("SGD", "41") never read as one word.
      const words = (el: Element | null) => {
        const out: string[] = [];
        if (!el) return '';
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('math')) out.push(n.textContent ?? '');
        return out.join(' ');
      };
      const el = document.querySelector(s);
      const described = el?.getAttribute('aria-describedby');
      return `${words(el)} ${described ? words(document.getElementById(described)) : ''}`;
    }),
  );
  return [...new Set(texts.flatMap(englishWords))];
}

/** English words anywhere a reader sees or hears them on the page, as they stand. */
export async function pageEnglish(page: Page): Promise<string[]> {
  return [...new Set((await shownTexts(page)).flatMap(englishWords))];
}
