import { describe, expect, it } from 'vitest';
import { createState, liveParams, type Optimizer, type Params } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizers } from '../../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';

function resolve(o: Optimizer, input: object): Params {
  const r = resolveParams(o, input);
  if (!r.ok) throw new Error(r.error);
  return r.params;
}

/** Runs 20 steps of a kernel built from `built` while feeding it the live values of `used`. */
function run(o: Optimizer, built: Params, used: Params): number[] {
  const step = o.kernel(built);
  const live = liveParams(used);
  const state = createState(o, 3);
  const theta = Float64Array.of(1.5, -2, 0.5);
  const grad = new Float64Array(3);
  for (let k = 0; k < 20; k++) {
    for (let i = 0; i < 3; i++) grad[i] = (i + 1) * theta[i] + theta[i] ** 3;
    step(theta, grad, state, live);
  }
  return [...theta];
}

describe('kernels take lr and momentum (beta1) from the live values at every step', () => {
  it.each(optimizers.map((o) => [o.id, o] as const))('%s', (_id, o) => {
    const names = new Set(o.hyperparameters.map((h) => h.name));
    const a: Record<string, unknown> = { lr: 0.01 };
    const b: Record<string, unknown> = { lr: 0.003 };
    if (names.has('momentum')) {
      Object.assign(a, { momentum: 0.9 });
      Object.assign(b, { momentum: 0.7 });
    }
    if (names.has('betas')) {
      Object.assign(a, { betas: [0.9, 0.999] });
      Object.assign(b, { betas: [0.8, 0.999] });
    }
    const pa = resolve(o, a);
    const pb = resolve(o, b);
    // A schedule writes new values into the live record: the kernel built from pa must then behave as pb's.
    expect(run(o, pa, pb)).toEqual(run(o, pb, pb));
    expect(run(o, pa, pa)).not.toEqual(run(o, pb, pb));
  });
});

describe('liveParams', () => {
  it('reads lr and momentum, or beta1 for the Adam family, or 0 without either', () => {
    expect(liveParams({ lr: 0.1, momentum: 0.9 })).toEqual({ lr: 0.1, momentum: 0.9 });
    expect(liveParams({ lr: 0.2, betas: [0.8, 0.99] })).toEqual({ lr: 0.2, momentum: 0.8 });
    expect(liveParams({ lr: 0.3 })).toEqual({ lr: 0.3, momentum: 0 });
  });
});
