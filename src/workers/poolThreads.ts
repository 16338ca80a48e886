import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PoolReply, WorkerFactory } from './poolProtocol.ts';

export function threadPoolSize(): number {
  return availableParallelism();
}

/** The pool's factory over node's worker_threads, for the CLI and the benchmark; `entry` is the worker's script. */
export function threadWorkerFactory(entry: URL): WorkerFactory {
  return (events) => {
    const worker = new Worker(entry);
    worker.on('message', (reply) => events.message(reply as PoolReply));
    worker.on('error', (error) => events.fail(error));
    worker.on('messageerror', (error) => events.fail(error));
    worker.on('exit', (code) => events.fail(new Error(`the worker exited with code ${code}`)));
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => void worker.terminate(),
    };
  };
}
