import type { Words } from '../i18n/words.ts';
import { NoteError } from '../state/NoteError.ts';
import { PoolError } from '../workers/pool.ts';
import { WorkerFailure } from '../core/WorkerFailure.ts';

/** Why long work failed, in the reader's language: a refused input as its note, a worker's failure by its kind. */
export function failureText(e: unknown, words: Words): string {
  if (e instanceof NoteError) return words.notes.line(e.note);
  if (e instanceof PoolError) return words.failures.worker(e.kind, e.chunk + 1);
  if (e instanceof WorkerFailure) return words.failures.worker(e.kind, null);
  return words.failures.unexpected(e instanceof Error ? e.message : String(e));
}
