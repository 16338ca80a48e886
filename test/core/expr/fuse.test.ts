import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import { Op, WIDTH } from '../../../src/core/expr/ops.ts';
import { assembleRule } from '../../../src/core/rules/assembleRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';
import { parseRule } from '../../../src/core/rules/parseRule.ts';

function vectorOps(id: string): string[] {
  const code = assembleRule(parseRule((gallery.find((g) => g.id === id) as { text: string }).text));
  const names = Object.fromEntries(Object.entries(Op).map(([k, v]) => [v, k]));
  const ops: string[] = [];
  for (let pc = 0; pc < code.step.length; pc += WIDTH) if (code.step[pc + 8] !== 0) ops.push(names[code.step[pc]]);
  return ops;
}

describe('fused operations', () => {
  it('run Adam in four passes over the coordinates, RMSprop and Adagrad in three, Momentum in two', () => {
    expect(vectorOps('adam')).toEqual(['LIN', 'LINSQ', 'ADADIV', 'SUB']);
    expect(vectorOps('rmsprop')).toEqual(['LINSQ', 'ADADIV', 'SUB']);
    expect(vectorOps('adagrad')).toEqual(['LINSQ', 'ADADIV', 'SUB']);
    expect(vectorOps('momentum')).toEqual(['LIN', 'LIN']);
  });

  it('give the bits of the unfused operations: a formula\'s value (fused) equals its value beside the gradient (unfused)', () => {
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
