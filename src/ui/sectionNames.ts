import type { Words } from '../i18n/words.ts';
import type { SectionId } from '../state/sections.ts';

/** Each section's name as its heading shows it: the controls' switches and the keys' help use the same words. */
export function sectionName(words: Words, id: SectionId): string {
  const names: Record<SectionId, string> = {
    update: words.instruments.updateHeading,
    limits: words.instruments.title,
    hypermap: words.explore.hypermap,
    noise: words.explore.noise,
    slice: words.explore.slice,
    predict: words.cursor.predictTitle,
  };
  return names[id];
}
