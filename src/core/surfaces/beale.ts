import type { Surface } from './Surface.ts';

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const y2 = y * y;
  const y3 = y2 * y;
  const a = 1.5 - x + x * y;
  const b = 2.25 - x + x * y2;
  const c = 2.625 - x + x * y3;
  out[o] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
  out[o + 1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y2;
  return a * a + b * b + c * c;
}

export const beale: Surface = {
  id: 'beale',
  name: 'Beale',
  formula: '(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
  lesson: 'Huge walls around flat plateaus and a narrow curved ravine: one learning rate cannot suit every region.',
  view: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  start: [1, 1],
  minima: [{ x: 3, y: 0.5, f: 0, kind: 'global' }],
  logLevels: true,
  value(x, y) {
    const y2 = y * y;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y2;
    const c = 2.625 - x + x * (y2 * y);
    return a * a + b * b + c * c;
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
