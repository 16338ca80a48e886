import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/Lang.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { DIVERGE_REASONS, NOT_DIVERGED } from '../../src/sim/status.ts';
import { divergeReason } from '../../src/ui/divergeReason.ts';

const codes = DIVERGE_REASONS.map((_, code) => code).filter((code) => code !== NOT_DIVERGED);

describe('divergeReason', () => {
  it('says in English what the simulation names each reason', () => {
    expect(codes.map((code) => divergeReason(code, wordsFor('en')))).toEqual(codes.map((code) => DIVERGE_REASONS[code]));
  });

  it.each(LANGS)('has a distinct word for every reason code in %s', (lang) => {
    const words = codes.map((code) => divergeReason(code, wordsFor(lang)));
    expect(words.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
    expect(new Set(words).size).toBe(codes.length);
  });

  it('is Chinese in Chinese (NaN is a code name)', () => {
    for (const code of codes) expect(divergeReason(code, wordsFor('zh')).replace('NaN', '')).toMatch(/^[\u4e00-\u9fff\s]+$/);
  });
});
