/**
 * A number as a reader hears it in a language (BCP 47 tag): up to six significant digits, and tiny
 * values such as eps = 1e-8 in scientific notation rather than rounded to 0.
 */
export function plainNumber(tag: string): (value: number) => string {
  const plain = new Intl.NumberFormat(tag, { maximumSignificantDigits: 6 });
  const scientific = new Intl.NumberFormat(tag, { notation: 'scientific', maximumSignificantDigits: 6 });
  return (value) => (value !== 0 && Math.abs(value) < 1e-3 ? scientific : plain).format(value);
}
