import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const a = x + 2 * y - 7;
  const b = 2 * x + y - 5;
  out[o] = 2 * a + 4 * b;
  out[o + 1] = 4 * a + 2 * b;
  return a * a + b * b;
}

export const booth: Surface = {
  id: 'booth',
  name: 'Booth',
  formula: '(x + 2y − 7)² + (2x + y − 5)²',
  lesson:
    'A plain convex quadratic with coupled coordinates (a tilted ellipse): every method should get there, so it is the sanity check.',
  view: { x: [-10, 10], y: [-10, 10] },
  start: [-8, 8],
  minima: [{ x: 1, y: 3, f: 0, kind: 'global' }],
  logLevels: true,
  value(x, y) {
    const a = x + 2 * y - 7;
    const b = 2 * x + y - 5;
    return a * a + b * b;
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
