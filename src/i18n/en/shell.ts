/** The page around the map: header and language switch. */
export const shell = {
  language: 'Language',
  /** Each language's name written in itself, so a reader finds their own. */
  languageNames: { en: 'English', zh: '中文' },
};
