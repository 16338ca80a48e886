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
  lesson:
    'A saddle with three downhill valleys and a gradient that vanishes to second order: escaping takes much longer than from an ordinary saddle.',
  view: { x: [-1.5, 1.5], y: [-1.5, 1.5] },
  start: [0.5, 0.3],
  minima: [{ x: 0, y: 0, f: 0, kind: 'saddle' }],
  logLevels: false,
  value(x, y) {
    return x * x * x - 3 * x * y * y;
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
