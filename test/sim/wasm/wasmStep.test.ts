import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultParams, type Params } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { createRandom } from '../../../src/core/random.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';
import { ParticleGroup, WASM_FROM } from '../../../src/sim/ParticleGroup.ts';
import { DIVERGED, NON_FINITE, OUT_OF_BOUNDS } from '../../../src/sim/status.ts';

const rosenbrock = surfaceById('rosenbrock')!;

/** Starts over the whole view, and a few far out on the wall where a large lr blows up. */
function startsFor(count: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const starts = new Float64Array(2 * count);
  for (let i = 0; i < starts.length; i += 2) {
    const far = i % 10 === 0 ? 40 : 1;
    starts[i] = far * (-2 + 4 * random.next());
    starts[i + 1] = far * (-1 + 4 * random.next());
  }
  return starts;
}

const bits = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

function sameBuffers(wasm: ParticleGroup, js: ParticleGroup, what: string) {
  for (const key of ['pos', 'prev', 'grad', 'loss', 'noisy'] as const) expect(bits(wasm[key]), `${what}: ${key}`).toBe(bits(js[key]));
  wasm.state.slots.forEach((slot, k) => expect(bits(slot), `${what}: slot ${k}`).toBe(bits(js.state.slots[k])));
  expect(wasm.state.t).toBe(js.state.t);
}

interface Case {
  readonly id: string;
  readonly params?: Readonly<Record<string, number>>;
  readonly sigma?: number;
  /** A learning rate multiplied this much at step 40, as a schedule writes it into live. */
  readonly boost?: number;
}

/** The configurations the wasm step is written for, with noise, with learning rates that blow particles up, with a schedule. */
const CASES: Case[] = [
  { id: 'adam' },
  { id: 'adam', sigma: 3, boost: 400 },
  { id: 'adam', params: { eps: 1e-3 }, boost: 0.1 },
  // Adam's steps are about lr long: at lr 1e5 particles run past the runaway bound while staying finite.
  { id: 'adam', boost: 1e8 },
  { id: 'sgd', params: { lr: 2e-4 } },
  { id: 'sgd', params: { lr: 3e-3 } },
  { id: 'momentum', params: { lr: 2e-4 }, sigma: 1 },
  { id: 'momentum', params: { lr: 1e-3 }, boost: 3 },
  { id: 'nag', params: { lr: 2e-4 }, sigma: 0.5, boost: 5 },
  { id: 'rmsprop' },
  { id: 'rmsprop', params: { alpha: 0.5 }, sigma: 2, boost: 30 },
  { id: 'adagrad', params: { initial_accumulator_value: 0.3 } },
  { id: 'adagrad', params: { lr_decay: 0.01, lr: 5 }, sigma: 1 },
  { id: 'adadelta' },
  { id: 'adadelta', params: { rho: 0.5, eps: 1e-3 }, sigma: 2, boost: 1e4 },
  { id: 'adamax' },
  { id: 'adamax', params: { eps: 1e-3 }, sigma: 3, boost: 1e6 },
];

const paramsOf = (c: Case): Params => ({ ...defaultParams(optimizerById(c.id)!), ...c.params });

