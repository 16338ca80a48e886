import type { Words } from '../i18n/words.ts';

/** The document's title and description in the instance's language (the page's own text is the fallback without scripts). */
export function showPageWords(doc: Document, words: Words): void {
  doc.title = words.shell.title;
  doc.querySelector('meta[name=description]')?.setAttribute('content', words.shell.description);
}
