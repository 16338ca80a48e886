import { afterAll, describe, expect, it } from 'vitest';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { goldenRules as golden, TOLERANCE, worstError } from '../goldenTraces.ts';
import { ruleTrace } from './ruleTrace.ts';

let worst = 0;

describe('rule trajectories match PyTorch 1.13 (float64)', () => {
  afterAll(() => console.log(`worst relative error over all golden rule points: ${worst.toExponential(2)}`));

  it('reads an optimizer-traces/1 file of rules', () => {
    expect(golden.format).toBe('optimizer-traces/1');
    expect(golden.cases.length).toBeGreaterThan(0);
  });

  it.each(golden.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const compiled = compileRule(c.rule);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const surface = surfaceById(c.surface);
    if (!surface) throw new Error(`unknown surface ${c.surface}`);
    const resolved = resolveParams(compiled.optimizer, c.params);
    if (!resolved.ok) throw new Error(resolved.error);

    const trace = ruleTrace(surface, compiled.optimizer, resolved.params, c.start, c.steps);

    expect(trace).toHaveLength(c.steps + 1);
    const { error, where } = worstError(trace, c.trajectory);
    worst = Math.max(worst, error);
    expect(error, where).toBeLessThanOrEqual(TOLERANCE);
  });
});
