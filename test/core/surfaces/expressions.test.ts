import { describe, expect, it } from 'vitest';
import { formulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import { createRandom } from '../../../src/core/random.ts';
import { SURFACE_EXPRESSIONS } from '../../../src/core/surfaces/expressions.ts';
import { surfaces } from '../../../src/core/surfaces/registry.ts';

describe('each analytic surface written as a formula', () => {
  it('covers exactly the registry', () => {
    expect(Object.keys(SURFACE_EXPRESSIONS).sort()).toEqual(surfaces.map((s) => s.id).sort());
  });

  it.each(surfaces.map((s) => [s.id, s] as const))("%s: the formula gives the surface's value at random points of its view", (id, surface) => {
    const compiled = formulaSurface(SURFACE_EXPRESSIONS[id]);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const random = createRandom(7);
    const { x, y } = surface.view;
    for (let i = 0; i < 200; i++) {
      const px = x[0] + (x[1] - x[0]) * random.next();
      const py = y[0] + (y[1] - y[0]) * random.next();
      const want = surface.value(px, py);
      expect(Math.abs(compiled.surface.value(px, py) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
    }
  });
});
