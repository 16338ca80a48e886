import { createRandom } from '../random.ts';
import type { Surface, View } from '../surfaces/Surface.ts';
import { deriveSeed } from './deriveSeed.ts';
import { filterNormalizedDirection } from './filterNormalizedDirection.ts';
import { gridAxis } from './gridAxis.ts';
import { B1, B2, HIDDEN, PARAM_COUNT, W1, W2 } from './layout.ts';
import { batchLossGrad, fullLoss } from './network.ts';

/** What the surface teaches; the app's word catalogue reads it too. */
export const DIRECTIONS_LESSON =
  "All 61 weights move at once along two random directions scaled per neuron, the picture of a network's loss landscape from Li et al. (2018).";

export interface DirectionsSurfaceConfig {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The snapshot θ0 the plane passes through (61 weights). */
  readonly base: Float64Array;
  /** Seeds the two random directions. */
  readonly seed: number;
  /** Default: α and β in [-1, 1]. */
  readonly view?: View;
  /** Where the balls start; default: (0, 0), the snapshot itself. */
  readonly start?: readonly [number, number];
}

export interface DirectionsSurface extends Surface {
  /** The two filter-normalised directions, spanning the plane. */
  readonly d1: Float64Array;
  readonly d2: Float64Array;
}

/**
 * The full-data loss on the plane θ0 + α d1 + β d2 through a snapshot, along two random
 * filter-normalised directions: the view of the whole network's loss that Li et al. 2018 popularised.
 */
export function createDirectionsSurface(config: DirectionsSurfaceConfig): DirectionsSurface {
  const { x, y, base } = config;
  const n = x.length;
  const random = createRandom(deriveSeed(config.seed, 'directions'));
  const d1 = filterNormalizedDirection(random, base);
  const d2 = filterNormalizedDirection(random, base);
  const theta = new Float64Array(PARAM_COUNT);
  const grad = new Float64Array(PARAM_COUNT);
  const all = Int32Array.from({ length: n }, (_, i) => i);

  const place = (alpha: number, beta: number): Float64Array => {
    for (let i = 0; i < PARAM_COUNT; i++) theta[i] = base[i] + alpha * d1[i] + beta * d2[i];
    return theta;
  };
  const value = (alpha: number, beta: number): number => fullLoss(place(alpha, beta), x, y);
  const gradient = (alpha: number, beta: number, out: Float64Array, o: number): number => {
    const loss = batchLossGrad(place(alpha, beta), x, y, all, 0, n, grad);
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < PARAM_COUNT; i++) {
      ga += grad[i] * d1[i];
      gb += grad[i] * d2[i];
    }
    out[o] = ga;
    out[o + 1] = gb;
    return loss;
  };

  const sweep = createPlaneSweep(x, y, base, d1, d2);

  return {
    id: 'mlp-directions',
    name: 'Network loss: random plane',
    formula: `L(α, β) = mean over the ${n} points of (net(x) − y)² at θ0 + α d1 + β d2, d1 and d2 random filter-normalised directions`,
    lesson: DIRECTIONS_LESSON,
    view: config.view ?? { x: [-1, 1], y: [-1, 1] },
    start: config.start ?? [0, 0],
    minima: [],
    logLevels: true,
    d1,
    d2,
    value,
    gradient,
    gradientMany(pos, out, loss, np) {
      let check = 0;
      for (let q = 0, o = 0; q < np; q++, o += 2) {
        const alpha = pos[o];
        const beta = pos[o + 1];
        const f = sweep(alpha, beta, out, o);
        loss[q] = f;
        check += alpha + beta + f + out[o] + out[o + 1];
      }
      return check;
    },
    sampleGrid(v, nx, ny, out) {
      const as = gridAxis(v.x, nx);
      const bs = gridAxis(v.y, ny);
      // The sweep's loss, which the particles report too: a grid of it costs a tenth of the network's pass.
      const partials = new Float64Array(2);
      for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) out[j * nx + i] = sweep(as[i], bs[j], partials, 0);
    },
  };
}

