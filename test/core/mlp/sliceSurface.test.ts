import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/InputError.ts';
import { packWeights } from '../../../src/core/mlp/layout.ts';
import { createSliceSurface } from '../../../src/core/mlp/sliceSurface.ts';
import type { Surface } from '../../../src/core/surfaces/Surface.ts';
import { golden, goldenInit, goldenX, goldenY, relError, TOLERANCE } from './golden.ts';

const slice = (params: [string, string], extra: object = {}): Surface => createSliceSurface({ x: goldenX, y: goldenY, base: goldenInit, params, ...extra });

let worst = 0;
describe('slices of the network loss reproduce PyTorch (float64)', () => {
  afterAll(() => console.log(`slices: worst relative error ${worst.toExponential(2)}`));

  it.each(golden.slices.map((s) => [s.weights.join(' × '), s] as const))('%s: loss and exact gradient', (_name, s) => {
    const surface = createSliceSurface({ x: goldenX, y: goldenY, base: packWeights(s.base), params: s.weights });
    const g = new Float64Array(2);
    s.points.forEach(([a, b], k) => {
      const errors = [
        relError(surface.value(a, b), s.loss[k]),
        relError(surface.gradient(a, b, g, 0), s.loss[k]),
        relError(g[0], s.grad[k][0]),
        relError(g[1], s.grad[k][1]),
      ];
      worst = Math.max(worst, ...errors);
      for (const e of errors) expect(e).toBeLessThanOrEqual(TOLERANCE);
    });
  });
});

// One slice per way the two parameters can sit: in two units, in one unit, one of them b2.
const cases: [string, [string, string]][] = [
  ['different units', ['w1[3]', 'w2[7]']],
  ['the same unit (w1, w2)', ['w1[3]', 'w2[3]']],
  ['the same unit (w1, b1)', ['w1[4]', 'b1[4]']],
  ['a unit and b2', ['b1[12]', 'b2[0]']],
  ['b2 and a unit', ['b2[0]', 'w2[5]']],
];

describe.each(cases)('a slice through %s', (_what, params) => {
  const surface = slice(params);

  it('sampleGrid agrees with value() at every cell', () => {
    const nx = 7;
    const ny = 5;
    const view = { x: [-1.5, 2] as const, y: [-0.7, 1.3] as const };
    const out = new Float64Array(nx * ny);
    surface.sampleGrid!(view, nx, ny, out);
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const v = surface.value(-1.5 + (i * 3.5) / (nx - 1), -0.7 + (j * 2) / (ny - 1));
        expect(relError(out[j * nx + i], v)).toBeLessThan(1e-12);
      }
    }
  });

  it('gradient agrees with central differences', () => {
    const g = new Float64Array(2);
    const h = 1e-6;
    for (const [a, b] of [
      [0.3, -0.4],
      [-1.1, 0.9],
      [1.7, 0.2],
    ]) {
      surface.gradient(a, b, g, 0);
      const da = (surface.value(a + h, b) - surface.value(a - h, b)) / (2 * h);
      const db = (surface.value(a, b + h) - surface.value(a, b - h)) / (2 * h);
      expect(Math.abs(g[0] - da)).toBeLessThan(1e-6 * Math.max(1, Math.abs(da)));
      expect(Math.abs(g[1] - db)).toBeLessThan(1e-6 * Math.max(1, Math.abs(db)));
    }
  });
});

describe('slice surface settings', () => {
  it('defaults to a square of half-width 2 around the base values, starting at the network as it is', () => {
    const s = slice(['w1[3]', 'w2[3]']);
    const a = golden.init.w1[3];
    const b = golden.init.w2[3];
    expect(s.view).toEqual({ x: [a - 2, a + 2], y: [b - 2, b + 2] });
    expect(s.start).toEqual([a, b]);
    expect(s.name).toBe('Network loss: w1[3] × w2[3]');
    expect(s.id).toBe('mlp-slice');
  });

  it('with a batch, gradient() is stochastic and reproducible from its seed; value() stays full-data', () => {
    const full = slice(['w1[3]', 'w2[3]']);
    const noisy = slice(['w1[3]', 'w2[3]'], { batch: { size: 32, seed: 5 } });
    const again = slice(['w1[3]', 'w2[3]'], { batch: { size: 32, seed: 5 } });
    const g1 = new Float64Array(2);
    const g2 = new Float64Array(2);
    const g3 = new Float64Array(2);
    // At w1[3] = 1.5 (b1[3] ≈ -0.53) the unit is active for x > 0.36, so both partials are nonzero.
    const l1 = noisy.gradient(1.5, 0.2, g1, 0);
    const l2 = noisy.gradient(1.5, 0.2, g2, 0);
    again.gradient(1.5, 0.2, g3, 0);
    expect(Array.from(g3)).toEqual(Array.from(g1));
    expect(g2[0]).not.toBe(g1[0]);
    expect(l2).not.toBe(l1);
    expect(noisy.value(1.5, 0.2)).toBe(full.value(1.5, 0.2));
    // A batch of all points is the full-data gradient, in another summation order.
    const whole = slice(['w1[3]', 'w2[3]'], { batch: { size: 1000, seed: 1 } });
    const gf = new Float64Array(2);
    full.gradient(1.5, 0.2, gf, 0);
    whole.gradient(1.5, 0.2, g1, 0);
    expect(relError(g1[0], gf[0])).toBeLessThan(1e-12);
    expect(relError(g1[1], gf[1])).toBeLessThan(1e-12);
  });

  it('rejects unknown and repeated parameter names with an InputError', () => {
    expect(() => slice(['w3[1]', 'w2[3]'])).toThrow(InputError);
    expect(() => slice(['w1[20]', 'w2[3]'])).toThrow(/w1\[20\]/);
    expect(() => slice(['w2[3]', 'w2[3]'])).toThrow(/must differ/);
    expect(() => slice(['w1[3]', 'w2[3]'], { batch: { size: 0, seed: 1 } })).toThrow(/batch.size/);
  });
});
