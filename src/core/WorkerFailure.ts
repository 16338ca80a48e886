/**
 * How work handed to a worker failed: its handler threw, the worker itself died (or sent what could
 * not be read), or the work could not be handed over at all.
 */
export type FailureKind = 'threw' | 'crashed' | 'unposted';

/**
 * Work a worker could not do. The page words `kind` in the reader's language; `detail` keeps what
 * the worker or the browser said, in their words, for whoever looks into it.
 */
export class WorkerFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly detail: string,
    message: string = detail,
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }
}
