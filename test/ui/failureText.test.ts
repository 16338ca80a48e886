import { describe, expect, it } from 'vitest';
import { WorkerFailure, type FailureKind } from '../../src/core/WorkerFailure.ts';
import { wordsFor } from '../../src/i18n/words.ts';
import { NoteError } from '../../src/state/NoteError.ts';
import { failureText } from '../../src/ui/failureText.ts';
import { PoolError } from '../../src/workers/pool.ts';

const en = wordsFor('en');
const zh = wordsFor('zh');
const KINDS: FailureKind[] = ['threw', 'crashed', 'unposted'];
/** A worker's own English, which a Chinese page must not show. */
const DETAIL = 'Uncaught RangeError: Array buffer allocation failed';

describe('why long work failed, in the reader language', () => {
  it.each(KINDS)('a pool chunk that %s is worded by its kind, the part counted from 1', (kind) => {
    const e = new PoolError(4, kind, DETAIL);
    expect(e.message).toBe(`chunk 4: ${DETAIL}`);
    expect(failureText(e, en)).toBe(en.failures.worker(kind, 5));
    expect(failureText(e, zh)).toBe(zh.failures.worker(kind, 5));
    for (const words of [en, zh]) expect(failureText(e, words)).not.toContain('RangeError');
    expect(failureText(e, zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(failureText(e, zh)).not.toMatch(/[A-Za-z]/);
    if (kind !== 'unposted') expect(failureText(e, zh)).toContain('5');
  });

  it.each(KINDS)('work in one piece that %s is worded without a part', (kind) => {
    const e = new WorkerFailure(kind, DETAIL);
    expect(e.detail).toBe(DETAIL);
    expect(failureText(e, en)).toBe(en.failures.worker(kind, null));
    expect(failureText(e, zh)).not.toMatch(/[A-Za-z\d]/);
  });

  it('each kind reads differently, in both languages', () => {
    for (const words of [en, zh]) expect(new Set(KINDS.map((k) => words.failures.worker(k, 2))).size).toBe(3);
  });

  it('a refused input reads as its note in each language', () => {
    const e = new NoteError({ kind: 'invalid', field: 'tol', expected: { is: 'atLeast', lo: 0, integer: false }, got: '-1' });
    expect(failureText(e, en)).toBe('tol: expected a number >= 0, got -1');
    expect(failureText(e, zh)).toBe(zh.notes.line(e.note));
    expect(failureText(e, zh)).not.toMatch(/expected|number/);
  });

  it('anything else keeps its words in English and is not shown in them in Chinese', () => {
    expect(failureText(new TypeError('x is undefined'), en)).toContain('x is undefined');
    expect(failureText('odd', en)).toContain('odd');
    expect(failureText(new TypeError('x is undefined'), zh)).not.toMatch(/[A-Za-z]/);
  });
});
