import { en } from './en/index.ts';
import type { Lang } from './Lang.ts';
import { zh } from './zh/index.ts';

/** The shape of a catalogue: the English one's keys, each a text or a function that builds one. */
export type Words = typeof en;

const CATALOGUES: Record<Lang, Words> = { en, zh };

/** One language's words; an instance asks once and hands them to what it builds. */
export function wordsFor(lang: Lang): Words {
  return CATALOGUES[lang];
}
