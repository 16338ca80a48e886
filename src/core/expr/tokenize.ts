import { ExprError, type ShownToken } from './ExprError.ts';
import { shownText } from './shownText.ts';
import type { Position } from './Node.ts';

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly at: Position }
  | { readonly kind: 'name'; readonly text: string; readonly at: Position }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: Position }
  | { readonly kind: 'end'; readonly text: ''; readonly at: Position };

const SYMBOLS = '+-*/^(),=';
// Digits with an optional fraction and exponent; `.5` and `5.` are numbers as in Python.
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

function shownChar(ch: string): ShownToken {
  const code = ch.codePointAt(0) ?? 0;
  return code < 32 || code === 127 ? { kind: 'control', text: `U+${code.toString(16).padStart(4, '0')}` } : { kind: 'symbol', text: ch };
}

/**
 * Splits text into numbers, names and symbols, each with its line and column (counted from
 * `firstLine`, so a rule can tokenize one line at a time). `**` is read as `^`, as Python writes it.
 */
export function tokenize(text: string, firstLine = 1): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let lineStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const at = { line, column: i - lineStart + 1 };
    if (ch === '\n') {
      line++;
      lineStart = ++i;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if ((ch >= '0' && ch <= '9') || (ch === '.' && text[i + 1] >= '0' && text[i + 1] <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const digits = match ? match[0] : ch;
      tokens.push({ kind: 'number', value: Number(digits), text: digits, at });
      i += digits.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      NAME.lastIndex = i;
      const name = (NAME.exec(text) as RegExpExecArray)[0];
      tokens.push({ kind: 'name', text: name, at });
      i += name.length;
    } else if (ch === '*' && text[i + 1] === '*') {
      tokens.push({ kind: 'symbol', text: '^', at });
      i += 2;
    } else if (SYMBOLS.includes(ch)) {
      tokens.push({ kind: 'symbol', text: ch, at });
      i++;
    } else {
      const token = shownChar(String.fromCodePoint(text.codePointAt(i) ?? 0));
      throw new ExprError(`unexpected ${shownText(token)}`, at, '', { code: 'unexpected', token });
    }
  }
  tokens.push({ kind: 'end', text: '', at: { line, column: i - lineStart + 1 } });
  return tokens;
}
