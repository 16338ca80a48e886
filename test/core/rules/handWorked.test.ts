import { describe, expect, it } from 'vitest';
import { createState, defaultParams, liveParams } from '../../../src/core/optimizers/Optimizer.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { quadratic } from '../../../src/core/surfaces/quadratic.ts';
import { surfaceOracle } from '../../../src/core/rules/surfaceOracle.ts';

/** Two steps of a gallery rule on quadratic (f = (x² + 10 y²)/2, gradient (x, 10 y)) from `start`. */
function twoSteps(id: string, params: Record<string, number>, start: [number, number]) {
  const entry = gallery.find((g) => g.id === id);
  const compiled = entry && compileRule(entry.text);
  if (!compiled?.ok) throw new Error(`no rule ${id}`);
  const resolved = resolveParams(compiled.optimizer, params);
  if (!resolved.ok) throw new Error(resolved.error);
  const step = compiled.optimizer.kernel(resolved.params);
  const state = createState(compiled.optimizer, 2);
  const theta = Float64Array.of(...start);
  const grad = new Float64Array(2);
  const after: { x: number[]; slots: number[][] }[] = [];
  for (let k = 0; k < 2; k++) {
    quadratic.gradient(theta[0], theta[1], grad, 0);
    step(theta, grad, state, liveParams(resolved.params));
    after.push({ x: [...theta], slots: state.slots.map((s) => [...s]) });
  }
  return after;
}

function close(actual: number[], expected: number[]) {
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i], 14));
}

describe('Lion, worked by hand', () => {
  it('moves every coordinate by exactly lr (plus decay) in the direction of sign(beta1 m + (1 - beta1) g)', () => {
    const [one, two] = twoSteps('lion', { lr: 0.1, weight_decay: 0.5 }, [1, -1]);
    // Step 1: g = (1, -10), m = 0, c = 0.1 g → sign (1, -1).
    // x = 1 - 0.1 (1 + 0.5·1) = 0.85; y = -1 - 0.1 (-1 + 0.5·(-1)) = -0.85.
    close(one.x, [0.85, -0.85]);
    // m = 0.99·0 + 0.01 g = (0.01, -0.1): the buffer is updated after the step, with beta2.
    close(one.slots[0], [0.01, -0.1]);
    // Step 2: g = (0.85, -8.5); c = 0.9 (0.01, -0.1) + 0.1 g = (0.094, -0.94) → sign (1, -1).
    // x = 0.85 - 0.1 (1 + 0.425) = 0.7075; y = -0.85 - 0.1 (-1 - 0.425) = -0.7075.
    close(two.x, [0.7075, -0.7075]);
    // m = 0.99 (0.01, -0.1) + 0.01 (0.85, -8.5) = (0.0184, -0.184).
    close(two.slots[0], [0.0184, -0.184]);
  });
});

describe('AdaBelief, worked by hand', () => {
  it('takes a first step of lr / 0.9 in each coordinate, then follows its belief in the gradient', () => {
    const [one, two] = twoSteps('adabelief', { lr: 0.1 }, [1, 0.5]);
    // Step 1: g = (1, 5); m = 0.1 g; s = 0.001 (g - m)² + eps = 0.00081 g² + 1e-8, i.e.
    // s = (0.00081001, 0.02025001). Bias-corrected: m̂ = g and ŝ = 0.81 g² + 1e-5, so each
    // coordinate moves by lr·|g| / (0.9 |g| (1 + 1e-5 / (0.81 g²))^½ + eps) ≈ lr / 0.9.
    close(one.slots[0], [0.1, 0.5]);
    close(one.slots[1], [0.00081001, 0.02025001]);
    const first = (gi: number) => (0.1 * gi) / Math.sqrt(0.81 * gi * gi + 1e-5) - (0.1 * gi * 1e-8) / (0.81 * gi * gi);
    expect(one.x[0]).toBeCloseTo(1 - first(1), 9);
    expect(one.x[1]).toBeCloseTo(0.5 - first(5), 9);
    expect(1 - one.x[0]).toBeCloseTo(0.1 / 0.9, 5);
    // Step 2, from x1 = (0.8888895759881472, 0.3888889165706344), g = (x1, 10 y1):
    // m = 0.9 m + 0.1 g = (0.17888895759881468, 0.8388889165706341);
    // s = 0.999 s + 0.001 (g - m)² + eps = (0.0013133108681132359, 0.029532271509727925);
    // x2 = x1 - 0.1 (m / 0.19) / (sqrt(s / 0.001999) + eps), computed in float64 by hand.
    close(two.slots[0], [0.17888895759881468, 0.8388889165706341]);
    close(two.slots[1], [0.0013133108681132359, 0.029532271509727925]);
    close(two.x, [0.7727306587791234, 0.2740183335715133]);
  });
});

