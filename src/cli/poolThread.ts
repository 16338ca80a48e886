import { parentPort } from 'node:worker_threads';
import { answerPoolRequest } from '../workers/poolAnswer.ts';
import type { PoolRequest } from '../workers/poolProtocol.ts';
import { poolTasks } from '../workers/poolTasks.ts';

/**
 * A worker_threads worker of the CLI's pool (started through poolThread.mjs). Replies are copied, never
 * transferred: detaching any ArrayBuffer switches off a V8 fast path for every typed array in this
 * worker for good (measured: the experiment's runs 30 % slower).
 */
parentPort!.on('message', (request: PoolRequest) => parentPort!.postMessage(answerPoolRequest(poolTasks, request)));
