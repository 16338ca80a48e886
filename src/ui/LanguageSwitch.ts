import { LANGS, type Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';

/** The header's language picker: each language named in itself. */
export function languageSwitch(select: HTMLSelectElement, words: Words, lang: Lang, choose: (lang: Lang) => void): void {
  select.replaceChildren(...LANGS.map((l) => new Option(words.shell.languageNames[l], l, l === lang, l === lang)));
  select.setAttribute('aria-label', words.shell.language);
  select.onchange = () => choose(select.value as Lang);
}
