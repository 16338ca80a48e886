import type { PoolReply, PoolRequest } from './poolProtocol.ts';

/** A worker's handlers by task type; each takes its task and returns a result that can be posted. */
export type PoolHandlers = Readonly<Record<string, (task: never) => unknown>>;

/**
 * The worker side of the pool, the same in every host: runs the handler the task names and turns a
 * throw into an error reply, so a bad chunk never kills the worker.
 */
export function answerPoolRequest(handlers: PoolHandlers, request: PoolRequest): PoolReply {
  try {
    const handler = Object.hasOwn(handlers, request.task.type) ? handlers[request.task.type] : undefined;
    if (!handler) throw new Error(`no handler for task type "${request.task.type}"`);
    return { id: request.id, result: handler(request.task as never) };
  } catch (e) {
    return { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
}
