import { describe, expect, it } from 'vitest';
import { formulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import { pytorchScene } from '../../../src/core/formats/pytorchScene.ts';
import { torchExpression } from '../../../src/core/formats/torchExpression.ts';
import { optimizers } from '../../../src/core/optimizers/registry.ts';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { createRandom } from '../../../src/core/random.ts';
import { SURFACE_EXPRESSIONS } from '../../../src/core/surfaces/expressions.ts';
import { surfaces } from '../../../src/core/surfaces/registry.ts';
import type { Surface } from '../../../src/core/surfaces/Surface.ts';
import { evalPython, scriptSurface } from './pythonEval.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));

/** Largest disagreement of the script's f with the surface's own value at 200 random points of its view. */
function disagreements(surface: Surface, formula: string): string[] {
  const script = pytorchScene({
    title: surface.name,
    formula,
    starts: [surface.start],
    steps: 1,
    runs: [{ optimizer: optimizers[0], params: defaultParams(optimizers[0]), schedule: null }],
  });
  const expr = scriptSurface(script);
  const random = createRandom(7);
  const bad: string[] = [];
  for (let k = 0; k < 200; k++) {
    const x = random.uniform(surface.view.x[0], surface.view.x[1]);
    const y = random.uniform(surface.view.y[0], surface.view.y[1]);
    const got = evalPython(expr, { x, y });
    const want = surface.value(x, y);
    if (!close(got, want)) bad.push(`(${x}, ${y}): script ${got}, surface ${want}`);
  }
  return bad;
}

describe("the script's surface as a torch expression", () => {
  it.each(surfaces.map((s) => [s.id, s] as const))("%s: agrees with the surface's own value at random points", (id, surface) => {
    expect(SURFACE_EXPRESSIONS[id], `${id} has no formula`).toBeDefined();
    expect(disagreements(surface, SURFACE_EXPRESSIONS[id])).toEqual([]);
  });

  it.each([
    'x^2 + 3*sin(y)',
    'sqrt(x^2 + y^2 + 1) - log(2 + cos(x)) + tanh(y)*exp(-x^2)',
    'abs(x) + max(y, 0) - min(x, sin(2)) + tan(0.3*y) + 2^-1*x',
    '-x^2^2 + e*pi/3',
  ])('a typed f(x, y) %s: agrees with the formula surface', (formula) => {
    const typed = formulaSurface(formula);
    if (!typed.ok) throw new Error(typed.error.message);
    expect(disagreements(typed.surface, formula)).toEqual([]);
  });

  it('writes powers, functions and constants in Python', () => {
    expect(torchExpression('-x^2 + sin(pi*y) - e')).toBe('(((-(x ** 2.0)) + torch.sin((math.pi * y))) - math.e)');
    // torch's functions take tensors: a constant argument becomes one.
    expect(torchExpression('max(x, 0)')).toBe('torch.maximum(x, torch.as_tensor(0.0))');
  });

  it('differentiates a constant f through a tensor', () => {
    const script = pytorchScene({
      title: 't',
      formula: '3',
      starts: [[0, 0]],
      steps: 1,
      runs: [{ optimizer: optimizers[0], params: defaultParams(optimizers[0]), schedule: null }],
    });
    expect(scriptSurface(script)).toBe('torch.zeros_like(x) + 3.0');
  });
});
