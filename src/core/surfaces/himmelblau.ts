import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const u = x * x + y - 11;
  const v = x + y * y - 7;
  out[o] = 4 * x * u + 2 * v;
  out[o + 1] = 2 * u + 4 * y * v;
  return u * u + v * v;
}

export const himmelblau: Surface = {
  id: 'himmelblau',
  name: 'Himmelblau',
  formula: '(x² + y − 11)² + (x + y² − 7)²',
  lesson: 'Four equally good minima: where you end up depends on where you start and how you move.',
  view: { x: [-5, 5], y: [-5, 5] },
  start: [0, 0.5],
  minima: [
    { x: 3, y: 2, f: 0, kind: 'global' },
    { x: -2.805118086952745, y: 3.131312518250573, f: 0, kind: 'global' },
    { x: -3.779310253377747, y: -3.283185991286169, f: 0, kind: 'global' },
    { x: 3.5844283403304917, y: -1.8481265269644034, f: 0, kind: 'global' },
  ],
  logLevels: true,
  value(x, y) {
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    return u * u + v * v;
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
