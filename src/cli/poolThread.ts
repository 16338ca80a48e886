import { parentPort } from 'node:worker_threads';
import { answerPoolRequest } from '../workers/poolAnswer.ts';
import type { PoolRequest } from '../workers/poolProtocol.ts';
import { poolTasks } from '../workers/poolTasks.ts';

/** A worker_threads worker of the CLI's pool (started through poolThread.mjs). */
parentPort!.on('message', (request: PoolRequest) => {
  const { reply, transfer } = answerPoolRequest(poolTasks, request);
  parentPort!.postMessage(reply, transfer);
});
