import { describe, expect, it } from 'vitest';
import { createDirectionsSurface } from '../../../src/core/mlp/directionsSurface.ts';
import { filterNormalizedDirection } from '../../../src/core/mlp/filterNormalizedDirection.ts';
import { B1, B2, HIDDEN, PARAM_COUNT, W1, W2 } from '../../../src/core/mlp/layout.ts';
import { createSliceSurface } from '../../../src/core/mlp/sliceSurface.ts';
import { createRandom } from '../../../src/core/random.ts';
import { golden, goldenInit, goldenX, goldenY, relError } from './golden.ts';

/** The index sets of the 21 neurons: (w1[j], b1[j]) for hidden unit j, then (w2[0..19], b2) for the output. */
const neurons: number[][] = [...Array.from({ length: HIDDEN }, (_, j) => [W1 + j, B1 + j]), [...Array.from({ length: HIDDEN }, (_, j) => W2 + j), B2]];
const norm = (v: Float64Array, idx: number[]) => Math.hypot(...idx.map((i) => v[i]));

describe('filter-normalised directions', () => {
  it('every neuron of the direction has the norm of that neuron in the weights', () => {
    const d = filterNormalizedDirection(createRandom(3), goldenInit);
    for (const idx of neurons) expect(relError(norm(d, idx), norm(goldenInit, idx))).toBeLessThan(1e-14);
  });

  it('keeps the direction of the Gaussian draw within each neuron', () => {
    const raw = new Float64Array(PARAM_COUNT);
    const random = createRandom(3);
    for (let i = 0; i < PARAM_COUNT; i++) raw[i] = random.normal();
    const d = filterNormalizedDirection(createRandom(3), goldenInit);
    for (const idx of neurons) {
      const ratio = d[idx[0]] / raw[idx[0]];
      for (const i of idx) expect(relError(d[i] / raw[i], ratio)).toBeLessThan(1e-12);
    }
  });
});

describe('the random-plane surface', () => {
  const surface = createDirectionsSurface({ x: goldenX, y: goldenY, base: goldenInit, seed: 1 });

  it('passes through the snapshot at (0, 0)', () => {
    // The loss at the init, from the slice surface at the base values of two of its weights.
    const slice = createSliceSurface({ x: goldenX, y: goldenY, base: goldenInit, params: ['w1[0]', 'b2[0]'] });
    expect(relError(surface.value(0, 0), slice.value(golden.init.w1[0], golden.init.b2[0]))).toBeLessThan(1e-14);
    expect(surface.view).toEqual({ x: [-1, 1], y: [-1, 1] });
    expect(surface.start).toEqual([0, 0]);
  });

  it('gradient is ∇L·d1, ∇L·d2, agreeing with central differences', () => {
    const g = new Float64Array(2);
    const h = 1e-6;
    for (const [a, b] of [
      [0.2, -0.3],
      [-0.8, 0.5],
      [0.9, 0.9],
    ]) {
      const f = surface.gradient(a, b, g, 0);
      expect(f).toBe(surface.value(a, b));
      const da = (surface.value(a + h, b) - surface.value(a - h, b)) / (2 * h);
      const db = (surface.value(a, b + h) - surface.value(a, b - h)) / (2 * h);
      expect(Math.abs(g[0] - da)).toBeLessThan(1e-6 * Math.max(1, Math.abs(da)));
      expect(Math.abs(g[1] - db)).toBeLessThan(1e-6 * Math.max(1, Math.abs(db)));
    }
  });

  it('sampleGrid agrees with value() to rounding (it sums along the sorted data)', () => {
    const out = new Float64Array(4 * 3);
    surface.sampleGrid!({ x: [-1, 0.5], y: [0, 1] }, 4, 3, out);
    for (let j = 0; j < 3; j++) for (let i = 0; i < 4; i++) expect(relError(out[j * 4 + i], surface.value(-1 + i * 0.5, j * 0.5))).toBeLessThan(1e-13);
  });

  it('gradientMany agrees with backpropagation on shuffled data and with a unit that has no input weight', () => {
    // The batch entry point sorts the data by x; shuffling must not matter, nor a flat unit (w1 = 0).
    const random = createRandom(9);
    const order = Array.from({ length: goldenX.length }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const base = Float64Array.from(goldenInit);
    base[W1 + 4] = 0;
    const shuffled = createDirectionsSurface({ x: Float64Array.from(order, (i) => goldenX[i]), y: Float64Array.from(order, (i) => goldenY[i]), base, seed: 4 });
    const points = [0, 0, 0.3, -0.7, -0.9, 0.2, 0.05, 0.95];
    const grad = new Float64Array(points.length);
    const loss = new Float64Array(points.length / 2);
    expect(Number.isFinite(shuffled.gradientMany!(Float64Array.from(points), grad, loss, loss.length))).toBe(true);
    const g = new Float64Array(2);
    for (let q = 0; q < loss.length; q++) {
      const f = shuffled.gradient(points[2 * q], points[2 * q + 1], g, 0);
      expect(relError(loss[q], f)).toBeLessThan(1e-13);
      expect(Math.abs(grad[2 * q] - g[0])).toBeLessThan(1e-13 * Math.max(1, Math.abs(g[0])));
      expect(Math.abs(grad[2 * q + 1] - g[1])).toBeLessThan(1e-13 * Math.max(1, Math.abs(g[1])));
    }
  });

  it('the seed picks the directions', () => {
    const same = createDirectionsSurface({ x: goldenX, y: goldenY, base: goldenInit, seed: 1 });
    const other = createDirectionsSurface({ x: goldenX, y: goldenY, base: goldenInit, seed: 2 });
    expect(Array.from(same.d1)).toEqual(Array.from(surface.d1));
    expect(Array.from(other.d1)).not.toEqual(Array.from(surface.d1));
    expect(Array.from(surface.d2)).not.toEqual(Array.from(surface.d1));
  });
});
