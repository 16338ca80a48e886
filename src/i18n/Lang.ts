/** The languages Slopes speaks: English and Simplified Chinese. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A text given in every language, as preset files carry their title and story. */
export type Localized = Record<Lang, string>;

/** The language a BCP 47 tag asks for ("zh-CN", "zh-Hans-TW", "en-GB"), else English. */
export function langOf(tag: string | undefined | null): Lang {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

/** The first browser language Slopes speaks, so a Chinese browser opens in Chinese. */
export function preferredLang(tags: readonly string[]): Lang {
  for (const tag of tags) {
    if (/^zh\b/i.test(tag)) return 'zh';
    if (/^en\b/i.test(tag)) return 'en';
  }
  return 'en';
}

/** What `<html lang>` and Intl get for each language. */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
