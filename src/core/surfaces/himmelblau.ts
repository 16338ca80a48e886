import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const u = x * x + y - 11;
  const v = x + y * y - 7;
  out[o] = 4 * x * u + 2 * v;
  out[o + 1] = 2 * u + 4 * y * v;
  return u * u + v * v;
}

export const himmelblau: Surface = {
  id: 'himmelblau',
  name: 'Himmelblau',
  formula: '(x² + y − 11)² + (x + y² − 7)²',
  lesson: 'Four equally good minima: where you end up depends on where you start and how you move.',
  view: { x: [-5, 5], y: [-5, 5] },
  start: [0, 0.5],
  minima: [
    { x: 3, y: 2, f: 0, kind: 'global' },
    { x: -2.805118086952745, y: 3.131312518250573, f: 0, kind: 'global' },
    { x: -3.779310253377747, y: -3.283185991286169, f: 0, kind: 'global' },
    { x: 3.5844283403304917, y: -1.8481265269644034, f: 0, kind: 'global' },
  ],
  logLevels: true,
  value(x, y) {
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    return u * u + v * v;
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
