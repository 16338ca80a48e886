import type { FailureKind } from '../../core/WorkerFailure.ts';
import type { Words } from '../words.ts';

const WORKER: Record<FailureKind, (part: number | null) => string> = {
  threw: (part) => (part === null ? '工作线程中的计算出错' : `第 ${part} 部分的计算在工作线程中出错，重试后仍然出错`),
  crashed: (part) => (part === null ? '工作线程停止运行，重试后仍然如此' : `计算第 ${part} 部分时工作线程停止运行，重试后仍然如此`),
  unposted: () => '无法把计算交给工作线程',
};

export const failures: Words['failures'] = {
  worker: (kind, part) => WORKER[kind](part),
  // The detail is the browser's or the worker's own English; a Chinese page does not show it.
  unexpected: (_detail) => '发生了意外的错误',
};
