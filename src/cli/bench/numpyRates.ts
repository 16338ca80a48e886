import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FusedComparison } from './againstFused.ts';

/** bench/numpy_torch.py's report: numpy's and PyTorch's rates, or why one was not measured. */
export interface NumpyReport {
  readonly numpy?: Readonly<Record<string, number | string>> | string;
  readonly torch?: unknown;
  readonly note?: string;
}

const SCRIPT = fileURLToPath(new URL('../../../bench/numpy_torch.py', import.meta.url));

/** Runs the numpy and PyTorch version of the particle benchmark if Python is there, in this run of the bench. */
export function numpyRates(): NumpyReport {
  const run = spawnSync('python3', [SCRIPT], { encoding: 'utf8', timeout: 600_000 });
  if (run.error || run.status !== 0) return { note: `not measured: ${run.error?.message ?? run.stderr.trim().split('\n').pop()}` };
  return JSON.parse(run.stdout) as NumpyReport;
}

/** numpy's rate next to the engine's for each optimizer numpy ran, and the engine's multiple of it. */
export function besideNumpy(fused: Readonly<Record<string, FusedComparison>>, report: NumpyReport) {
  const numpy = typeof report.numpy === 'object' ? report.numpy : {};
  return Object.fromEntries(
    Object.entries(fused).map(([id, f]) => {
      const numpyRate = numpy[id];
      return [id, typeof numpyRate === 'number' ? { ...f, numpyRate, overNumpy: +(f.rate / numpyRate).toFixed(2) } : f];
    }),
  );
}
