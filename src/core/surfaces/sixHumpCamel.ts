import type { Surface } from './Surface.ts';

const GLOBAL_X = 0.08984201310031807;
const GLOBAL_Y = -0.7126564030207396;
const GLOBAL_F = -1.0316284534898774;
const SIDE_X = 1.7036067149699807;
const SIDE_Y = -0.7960835686726252;
const SIDE_F = -0.21546382438371725;
const HIGH_X = 1.6071047529201972;
const HIGH_Y = 0.5686514548841314;
const HIGH_F = 2.104250310311258;

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const x2 = x * x;
  const y2 = y * y;
  const x3 = x2 * x;
  out[o] = 8 * x - 8.4 * x3 + 2 * x3 * x2 + y;
  out[o + 1] = x - 8 * y + 16 * y2 * y;
  return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
}

// f is even under (x, y) -> (-x, -y), so every minimum comes with its mirror.
export const sixHumpCamel: Surface = {
  id: 'six_hump_camel',
  name: 'Six-hump camel',
  formula: '(4 − 2.1x² + x⁴/3) x² + xy + (−4 + 4y²) y²',
  lesson: 'Six local minima, two of them global: local versus global minima and the role of the starting point.',
  view: { x: [-3, 3], y: [-2, 2] },
  start: [-1.5, 1],
  minima: [
    { x: GLOBAL_X, y: GLOBAL_Y, f: GLOBAL_F, kind: 'global' },
    { x: -GLOBAL_X, y: -GLOBAL_Y, f: GLOBAL_F, kind: 'global' },
    { x: SIDE_X, y: SIDE_Y, f: SIDE_F, kind: 'local' },
    { x: -SIDE_X, y: -SIDE_Y, f: SIDE_F, kind: 'local' },
    { x: HIGH_X, y: HIGH_Y, f: HIGH_F, kind: 'local' },
    { x: -HIGH_X, y: -HIGH_Y, f: HIGH_F, kind: 'local' },
  ],
  logLevels: false,
  value(x, y) {
    const x2 = x * x;
    const y2 = y * y;
    return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
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
