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
  lesson:
    'A bowl tiled with local minima near every integer point: small careful steps get trapped in the nearest dimple.',
  view: { x: [-5.12, 5.12], y: [-5.12, 5.12] },
  start: [2.2, -1.3],
  minima: [{ x: 0, y: 0, f: 0, kind: 'global' }],
  logLevels: false,
  value(x, y) {
    return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
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
