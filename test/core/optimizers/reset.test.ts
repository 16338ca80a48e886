import { describe, expect, it } from 'vitest';
import type { Optimizer, Params } from '../../../src/core/optimizers/Optimizer.ts';
import { createState, liveParams } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById, optimizers } from '../../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';

/** Settings that use every state slot: momentum buffers, centered averages, amsgrad's max, a non-zero accumulator. */
const variants: Array<[string, object]> = [
  ...optimizers.map((o): [string, object] => [o.id, {}]),
  ['rmsprop', { centered: true, momentum: 0.9 }],
  ['adam', { amsgrad: true, weight_decay: 0.1 }],
  ['adagrad', { initial_accumulator_value: 0.1 }],
];

function paramsFor(o: Optimizer, input: object): Params {
  const r = resolveParams(o, { ...input, lr: 0.01 });
  if (!r.ok) throw new Error(r.error);
  return r.params;
}

describe('resetting an optimizer is setting state.t to 0', () => {
  it.each(variants)('%s %j', (id, input) => {
    const o = optimizerById(id) as Optimizer;
    const params = paramsFor(o, input);
    const step = o.kernel(params);
    const live = liveParams(params);
    const state = createState(o, 4);
    // f = sum of a_i x_i^2 + x_i^4 / 4: gradients change along the way, so every buffer ends up non-trivial.
    const a = [1, 3, 0.5, 2];
    const run = (): number[] => {
      const theta = Float64Array.of(1.5, -2, 0.3, 4);
      const grad = new Float64Array(4);
      for (let k = 0; k < 25; k++) {
        for (let i = 0; i < 4; i++) grad[i] = 2 * a[i] * theta[i] + theta[i] ** 3;
        step(theta, grad, state, live);
      }
      return [...theta];
    };
    const first = run();
    expect(state.t).toBe(25);
    state.t = 0;
    expect(run()).toEqual(first);
  });
});
