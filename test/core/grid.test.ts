import { describe, expect, it } from 'vitest';
import { sampleGrid } from '../../src/core/grid.ts';
import type { Surface } from '../../src/core/surfaces/Surface.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';

describe('sampleGrid', () => {
  it('samples corners and interior points row by row', () => {
    const booth = surfaceById('booth')!;
    const view = { x: [-2, 2], y: [0, 3] } as const;
    const g = sampleGrid(booth, view, 5, 4);
    // Row j = 1 is y = 1, column i = 3 is x = 1: booth(1, 1) = (1 + 2 - 7)^2 + (2 + 1 - 5)^2 = 16 + 4 = 20.
    expect(g[1 * 5 + 3]).toBe(20);
    expect(g[0]).toBe(booth.value(-2, 0));
    expect(g[19]).toBe(booth.value(2, 3));
  });

  it('turns non-finite values into NaN holes', () => {
    const spiky: Surface = { ...surfaceById('saddle')!, value: (x) => (x > 0 ? Infinity : 1) };
    const g = sampleGrid(spiky, { x: [-1, 1], y: [0, 1] }, 3, 2);
    expect(Array.from(g).map((v) => (Number.isNaN(v) ? 'hole' : v))).toEqual([1, 1, 'hole', 1, 1, 'hole']);
  });

  it('uses a surface’s own grid sampler when it has one', () => {
    const fast: Surface = { ...surfaceById('saddle')!, sampleGrid: (_v, _nx, _ny, out) => out.fill(7) };
    expect(Array.from(sampleGrid(fast, { x: [0, 1], y: [0, 1] }, 2, 2))).toEqual([7, 7, 7, 7]);
  });
});