/**
 * The loss at θ0 + α d1 + β d2 and its partials in α and β without backpropagation, for the batch
 * entry point. Along the data sorted by x, a hidden unit is active on one run of points (w1 x + b1
 * is monotone in x), so the whole network is, between the at most 40 places where a unit switches,
 * a straight line in x, and so are its derivatives along d1 and d2. Each particle then costs a pass
 * over the data of a dozen operations per point whatever the width, instead of a forward and
 * backward pass through every unit and two 61-term dot products. The activity of each unit is
 * decided by the same expression as in the network's own pass; the sums are grouped otherwise, so
 * the results agree with `gradient` to rounding (about 1e-15), not bit for bit.
 */
function createPlaneSweep(x: Float64Array, y: Float64Array, base: Float64Array, d1: Float64Array, d2: Float64Array) {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const xs = Float64Array.from(order, (i) => x[i]);
  const ys = Float64Array.from(order, (i) => y[i]);
  // Per unit: where it is active, [from, to), and the slope and intercept in x of its output term and
  // of that term's derivatives along d1 and d2.
  const from = new Int32Array(HIDDEN);
  const to = new Int32Array(HIDDEN);
  const coef = new Float64Array(6 * HIDDEN);
  const cuts = new Int32Array(2 * HIDDEN + 2);

  /** The first index in [0, n) where w xs[i] + b > 0 turns from `before` to its opposite, else n. */
  const firstChange = (w: number, b: number, before: boolean): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w * xs[mid] + b > 0 === before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return (alpha: number, beta: number, grad: Float64Array, o: number): number => {
    let cutCount = 0;
    cuts[cutCount++] = 0;
    cuts[cutCount++] = n;
    for (let j = 0; j < HIDDEN; j++) {
      const u1 = d1[W1 + j],
        c1 = d1[B1 + j],
        e1 = d1[W2 + j];
      const u2 = d2[W1 + j],
        c2 = d2[B1 + j],
        e2 = d2[W2 + j];
      // The same expressions as the network's weights at this point of the plane.
      const w = base[W1 + j] + alpha * u1 + beta * u2;
      const b = base[B1 + j] + alpha * c1 + beta * c2;
      const v = base[W2 + j] + alpha * e1 + beta * e2;
      const first = n > 0 && w * xs[0] + b > 0;
      const change = firstChange(w, b, first);
      from[j] = first ? 0 : change;
      to[j] = first ? change : n;
      cuts[cutCount++] = change;
      const k = 6 * j;
      coef[k] = v * w;
      coef[k + 1] = v * b;
      coef[k + 2] = e1 * w + v * u1;
      coef[k + 3] = e1 * b + v * c1;
      coef[k + 4] = e2 * w + v * u2;
      coef[k + 5] = e2 * b + v * c2;
    }
    for (let c = 1; c < cutCount; c++) {
      const cut = cuts[c];
      let d = c;
      for (; d > 0 && cuts[d - 1] > cut; d--) cuts[d] = cuts[d - 1];
      cuts[d] = cut;
    }
    const bias = base[B2] + alpha * d1[B2] + beta * d2[B2];
    const da = d1[B2];
    const db = d2[B2];
    let loss = 0;
    let ga = 0;
    let gb = 0;
    for (let c = 0; c + 1 < cutCount; c++) {
      const start = cuts[c];
      const end = cuts[c + 1];
      if (start === end) continue;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0,
        s4 = 0,
        s5 = 0;
      for (let j = 0; j < HIDDEN; j++) {
        if (from[j] > start || to[j] <= start) continue;
        const k = 6 * j;
        s0 += coef[k];
        s1 += coef[k + 1];
        s2 += coef[k + 2];
        s3 += coef[k + 3];
        s4 += coef[k + 4];
        s5 += coef[k + 5];
      }
      for (let p = start; p < end; p++) {
        const xi = xs[p];
        const r = bias + (s0 * xi + s1) - ys[p];
        loss += r * r;
        ga += r * (da + (s2 * xi + s3));
        gb += r * (db + (s4 * xi + s5));
      }
    }
    grad[o] = (2 / n) * ga;
    grad[o + 1] = (2 / n) * gb;
    return loss / n;
  };
}
