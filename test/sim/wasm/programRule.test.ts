import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { createRandom } from '../../../src/core/random.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { ParticleGroup, WASM_FROM } from '../../../src/sim/ParticleGroup.ts';

const rosenbrock = surfaceById('rosenbrock')!;
const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

/** Rules beyond the gallery's that reach the other lane operations and the scalar work's corners. */
const EXTRA: Record<string, string> = {
  // A state started from x and from a param, abs, min, max and a negation; a temporary copied from a state.
  corners: `# Corners
param lr = 0.001
param momentum = 0.5
param cap = 3
state anchor = x
state top = cap
w = top
top = max(abs(g), top*momentum)
d = min(-g, w) + max(g, -w)
x = x - lr*d + 1e-6*(anchor - x)
`,
  // Many per-step scalars, each a different power of t: scratch registers are reused between them.
  scalars: `# Scalars
param lr = 0.001
param a = 0.9
param b = 0.99
state m = 0
m = a*m + (1 - a)*g
x = x - lr/(1 - a^t)*m - lr/(1 - b^t)*g/(1 + t) + lr*(1 - a^(t + 1))*(1 - b^(2*t))*g/8
`,
  exp: `# Exp
param lr = 0.001
x = x - lr*exp(-g^2)*g
`,
};

const RULES = [...gallery.map((r) => ({ id: r.id, text: r.text })), ...Object.entries(EXTRA).map(([id, text]) => ({ id, text }))];
/** The rule that reads a gradient elsewhere, and one that calls a function the lanes have no instruction for. */
const STAY_IN_JS = ['nesterov-sutskever', 'exp'];

function pair(text: string, count: number) {
  const compiled = compileRule(text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  const { optimizer } = compiled;
  const params = defaultParams(optimizer);
  return [new ParticleGroup(rosenbrock, optimizer, params, count), new ParticleGroup(rosenbrock, optimizer, params, count, false)];
}

function starts(count: number, seed: number): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: 2 * count }, (_, i) => (i % 20 === 0 ? 30 : 1) * (i % 2 ? -1 + 4 * random.next() : -2 + 4 * random.next()));
}

describe("a typed rule's wasm step gives its vector machine's bits", () => {
  it.each(RULES.filter((r) => !STAY_IN_JS.includes(r.id)).flatMap((r) => [WASM_FROM, WASM_FROM + 13].map((count) => ({ ...r, count }))))(
    '$id, $count particles: every buffer after every step, with noise, a boosted lr and a cycled momentum',
    ({ text, count }) => {
      const [wasm, js] = pair(text, count);
      expect(wasm.stepsInWasm).toBe(true);
      const s = starts(count, count);
      wasm.place(s);
      js.place(s);
      const [rw, rj] = [createRandom(4), createRandom(4)];
      for (let k = 1; k <= 120; k++) {
        for (const g of [wasm, js]) {
          if (k === 50) g.live.lr *= 300;
          g.live.momentum = 0.5 + 0.4 * Math.cos(k / 9);
          g.step(k > 80 ? 0.7 : 0, g === wasm ? rw : rj);
        }
        for (const key of ['pos', 'prev', 'grad', 'loss'] as const) expect(bits(wasm[key]), `step ${k}: ${key}`).toBe(bits(js[key]));
        wasm.state.slots.forEach((slot, i) => expect(bits(slot), `step ${k}: slot ${i}`).toBe(bits(js.state.slots[i])));
      }
      expect([...wasm.status]).toEqual([...js.status]);
      expect([...wasm.steps]).toEqual([...js.steps]);
      // A restart runs the states' initialisers again, from the new starts.
      const again = starts(count, 99);
      wasm.place(again);
      js.place(again);
      for (let k = 0; k < 5; k++) for (const g of [wasm, js]) g.step(0, createRandom(1));
      expect(bits(wasm.pos)).toBe(bits(js.pos));
    },
  );

  it.each(STAY_IN_JS)('%s stays on the vector machine (a gradient at another point, or exp)', (id) => {
    expect(pair(RULES.find((r) => r.id === id)!.text, WASM_FROM)[0].stepsInWasm).toBe(false);
  });
});
