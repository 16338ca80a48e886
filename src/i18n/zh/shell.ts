import type { Words } from '../words.ts';

export const shell: Words['shell'] = {
  language: '语言',
  languageNames: { en: 'English', zh: '中文' },
};
