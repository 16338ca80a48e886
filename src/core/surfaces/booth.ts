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
  lesson: 'A plain convex quadratic with coupled coordinates (a tilted ellipse): every method should get there, so it is the sanity check.',
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
    // Two particles a turn, each into its own sum, and nothing left to do after the loop (see Surface.gradientMany).
    let even = 0;
    let odd = 0;
    let p = n & 1;
    if (p === 1) {
      const x = pos[0];
      const y = pos[1];
      const f = gradient(x, y, grad, 0);
      loss[0] = f;
      even += x + y + f + grad[0] + grad[1];
    }
    let check = even;
    for (; p < n; p += 2) {
      const o = 2 * p;
      const x0 = pos[o];
      const y0 = pos[o + 1];
      const x1 = pos[o + 2];
      const y1 = pos[o + 3];
      const f0 = gradient(x0, y0, grad, o);
      const f1 = gradient(x1, y1, grad, o + 2);
      loss[p] = f0;
      loss[p + 1] = f1;
      even += x0 + y0 + f0 + grad[o] + grad[o + 1];
      odd += x1 + y1 + f1 + grad[o + 2] + grad[o + 3];
      check = even + odd;
    }
    return check;
  },
};
