import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  out[o] = x;
  out[o + 1] = 10 * y;
  return 0.5 * (x * x + 10 * y * y);
}

export const quadratic: Surface = {
  id: 'quadratic',
  name: 'Ill-conditioned bowl',
  formula: '0.5 (x² + 10 y²)',
  lesson:
    'An ill-conditioned bowl (curvatures 1 and 10): SGD zig-zags across the steep axis while creeping along the shallow one, which is exactly what momentum and NAG fix.',
  view: { x: [-4, 4], y: [-2, 2] },
  start: [-3.5, 1.5],
  minima: [{ x: 0, y: 0, f: 0, kind: 'global' }],
  logLevels: false,
  value(x, y) {
    return 0.5 * (x * x + 10 * y * y);
  },
  gradient,
  gradientMany(pos, grad, loss, n) {
    let check = 0;
    for (let p = 0, o = 0; p < n; p++, o += 2) {
      const f = gradient(pos[o], pos[o + 1], grad, o);
      loss[p] = f;
      check += pos[o] + pos[o + 1] + f + grad[o] + grad[o + 1];
    }
    return check;
  },
};
