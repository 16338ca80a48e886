import type { Surface } from './Surface.ts';

const TWO_PI = 2 * Math.PI;

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
  gradient(x, y, out, o) {
    out[o] = 2 * x + 20 * Math.PI * Math.sin(TWO_PI * x);
    out[o + 1] = 2 * y + 20 * Math.PI * Math.sin(TWO_PI * y);
    return 20 + x * x - 10 * Math.cos(TWO_PI * x) + y * y - 10 * Math.cos(TWO_PI * y);
  },
};
