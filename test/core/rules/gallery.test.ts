import { afterAll, describe, expect, it } from 'vitest';
import { createState, defaultParams, liveParams, type ParamValue } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { createRandom } from '../../../src/core/random.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { goldenTraces, TOLERANCE, worstError } from '../goldenTraces.ts';
import { ruleTrace } from './ruleTrace.ts';

function compiled(text: string) {
  const result = compileRule(text);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** A built-in's params as its twin rule names them (betas → beta1, beta2), or null if the rule cannot say them. */
function ruleParams(ruleNames: readonly string[], builtin: string, params: Record<string, unknown>): Record<string, number> | null {
  const optimizer = optimizerById(builtin);
  if (!optimizer) throw new Error(`no built-in ${builtin}`);
  const defaults = defaultParams(optimizer);
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries({ ...defaults, ...params }) as [string, ParamValue][]) {
    if (name === 'betas' && ruleNames.includes('beta1')) {
      [out.beta1, out.beta2] = value as [number, number];
    } else if (ruleNames.includes(name)) {
      out[name] = value as number;
    } else if (JSON.stringify(value) !== JSON.stringify(defaults[name])) {
      return null;
    }
  }
  return out;
}

const twins = gallery.filter((g) => g.twin !== null);
let worst = 0;

describe('the gallery', () => {
  afterAll(() => console.log(`twins: worst relative error against the built-ins' golden traces: ${worst.toExponential(2)}`));

  it("holds the seven tutorial optimizers and Lion, AdaBelief, Signum and Sutskever's Nesterov, each compiling", () => {
    expect(gallery.map((g) => g.id)).toEqual(['sgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'lion', 'adabelief', 'signum', 'nesterov-sutskever']);
    for (const entry of gallery) expect(compiled(entry.text).rule.name).toMatch(/\w/);
  });

  it("declares each twin's defaults as its built-in does", () => {
    for (const entry of twins) {
      const rule = compiled(entry.text).optimizer;
      const expected = ruleParams(
        rule.hyperparameters.map((p) => p.name),
        entry.twin as string,
        {},
      );
      expect(defaultParams(rule), entry.id).toEqual(expected);
    }
  });

  describe.each(twins.map((t) => [t.id, t] as const))('%s reproduces the golden traces of its built-in twin', (_id, entry) => {
    const { optimizer } = compiled(entry.text);
    const names = optimizer.hyperparameters.map((p) => p.name);
    const cases = goldenTraces.cases.filter((c) => c.optimizer === entry.twin);
    const covered = cases.flatMap((c) => {
      const params = ruleParams(names, c.optimizer, c.params);
      return params ? [{ c, params }] : [];
    });

    it('covers at least one golden case', () => {
      expect(covered.length).toBeGreaterThan(0);
    });

    it.each(covered.map(({ c, params }) => [c.id, c, params] as const))('%s', (_case, c, params) => {
      const surface = surfaceById(c.surface);
      const resolved = resolveParams(optimizer, params);
      if (!surface || !resolved.ok) throw new Error(`cannot run ${c.id}`);
      const { error, where } = worstError(ruleTrace(surface, optimizer, resolved.params, c.start, c.steps), c.trajectory);
      worst = Math.max(worst, error);
      expect(error, where).toBeLessThanOrEqual(TOLERANCE);
    });
  });

  it.each(twins.map((t) => [t.id, t] as const))('%s steps a swarm as its twin does, particle by particle', (_id, entry) => {
    const rule = compiled(entry.text).optimizer;
    const builtin = optimizerById(entry.twin as string);
    const surface = surfaceById('himmelblau');
    if (!builtin || !surface) throw new Error('missing twin or surface');
    const count = 64;
    const random = createRandom(11);
    const start = new Float64Array(2 * count).map(() => random.uniform(-4, 4));
    const runs = [rule, builtin].map((optimizer) => {
      const params = defaultParams(optimizer);
      const step = optimizer.kernel(params);
      const live = liveParams(params);
      // The rule's live momentum is its `momentum` param; Adam's is beta1, which the rule keeps fixed.
      const state = createState(optimizer, 2 * count);
      const pos = start.slice();
      const grad = new Float64Array(2 * count);
      for (let k = 0; k < 50; k++) {
        for (let i = 0; i < 2 * count; i += 2) surface.gradient(pos[i], pos[i + 1], grad, i);
        step(pos, grad, state, live);
      }
      return pos;
    });
    for (let i = 0; i < 2 * count; i++) {
      expect(Math.abs(runs[0][i] - runs[1][i]) / Math.max(1, Math.abs(runs[1][i]))).toBeLessThanOrEqual(1e-12);
    }
  });
});
