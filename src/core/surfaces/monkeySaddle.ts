import type { Surface } from './Surface.ts';

export const monkeySaddle: Surface = {
  id: 'monkey_saddle',
  name: 'Monkey saddle',
  formula: 'x³ − 3xy²',
  lesson:
    'A saddle with three downhill valleys and a gradient that vanishes to second order: escaping takes much longer than from an ordinary saddle.',
  view: { x: [-1.5, 1.5], y: [-1.5, 1.5] },
  start: [0.5, 0.3],
  minima: [{ x: 0, y: 0, f: 0, kind: 'saddle' }],
  logLevels: false,
  value(x, y) {
    return x * x * x - 3 * x * y * y;
  },
  gradient(x, y, out, o) {
    out[o] = 3 * x * x - 3 * y * y;
    out[o + 1] = -6 * x * y;
    return x * x * x - 3 * x * y * y;
  },
};
