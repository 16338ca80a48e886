import { answerPoolRequest } from './poolAnswer.ts';
import type { PoolRequest } from './poolProtocol.ts';
import { poolTasks } from './poolTasks.ts';

/**
 * A Web Worker of the pool (see webWorkerFactory): basin chunks and experiment runs. Replies are copied, never
 * transferred: detaching any ArrayBuffer switches off a V8 fast path for every typed array in this
 * worker for good (measured: the experiment's runs 30 % slower).
 */
self.onmessage = (event: MessageEvent<PoolRequest>) => self.postMessage(answerPoolRequest(poolTasks, event.data));
