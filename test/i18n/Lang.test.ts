import { describe, expect, it } from 'vitest';
import { langOf, preferredLang } from '../../src/i18n/Lang.ts';

describe('choosing a language', () => {
  it('reads Chinese from any zh tag and English from everything else', () => {
    expect(['zh', 'zh-CN', 'zh-Hans-TW', 'ZH-tw'].map(langOf)).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en', 'en-GB', 'fr', '', undefined, 'zhx'].map(langOf)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('takes the first browser language it speaks', () => {
    expect(preferredLang(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(preferredLang(['de', 'en-US', 'zh'])).toBe('en');
    expect(preferredLang(['ja', 'ko'])).toBe('en');
  });
});
