import { describe, expect, it } from 'vitest';
import { benchParams } from '../../../src/cli/bench/benchParams.ts';
import { fusedReferences } from '../../../src/cli/bench/fusedReference.ts';
import { createRandom } from '../../../src/core/random.ts';
import { optimizers } from '../../../src/core/optimizers/registry.ts';
import { rosenbrock } from '../../../src/core/surfaces/rosenbrock.ts';
import { ParticleGroup } from '../../../src/sim/ParticleGroup.ts';

// Only the view's own bytes: the engine's arrays may be views into one block of memory.
const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const same = (a: Float64Array, b: Float64Array) => bytes(a).equals(bytes(b));

describe('the hand-fused yardsticks of the benchmark', () => {
  it('exist for every optimizer', () => {
    expect(Object.keys(fusedReferences).sort()).toEqual(optimizers.map((o) => o.id).sort());
  });

  it.each(optimizers.map((o) => [o.id, o] as const))("%s: the fused loop ends on the engine's bits, position, gradient, loss and previous point", (id, optimizer) => {
    const count = 64;
    const random = createRandom(3);
    const starts = new Float64Array(2 * count).map((_, i) => (i % 2 ? 1 : -1.2) + 0.2 * random.next());
    const params = benchParams(optimizer);
    const group = new ParticleGroup(rosenbrock, optimizer, params, count);
    group.place(starts);
    const run = fusedReferences[id](starts, params);
    const noise = createRandom(7);
    for (let k = 0; k < 300; k++) {
      group.step(0, noise);
      run.step();
    }
    expect(same(group.pos, run.pos)).toBe(true);
    expect(same(group.grad, run.grad)).toBe(true);
    expect(same(group.loss, run.loss)).toBe(true);
    expect(same(group.prev, run.prev)).toBe(true);
    // The run moved: equal bits of two still buffers would prove nothing.
    expect(same(run.pos, starts)).toBe(false);
  });
});
