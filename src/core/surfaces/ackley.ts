import type { Surface } from './Surface.ts';

const TWO_PI = 2 * Math.PI;

/** f and its gradient at one point: the one formula both entry points use. */
function gradient(x: number, y: number, out: Float64Array, o: number): number {
  const r = Math.sqrt(0.5 * (x * x + y * y));
  const cone = Math.exp(-0.2 * r);
  const ripple = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
  // The cone's tip has no derivative; 0 is its symmetric subgradient.
  const gx = r === 0 ? 0 : (2 * x * cone) / r;
  const gy = r === 0 ? 0 : (2 * y * cone) / r;
  out[o] = gx + Math.PI * Math.sin(TWO_PI * x) * ripple;
  out[o + 1] = gy + Math.PI * Math.sin(TWO_PI * y) * ripple;
  return -20 * cone - ripple + Math.E + 20;
}

export const ackley: Surface = {
  id: 'ackley',
  name: 'Ackley',
  formula: '−20 exp(−0.2 √(0.5 (x² + y²))) − exp(0.5 (cos 2πx + cos 2πy)) + e + 20',
  lesson: 'An almost flat, rippled plain around one deep narrow hole: far from the centre the gradient says little about where the minimum is.',
  view: { x: [-5, 5], y: [-5, 5] },
  start: [1.5, 2],
  minima: [{ x: 0, y: 0, f: 0, kind: 'global' }],
  logLevels: false,
  value(x, y) {
    const r = Math.sqrt(0.5 * (x * x + y * y));
    const ripple = Math.exp(0.5 * (Math.cos(TWO_PI * x) + Math.cos(TWO_PI * y)));
    return -20 * Math.exp(-0.2 * r) - ripple + Math.E + 20;
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
