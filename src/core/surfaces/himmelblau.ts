import type { Surface } from './Surface.ts';

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
  gradient(x, y, out, o) {
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    out[o] = 4 * x * u + 2 * v;
    out[o + 1] = 2 * u + 4 * y * v;
    return u * u + v * v;
  },
};
