import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  out[o] = 2 * x;
  out[o + 1] = -2 * y;
  return x * x - y * y;
}

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
