/** What the pool posts to a worker: one chunk of a job. `task.type` picks the worker's handler. */
export interface PoolRequest {
  readonly id: number;
  readonly task: { readonly type: string };
}

/** A worker's answer to one request: the handler's result, or the message of what it threw. */
export type PoolReply = { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: string };

/**
 * One worker as the pool sees it, whatever runs it (a Web Worker, a worker_threads Worker, or an
 * in-process fake in the tests). The host's factory wires the worker's events to `events`.
 */
export interface PoolWorker {
  /** Tasks are small and shared by many chunks, so they are copied, never handed over. */
  post(request: PoolRequest): void;
  terminate(): void;
}

export interface PoolWorkerEvents {
  message(reply: PoolReply): void;
  /** The worker itself failed: an uncaught error, a message it could not read, or an exit. */
  fail(error: Error): void;
}

export type WorkerFactory = (events: PoolWorkerEvents) => PoolWorker;