describe('a rule as an optimizer', () => {
  const adam = gallery.find((g) => g.id === 'adam') as { text: string };

  it('reads lr from the live values at every step, as a schedule sets it', () => {
    const compiled = compileRule('param lr = 1\nx = x - lr*g\n');
    if (!compiled.ok) throw new Error(compiled.error.message);
    const step = compiled.optimizer.kernel(defaultParams(compiled.optimizer));
    const state = createState(compiled.optimizer, 2);
    const theta = Float64Array.of(1, 2);
    const live = { lr: 0.5, momentum: 0 };
    step(theta, Float64Array.of(1, 1), state, live);
    live.lr = 0.25;
    step(theta, Float64Array.of(1, 1), state, live);
    expect([...theta]).toEqual([0.25, 1.25]);
    expect(state.t).toBe(2);
  });

  it('takes a live momentum for a param named momentum, and keeps other params fixed', () => {
    const compiled = compileRule('param lr = 1\nparam momentum = 0.9\nparam beta = 0.5\nx = x - momentum*g - beta*g\n');
    if (!compiled.ok) throw new Error(compiled.error.message);
    const step = compiled.optimizer.kernel({ lr: 1, momentum: 0.9, beta: 0.5 });
    const theta = Float64Array.of(0);
    step(theta, Float64Array.of(1), createState(compiled.optimizer, 1), { lr: 1, momentum: 0.25 });
    expect(theta[0]).toBe(-0.75);
  });

  it('starts its states from numbers, params and x when t becomes 1, and again after a reset', () => {
    const compiled = compileRule('param lr = 0.5\nparam c = 3\nstate s = c*x + 1\nstate z = -lr\ns = s + 1\nz = z - 1\nx = x + s + z\n');
    if (!compiled.ok) throw new Error(compiled.error.message);
    const step = compiled.optimizer.kernel({ lr: 0.5, c: 3 });
    const state = createState(compiled.optimizer, 2);
    const theta = Float64Array.of(1, 2);
    step(theta, new Float64Array(2), state, { lr: 0.5, momentum: 0 });
    // s = 3x + 1 + 1 = (5, 8); z = -0.5 - 1; x = x + s + z = (4.5, 8.5).
    expect([...state.slots[0]]).toEqual([5, 8]);
    expect([...theta]).toEqual([4.5, 8.5]);
    state.t = 0;
    step(theta, new Float64Array(2), state, { lr: 0.5, momentum: 0 });
    expect([...state.slots[0]]).toEqual([3 * 4.5 + 2, 3 * 8.5 + 2]);
  });

  it('steps every coordinate of any length, such as 61 network weights', () => {
    const compiled = compileRule(adam.text);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const step = compiled.optimizer.kernel(defaultParams(compiled.optimizer));
    for (const n of [1, 61, 2]) {
      const state = createState(compiled.optimizer, n);
      const theta = new Float64Array(n).fill(1);
      step(theta, new Float64Array(n).fill(2), state, { lr: 0.001, momentum: 0.9 });
      // Adam's first step is lr · sign(g) up to eps.
      for (const v of theta) expect(v).toBeCloseTo(0.999, 7);
    }
  });

  it('says it needs a gradient oracle for grad(E), and refuses to step without one', () => {
    const sutskever = compileRule((gallery.find((g) => g.id === 'nesterov-sutskever') as { text: string }).text);
    const plain = compileRule(adam.text);
    if (!sutskever.ok || !plain.ok) throw new Error('gallery rule did not compile');
    expect([sutskever.usesGradient, plain.usesGradient]).toEqual([true, false]);
    const step = sutskever.optimizer.kernel(defaultParams(sutskever.optimizer));
    const run = (oracle?: (at: Float64Array, out: Float64Array) => void) =>
      step(Float64Array.of(1, 1), Float64Array.of(1, 10), createState(sutskever.optimizer, 2), { lr: 0.1, momentum: 0.5 }, oracle);
    expect(() => run()).toThrow('grad(E)');
    expect(() => run(surfaceOracle(quadratic))).not.toThrow();
  });

  it('makes controls from its param lines: lr non-negative with a log slider, the others any number', () => {
    const compiled = compileRule(adam.text);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const [lr, beta1, , eps] = compiled.optimizer.hyperparameters;
    expect(lr).toMatchObject({ name: 'lr', kind: 'number', default: 0.001, min: 0, log: true });
    expect(beta1).toMatchObject({ name: 'beta1', default: 0.9, slider: [0, 1] });
    expect(eps).toMatchObject({ name: 'eps', default: 1e-8, log: true });
    expect(resolveParams(compiled.optimizer, { lr: -1 }).ok).toBe(false);
    expect(resolveParams(compiled.optimizer, { beta1: -3, gamma: 1 }).ok).toBe(false);
    expect(resolveParams(compiled.optimizer, { beta1: -3 }).ok).toBe(true);
    expect(compiled.optimizer).toMatchObject({ id: 'rule-adam-as-a-student-writes-it', name: 'Adam, as a student writes it', stateSlots: 2 });
  });
});