describe("the wasm step gives the JavaScript kernels' bits", () => {
  it.each(CASES.flatMap((c) => [WASM_FROM, 2 * WASM_FROM + 37].map((count) => ({ ...c, count }))))(
    '$id $params, sigma $sigma, boost $boost, $count particles: every buffer after every step',
    ({ count, ...c }) => {
      const optimizer = optimizerById(c.id)!;
      const wasm = new ParticleGroup(rosenbrock, optimizer, paramsOf(c), count);
      const js = new ParticleGroup(rosenbrock, optimizer, paramsOf(c), count, false);
      expect(wasm.stepsInWasm).toBe(true);
      expect(js.stepsInWasm).toBe(false);
      const starts = startsFor(count, count);
      wasm.place(starts);
      js.place(starts);
      const [rw, rj] = [createRandom(3), createRandom(3)];
      for (let k = 1; k <= 150; k++) {
        if (k === 40 && c.boost) {
          wasm.live.lr *= c.boost;
          js.live.lr *= c.boost;
        }
        wasm.step(c.sigma ?? 0, rw);
        js.step(c.sigma ?? 0, rj);
        sameBuffers(wasm, js, `step ${k}`);
      }
      expect([...wasm.status]).toEqual([...js.status]);
      expect([...wasm.steps]).toEqual([...js.steps]);
      expect([...wasm.reason]).toEqual([...js.reason]);
    },
  );

  it('the cases cover particles that overflow and particles that run away', () => {
    const reasons = new Set<number>();
    for (const c of CASES) {
      const g = new ParticleGroup(rosenbrock, optimizerById(c.id)!, paramsOf(c), WASM_FROM);
      g.place(startsFor(WASM_FROM, WASM_FROM));
      const random = createRandom(3);
      for (let k = 1; k <= 150; k++) {
        if (k === 40 && c.boost) g.live.lr *= c.boost;
        g.step(c.sigma ?? 0, random);
      }
      g.status.forEach((s, p) => s === DIVERGED && reasons.add(g.reason[p]));
    }
    expect([...reasons].sort()).toEqual([NON_FINITE, OUT_OF_BOUNDS]);
  });

  it('new params and a new surface switch between wasm and the kernels mid-run, to the same bits', () => {
    const adam = optimizerById('adam')!;
    const count = WASM_FROM + 1;
    const plain = defaultParams(adam);
    const amsgrad = { ...plain, amsgrad: true };
    const wasm = new ParticleGroup(rosenbrock, adam, plain, count);
    const js = new ParticleGroup(rosenbrock, adam, plain, count, false);
    const starts = startsFor(count, 5);
    wasm.place(starts);
    js.place(starts);
    const [rw, rj] = [createRandom(1), createRandom(1)];
    const run = (steps: number) => {
      for (let k = 0; k < steps; k++) {
        wasm.step(0, rw);
        js.step(0, rj);
      }
      sameBuffers(wasm, js, `after ${steps}`);
    };
    run(20);
    wasm.setParams(amsgrad);
    js.setParams(amsgrad);
    expect(wasm.stepsInWasm).toBe(false);
    run(20);
    wasm.setParams(plain);
    js.setParams(plain);
    expect(wasm.stepsInWasm).toBe(true);
    run(20);
    const quadratic = surfaceById('quadratic')!;
    wasm.setSurface(quadratic);
    js.setSurface(quadratic);
    expect(wasm.stepsInWasm).toBe(false);
    run(20);
    wasm.setSurface(rosenbrock);
    js.setSurface(rosenbrock);
    expect(wasm.stepsInWasm).toBe(true);
    run(20);
  });
});

describe('where the JavaScript kernels stay', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const adam = optimizerById('adam')!;
  const inWasm = (params: Params, count = WASM_FROM, surface = rosenbrock) => new ParticleGroup(surface, adam, params, count).stepsInWasm;

  it('options the wasm rules do not write out, other surfaces, and small groups', () => {
    expect(inWasm(defaultParams(adam))).toBe(true);
    expect(inWasm({ ...defaultParams(adam), weight_decay: 0.1 })).toBe(false);
    expect(inWasm({ ...defaultParams(adam), amsgrad: true })).toBe(false);
    expect(inWasm(defaultParams(adam), WASM_FROM - 1)).toBe(false);
    expect(inWasm(defaultParams(adam), WASM_FROM, surfaceById('himmelblau'))).toBe(false);
    const rmsprop = optimizerById('rmsprop')!;
    expect(new ParticleGroup(rosenbrock, rmsprop, { ...defaultParams(rmsprop), centered: true }, WASM_FROM).stepsInWasm).toBe(false);
    expect(new ParticleGroup(rosenbrock, optimizerById('nadam')!, defaultParams(optimizerById('nadam')!), WASM_FROM).stepsInWasm).toBe(false);
  });

  /** A group that steps anyway, to the bits of one on the kernels. */
  function stepsAsTheKernels() {
    const g = new ParticleGroup(rosenbrock, adam, defaultParams(adam), WASM_FROM);
    expect(g.stepsInWasm).toBe(false);
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    const js = new ParticleGroup(rosenbrock, adam, defaultParams(adam), WASM_FROM, false);
    const starts = startsFor(WASM_FROM, 2);
    g.place(starts);
    js.place(starts);
    const [a, b] = [createRandom(1), createRandom(1)];
    for (let k = 0; k < 30; k++) {
      g.step(0, a);
      js.step(0, b);
    }
    sameBuffers(g, js, 'fallback');
  }

  it('a page without WebAssembly', () => {
    vi.stubGlobal('WebAssembly', undefined);
    stepsAsTheKernels();
  });

  it("a page whose policy refuses to compile WebAssembly (the module throws, as Chromium's does then)", () => {
    vi.spyOn(WebAssembly, 'Module').mockImplementation(() => {
      throw new WebAssembly.CompileError('WebAssembly.Module(): Compiling or instantiating WebAssembly module violates the following Content Security policy directive');
    });
    stepsAsTheKernels();
  });
});
