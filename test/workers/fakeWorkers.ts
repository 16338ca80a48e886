import { answerPoolRequest, type PoolHandlers } from '../../src/workers/poolAnswer.ts';
import type { PoolRequest, WorkerFactory } from '../../src/workers/poolProtocol.ts';

/** What the fake workers did, for the tests to check. */
export interface FakeLog {
  /** Every request a worker started, with the worker's number. */
  started: { worker: number; request: PoolRequest }[];
  spawned: number;
  terminated: number;
  inFlight: number;
  maxInFlight: number;
}

/**
 * In-process workers: each answers a request on a later macrotask (as a real one would), running
 * the same worker-side code. A handler may throw `DIE` to make its worker die instead of answering.
 */
export const DIE = new Error('die');

export function fakeWorkers(handlers: PoolHandlers): { factory: WorkerFactory; log: FakeLog } {
  const log: FakeLog = { started: [], spawned: 0, terminated: 0, inFlight: 0, maxInFlight: 0 };
  const factory: WorkerFactory = (events) => {
    const worker = log.spawned++;
    let alive = true;
    return {
      post(request) {
        // Posting clones, as a real worker's postMessage does: a task that cannot be cloned throws here.
        request = structuredClone(request);
        log.started.push({ worker, request });
        log.inFlight++;
        log.maxInFlight = Math.max(log.maxInFlight, log.inFlight);
        setTimeout(() => {
          log.inFlight--;
          if (!alive) return;
          let died = false;
          const guarded: PoolHandlers = Object.fromEntries(
            Object.entries(handlers).map(([type, h]) => [
              type,
              (task: never) => {
                try {
                  return h(task);
                } catch (e) {
                  if (e === DIE) died = true;
                  throw e;
                }
              },
            ]),
          );
          const reply = answerPoolRequest(guarded, request);
          if (died) events.fail(new Error('the worker exited with code 1'));
          else events.message(reply);
        }, 0);
      },
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
  };
  return { factory, log };
}
