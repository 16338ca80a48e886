import { afterAll, describe, expect, it } from 'vitest';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../src/core/optimizers/resolveParams.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runTrace } from '../../src/core/trace.ts';
import { goldenTraces as golden, TOLERANCE, worstError } from './goldenTraces.ts';

let worst = 0;

describe('optimizer trajectories match PyTorch 1.13 (float64)', () => {
  afterAll(() => {
    console.log(`worst relative error over all golden points: ${worst.toExponential(2)}`);
  });

  it('reads an optimizer-traces/1 file covering every optimizer', () => {
    expect(golden.format).toBe('optimizer-traces/1');
    const covered = new Set(golden.cases.map((c) => c.optimizer));
    expect([...covered].sort()).toEqual(['adadelta', 'adagrad', 'adam', 'adamax', 'adamw', 'momentum', 'nadam', 'nag', 'radam', 'rmsprop', 'sgd']);
  });

  it.each(golden.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const surface = surfaceById(c.surface);
    const optimizer = optimizerById(c.optimizer);
    if (!surface || !optimizer) throw new Error(`unknown surface or optimizer in ${c.id}`);
    const resolved = resolveParams(optimizer, c.params);
    if (!resolved.ok) throw new Error(resolved.error);

    const trace = runTrace(surface, optimizer, resolved.params, c.start, c.steps);

    expect(trace).toHaveLength(c.steps + 1);
    const { error: caseWorst, where } = worstError(trace, c.trajectory);
    worst = Math.max(worst, caseWorst);
    expect(caseWorst, where).toBeLessThanOrEqual(TOLERANCE);
  });
});
