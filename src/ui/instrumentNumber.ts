import { LANG_TAGS, type Lang } from '../i18n/Lang.ts';

/**
 * How the instruments print a number: six significant digits in the reader's locale, scientific
 * when tiny or huge, "—" when there is none (a limit that does not apply, an unbounded one).
 */
export function instrumentNumber(lang: Lang): (v: number | null) => string {
  const plain = new Intl.NumberFormat(LANG_TAGS[lang], { maximumSignificantDigits: 6 });
  const scientific = new Intl.NumberFormat(LANG_TAGS[lang], { maximumSignificantDigits: 4, notation: 'scientific' });
  return (v) => {
    if (v === null || !Number.isFinite(v)) return '—';
    const a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e6) ? scientific.format(v) : plain.format(v);
  };
}
