import type { FailureKind } from '../../core/WorkerFailure.ts';

const WORKER: Record<FailureKind, (part: number | null) => string> = {
  threw: (part) => (part === null ? 'the work failed in its worker' : `part ${part} of the work failed in its worker, also when tried again`),
  crashed: (part) => (part === null ? 'the worker stopped, also when tried again' : `the worker stopped on part ${part} of the work, also when tried again`),
  unposted: () => 'the work could not be handed to a worker',
};

/** Why long work in the background did not finish, as a phrase that follows "… could not be computed:". */
export const failures = {
  /** part: which part of a job shared among workers (from 1), or null for work done in one piece. */
  worker: (kind: FailureKind, part: number | null) => WORKER[kind](part),
  /** Anything else: what it said, as it said it. */
  unexpected: (detail: string) => `something went wrong (${detail})`,
};
