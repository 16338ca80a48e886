import { answerPoolRequest } from './poolAnswer.ts';
import type { PoolRequest } from './poolProtocol.ts';
import { poolTasks } from './poolTasks.ts';

/** A Web Worker of the pool (see webWorkerFactory): basin chunks and experiment runs. */
self.onmessage = (event: MessageEvent<PoolRequest>) => {
  const { reply, transfer } = answerPoolRequest(poolTasks, event.data);
  self.postMessage(reply, { transfer });
};
