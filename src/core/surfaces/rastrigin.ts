import type { Surface } from './Surface.ts';

const TWO_PI = 2 * Math.PI;

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  out[o] = 2 * x + 20 * Math.PI * Math.sin(TWO_PI * x);
  out[o + 1] = 2 * y + 20 * Math.PI * Math.sin(TWO_PI * y);
  return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
}

// Only the global minimum is marked: the ~120 dimples near integer points would bury the map in markers.
export const rastrigin: Surface = {
  id: 'rastrigin',
  name: 'Rastrigin',
  formula: '20 + x² − 10 cos(2πx) + y² − 10 cos(2πy)',
  lesson: 'A bowl tiled with local minima near every integer point: small careful steps get trapped in the nearest dimple.',
  view: { x: [-5.12, 5.12], y: [-5.12, 5.12] },
  start: [2.2, -1.3],
  minima: [{ x: 0, y: 0, f: 0, kind: 'global' }],
  logLevels: false,
  value(x, y) {
    return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
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
