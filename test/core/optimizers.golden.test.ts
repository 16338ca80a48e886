import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../src/core/optimizers/resolveParams.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runTrace } from '../../src/core/trace.ts';

interface GoldenCase {
  id: string;
  surface: string;
  optimizer: string;
  params: Record<string, unknown>;
  start: [number, number];
  steps: number;
  trajectory: number[][];
}

const golden = JSON.parse(
  readFileSync(new URL('../golden/optimizer-traces.json', import.meta.url), 'utf8'),
) as { format: string; cases: GoldenCase[] };

/** The tolerance the golden file states: |a - b| <= 1e-9 * max(1, |b|). */
const TOLERANCE = 1e-9;
let worst = 0;

describe('optimizer trajectories match PyTorch 1.13 (float64)', () => {
  afterAll(() => {
    console.log(`worst relative error over all golden points: ${worst.toExponential(2)}`);
  });

  it('reads an optimizer-traces/1 file covering every optimizer', () => {
    expect(golden.format).toBe('optimizer-traces/1');
    const covered = new Set(golden.cases.map((c) => c.optimizer));
    expect([...covered].sort()).toEqual(
      ['adadelta', 'adagrad', 'adam', 'adamax', 'adamw', 'momentum', 'nadam', 'nag', 'radam', 'rmsprop', 'sgd'],
    );
  });

  it.each(golden.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const surface = surfaceById(c.surface);
    const optimizer = optimizerById(c.optimizer);
    if (!surface || !optimizer) throw new Error(`unknown surface or optimizer in ${c.id}`);
    const resolved = resolveParams(optimizer, c.params);
    if (!resolved.ok) throw new Error(resolved.error);

    const trace = runTrace(surface, optimizer, resolved.params, c.start, c.steps);

    expect(trace).toHaveLength(c.steps + 1);
    let caseWorst = 0;
    let where = '';
    c.trajectory.forEach((expected, k) => {
      expected.forEach((b, j) => {
        const error = Math.abs(trace[k][j] - b) / Math.max(1, Math.abs(b));
        // Written so that NaN counts as a failure.
        if (!(error <= caseWorst)) {
          caseWorst = error;
          where = `point ${k}, ${'xyf'[j]}: got ${trace[k][j]}, expected ${b}`;
        }
      });
    });
    worst = Math.max(worst, caseWorst);
    expect(caseWorst, where).toBeLessThanOrEqual(TOLERANCE);
  });
});
