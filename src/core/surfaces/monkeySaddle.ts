import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  out[o] = 3 * x * x - 3 * y * y;
  out[o + 1] = -6 * x * y;
  return x * x * x - 3 * x * y * y;
}

export const monkeySaddle: Surface = {
  id: 'monkey_saddle',
  name: 'Monkey saddle',
  formula: 'x³ − 3xy²',
  lesson: 'A saddle with three downhill valleys and a gradient that vanishes to second order: escaping takes much longer than from an ordinary saddle.',
  view: { x: [-1.5, 1.5], y: [-1.5, 1.5] },
  start: [0.5, 0.3],
  minima: [{ x: 0, y: 0, f: 0, kind: 'saddle' }],
  logLevels: false,
  value(x, y) {
    return x * x * x - 3 * x * y * y;
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
