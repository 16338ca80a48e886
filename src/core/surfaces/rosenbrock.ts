import type { Surface } from './Surface.ts';

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
  gradient(x, y, out, o) {
    const a = 1 - x;
    const b = y - x * x;
    out[o] = -2 * a - 400 * x * b;
    out[o + 1] = 200 * b;
    return a * a + 100 * b * b;
  },
};
