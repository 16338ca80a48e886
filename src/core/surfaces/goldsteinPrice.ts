import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const s = x + y + 1;
  const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
  const d = 2 * x - 3 * y;
  const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
  const a = 1 + s * s * p;
  const b = 30 + d * d * q;
  // P's partials in x and y coincide, so A_x = A_y.
  const ax = 2 * s * p + s * s * (-14 + 6 * x + 6 * y);
  const bx = 4 * d * q + d * d * (-32 + 24 * x - 36 * y);
  const by = -6 * d * q + d * d * (48 - 36 * x + 54 * y);
  out[o] = ax * b + a * bx;
  out[o + 1] = ax * b + a * by;
  return a * b;
}

export const goldsteinPrice: Surface = {
  id: 'goldstein_price',
  name: 'Goldstein–Price',
  formula: '[1 + (x + y + 1)² (19 − 14x + 3x² − 14y + 6xy + 3y²)] · [30 + (2x − 3y)² (18 − 32x + 12x² + 48y − 36xy + 27y²)]',
  lesson: 'Values span six orders of magnitude and gradients vary enormously: why normalised updates help and plain SGD needs a tiny learning rate.',
  view: { x: [-2, 2], y: [-3, 1] },
  start: [-0.5, 0.5],
  minima: [
    { x: 0, y: -1, f: 3, kind: 'global' },
    { x: 1.2, y: 0.8, f: 840, kind: 'local' },
    { x: 1.8, y: 0.2, f: 84, kind: 'local' },
    { x: -0.6, y: -0.4, f: 30, kind: 'local' },
  ],
  logLevels: true,
  value(x, y) {
    const s = x + y + 1;
    const p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
    const d = 2 * x - 3 * y;
    const q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
    return (1 + s * s * p) * (30 + d * d * q);
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
