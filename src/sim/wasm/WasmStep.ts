import type { LiveParams, Optimizer, OptimizerState, Params } from '../../core/optimizers/Optimizer.ts';
import type { Surface } from '../../core/surfaces/Surface.ts';
import { fusedStep, MAX_SLOTS, STEP_PARAMS } from './fusedStep.ts';
import { TYPE } from './opcodes.ts';
import type { ParticleMemory } from './ParticleMemory.ts';
import { wasmModule } from './wasmModule.ts';
import { wasmRuleFor } from './wasmRules.ts';
import { wasmSurfaceFor } from './wasmSurfaceFor.ts';
import type { WasmRule } from './WasmRule.ts';

type StepExport = (count: number, pos: number, prev: number, gradIn: number, gradOut: number, loss: number, ...slots: number[]) => number;

/**
 * One group's compiled step: the optimizer's update, the previous position, and the surface's
 * gradient and loss at the new positions, for every particle in one pass over its memory.
 */
export class WasmStep {
  private readonly slotAddresses: number[];

  private constructor(
    private readonly memory: ParticleMemory,
    private readonly rule: WasmRule,
    private readonly run: StepExport,
  ) {
    this.slotAddresses = Array.from({ length: MAX_SLOTS }, (_, k) => memory.addresses.slots[k] ?? 0);
  }

  /**
   * The step for this optimizer's configuration on this surface, or null where the JavaScript
   * kernels stay: no WebAssembly, a configuration or surface not written for it, or a page whose
   * content security policy forbids compiling WebAssembly.
   */
  static compile(memory: ParticleMemory, optimizer: Optimizer, params: Params, surface: Surface): WasmStep | null {
    const rule = wasmRuleFor(optimizer, params);
    const lanes = wasmSurfaceFor(surface);
    if (!memory.wasm || !rule || !lanes) return null;
    try {
      const bytes = wasmModule([{ name: 'step', params: STEP_PARAMS, results: [TYPE.f64], code: fusedStep(rule, lanes) }]);
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory: memory.wasm } });
      return new WasmStep(memory, rule, instance.exports.step as StepExport);
    } catch {
      return null;
    }
  }

  /**
   * Counts the step, starts the rule's slots before the first (as its kernel does), writes the
   * step's scalars and runs it; the update reads the noisy gradients if `noisy`. Returns the sum
   * that is finite only if every value read or written was.
   */
  step(state: OptimizerState, live: LiveParams, noisy: boolean): number {
    const t = ++state.t;
    if (t === 1) this.rule.start(state, this.memory.pos, live);
    this.rule.perStep(this.memory.scalars, live, t);
    const { count, addresses: a } = this.memory;
    const s = this.slotAddresses;
    return this.run(count, a.pos, a.prev, noisy ? a.noisy : a.grad, a.grad, a.loss, s[0], s[1], s[2]);
  }
}
