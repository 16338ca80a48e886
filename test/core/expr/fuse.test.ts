import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import { Op, WIDTH } from '../../../src/core/expr/ops.ts';
import { assembleRule } from '../../../src/core/rules/assembleRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { parseRule } from '../../../src/core/rules/parseRule.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { createState, defaultParams, liveParams } from '../../../src/core/optimizers/Optimizer.ts';

/** Where a rule takes 40 coordinates in 30 steps, on gradients of its own. */
function stepped(text: string): Float64Array {
  const c = compileRule(text);
  if (!c.ok) throw new Error(c.error.message);
  const theta = Float64Array.from({ length: 40 }, (_, i) => Math.sin(i * 1.7) * 2);
  const grad = new Float64Array(40);
  const params = defaultParams(c.optimizer);
  const kernel = c.optimizer.kernel(params);
  const state = createState(c.optimizer, 40);
  for (let s = 0; s < 30; s++) {
    for (let i = 0; i < 40; i++) grad[i] = Math.cos(theta[i] * 3) + 0.5 * theta[i];
    kernel(theta, grad, state, liveParams(params));
  }
  return theta;
}

function vectorOps(id: string): string[] {
  const code = assembleRule(parseRule((gallery.find((g) => g.id === id) as { text: string }).text));
  const names = Object.fromEntries(Object.entries(Op).map(([k, v]) => [v, k]));
  const ops: string[] = [];
  for (let pc = 0; pc < code.step.length; pc += WIDTH) if (code.step[pc + 8] !== 0) ops.push(names[code.step[pc]]);
  return ops;
}

describe('fused operations', () => {
  it('run Adam in three passes over the coordinates, RMSprop, Adagrad and Momentum in two', () => {
    expect(vectorOps('adam')).toEqual(['LIN', 'LINSQ', 'ADASUB']);
    expect(vectorOps('rmsprop')).toEqual(['LINSQ', 'ADASUB']);
    expect(vectorOps('adagrad')).toEqual(['LINSQ', 'ADASUB']);
    expect(vectorOps('momentum')).toEqual(['LIN', 'LIN']);
  });

  it('take an adaptive step from x in its own pass with the bits of computing the step first and subtracting it', () => {
    const operand = fc.constantFrom('x', 'g', 'v', 'k', '2', '(1 - 0.9^t)');
    fc.assert(
      fc.property(operand, operand, operand, operand, fc.boolean(), (p, e, q, f, flipped) => {
        const den = flipped ? `(0.001 + sqrt(abs(${q})/${f}))` : `(sqrt(abs(${q})/${f}) + 0.001)`;
        const head = 'param lr = 0.01\nparam k = 3\nstate v = 1\nv = 0.9*v + g^2\n';
        const fused = stepped(`${head}x = x - lr*(${p}/${e})/${den}`);
        const apart = stepped(`${head}d = lr*(${p}/${e})/${den}\nx = x - d`);
        expect(fused.every((v, i) => Object.is(v, apart[i]))).toBe(true);
      }),
      { seed: 29, numRuns: 300 },
    );
  });

  it("give the bits of the unfused operations: a formula's value (fused) equals its value beside the gradient (unfused)", () => {
    const operand = fc.constantFrom('x', 'y', '(x*y)', 'sin(x)', '2', '0.5', '(1 - 0.9)', 'pi');
    const shape = fc.oneof(
      fc.tuple(operand, operand, fc.constantFrom('+', '-'), operand, operand).map(([c, p, op, e, q]) => `${c}*${p} ${op} ${q}*${e}`),
      fc.tuple(operand, operand, operand, operand, operand, operand).map(([c, p, e, q, f, h]) => `${c}*(${p}/${e})/(sqrt(abs(${q})/${f}) + ${h})`),
      fc.tuple(operand, operand, operand).map(([p, q, h]) => `${p}/(${h} + sqrt(abs(${q})))`),
      fc.tuple(operand, operand, fc.constantFrom('+', '-'), operand, operand).map(([c, p, op, e, q]) => `${c}*${p}^2 ${op} ${e}*${q}^2`),
      fc.tuple(operand, fc.constantFrom('+', '-'), operand, operand).map(([p, op, e, q]) => `${p} ${op} ${e}*${q}^2`),
    );
    fc.assert(
      fc.property(shape, fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (text, x, y) => {
        const result = formulaSurface(text);
        if (!result.ok) throw new Error(result.error.message);
        const f = result.surface.gradient(x, y, new Float64Array(2), 0);
        expect(Object.is(result.surface.value(x, y), f) || (Number.isNaN(f) && Number.isNaN(result.surface.value(x, y)))).toBe(true);
      }),
      { seed: 23, numRuns: 2000 },
    );
  });
});
