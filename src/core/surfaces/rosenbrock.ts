import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const a = 1 - x;
  const b = y - x * x;
  out[o] = -2 * a - 400 * x * b;
  out[o + 1] = 200 * b;
  return a * a + 100 * b * b;
}

export const rosenbrock: Surface = {
  id: 'rosenbrock',
  name: 'Rosenbrock',
  formula: '(1 − x)² + 100 (y − x²)²',
  lesson:
    'A long curved banana-shaped valley: finding the floor is easy, travelling along it is slow; SGD crawls, momentum overshoots across the walls, adaptive methods rescale the steep and flat directions.',
  view: { x: [-2, 2], y: [-1, 3] },
  start: [-1.5, 2],
  minima: [{ x: 1, y: 1, f: 0, kind: 'global' }],
  logLevels: true,
  value(x, y) {
    const a = 1 - x;
    const b = y - x * x;
    return a * a + 100 * b * b;
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
