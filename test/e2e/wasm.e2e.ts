import { describe, expect, inject, it } from 'vitest';
import { defaultParams, liveParams, type Optimizer } from '../../src/core/optimizers/Optimizer.ts';
import { compileRule } from '../../src/core/rules/compileRule.ts';
import { gallery } from '../../src/core/rules/gallery.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { rosenbrock } from '../../src/core/surfaces/rosenbrock.ts';
import { fusedStep, STEP_PARAMS } from '../../src/sim/wasm/fusedStep.ts';
import { TYPE } from '../../src/sim/wasm/opcodes.ts';
import { particleMemory } from '../../src/sim/wasm/ParticleMemory.ts';
import { rosenbrockLanes } from '../../src/sim/wasm/rosenbrockLanes.ts';
import { wasmModule } from '../../src/sim/wasm/wasmModule.ts';
import { wasmRuleFor } from '../../src/sim/wasm/wasmRules.ts';
import { WasmStep } from '../../src/sim/wasm/WasmStep.ts';
import { useBrowser } from './browser.ts';
import { newPage, STRICT_CSP } from './embedPages.ts';

const browser = useBrowser();
const COUNT = 101;
const STEPS = 40;

/**
 * Node steps particles of an optimizer in wasm and keeps their memory before and after; Chromium then
 * runs the same module from the same memory with the same scalars, under a given policy. The
 * optimizer's states start at zero, as a fresh memory holds them.
 */
function stepCase(optimizer: Optimizer) {
  const params = defaultParams(optimizer);
  const memory = particleMemory(COUNT, 3, true);
  memory.pos.set(Float64Array.from({ length: 2 * COUNT }, (_, i) => (i % 2 ? 1 : -1.5) + i / (4 * COUNT)));
  rosenbrock.gradientMany!(memory.pos, memory.grad, memory.loss, COUNT);
  const before = [...new Uint8Array(memory.wasm!.buffer)];
  const step = WasmStep.compile(memory, optimizer, params, rosenbrock)!;
  const state = { t: 0, n: 2 * COUNT, slots: memory.slots, scalars: new Float64Array(0) };
  const scalars: number[][] = [];
  for (let t = 1; t <= STEPS; t++) {
    step.step(state, liveParams(params), false);
    scalars.push([...memory.scalars]);
  }
  const rule = wasmRuleFor(optimizer, params)!;
  const bytes = [...wasmModule([{ name: 'step', params: STEP_PARAMS, results: [TYPE.f64], code: fusedStep(rule, rosenbrockLanes) }])];
  const a = memory.addresses;
  const args = [COUNT, a.pos, a.prev, a.grad, a.grad, a.loss, ...a.slots];
  return { before, after: [...new Uint8Array(memory.wasm!.buffer)], scalars, bytes, args };
}

type Case = ReturnType<typeof stepCase>;

/** The Lion rule: its sign, running averages and weight decay reach lane operations the built-ins do not use. */
function lionRule(): Optimizer {
  const compiled = compileRule(gallery.find((r) => r.id === 'lion')!.text);
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.optimizer;
}

const runInPage = ({ before, scalars, bytes, args }: Omit<Case, 'after'>) => {
  try {
    const memory = new WebAssembly.Memory({ initial: Math.ceil(before.length / 65536) });
    new Uint8Array(memory.buffer).set(before);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Uint8Array.from(bytes)), { env: { memory } });
    const step = instance.exports.step as (...a: number[]) => number;
    const s = new Float64Array(memory.buffer, 0, scalars[0].length);
    for (const row of scalars) {
      s.set(row);
      step(...args);
    }
    return { bytes: [...new Uint8Array(memory.buffer)] };
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
};

describe('the wasm step in Chromium', () => {
  it("compiles under the page's policy and ends on node's bits, for Adam and a typed rule; a policy without wasm-unsafe-eval refuses it, as WasmStep expects", async () => {
    const [adam, lion] = [stepCase(optimizerById('adam')!), stepCase(lionRule())];
    const { page, errors } = await newPage(browser(), { width: 800, height: 600 });
    const base = inject('baseUrl');
    const stricter = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');
    expect(stricter).not.toContain('wasm');
    for (const [path, policy] of [
      ['wasm-page.html', STRICT_CSP],
      ['stricter-page.html', stricter],
    ]) {
      await page.route(`${base}${path}`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>wasm</title>', headers: { 'content-security-policy': policy } }),
      );
    }
    await page.goto(`${base}wasm-page.html`);
    for (const { after, ...input } of [adam, lion]) {
      const ran = await page.evaluate(runInPage, input);
      expect(ran.error).toBeUndefined();
      expect(ran.bytes!.length).toBe(after.length);
      expect(Buffer.from(ran.bytes!).equals(Buffer.from(after))).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.goto(`${base}stricter-page.html`);
    const { after: _, ...input } = adam;
    const refused = await page.evaluate(runInPage, input);
    expect(refused.error).toMatch(/^CompileError: .*violates the following Content Security policy/);
    await page.close();
  });
});
