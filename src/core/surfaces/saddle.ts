import type { Surface } from './Surface.ts';

export const saddle: Surface = {
  id: 'saddle',
  name: 'Saddle',
  formula: 'x² − y²',
  lesson:
    'A zero gradient is not a minimum: starting near the ridge, plain gradient descent stalls before it escapes, while methods that normalise the gradient leave much sooner.',
  view: { x: [-2, 2], y: [-2, 2] },
  start: [-1.5, 0.01],
  minima: [{ x: 0, y: 0, f: 0, kind: 'saddle' }],
  logLevels: false,
  value(x, y) {
    return x * x - y * y;
  },
  gradient(x, y, out, o) {
    out[o] = 2 * x;
    out[o + 1] = -2 * y;
    return x * x - y * y;
  },
};
