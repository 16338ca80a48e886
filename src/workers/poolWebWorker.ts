import type { PoolReply, WorkerFactory } from './poolProtocol.ts';

/** One worker per logical core the browser reports, leaving none idle and none contending. */
export function browserPoolSize(): number {
  return globalThis.navigator?.hardwareConcurrency || 2;
}

/**
 * The pool's factory over Web Workers. `create` is the host's `new Worker(new URL(…), { type:
 * 'module' })`, written where the bundler can see the URL.
 */
export function webWorkerFactory(create: () => Worker): WorkerFactory {
  return (events) => {
    const worker = create();
    worker.onmessage = (event: MessageEvent<PoolReply>) => events.message(event.data);
    worker.onerror = (event) => {
      // Handled here: the pool retries the chunk, so the page need not see an uncaught error.
      event.preventDefault();
      events.fail(new Error(event.message || 'worker error'));
    };
    worker.onmessageerror = () => events.fail(new Error('a message from the worker could not be read'));
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => worker.terminate(),
    };
  };
}
