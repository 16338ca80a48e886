import { createRandom } from '../random.ts';
import type { Surface, View } from '../surfaces/Surface.ts';
import { deriveSeed } from './deriveSeed.ts';
import { filterNormalizedDirection } from './filterNormalizedDirection.ts';
import { gridAxis } from './gridAxis.ts';
import { PARAM_COUNT } from './layout.ts';
import { batchLossGrad, fullLoss } from './network.ts';

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

  return {
    id: 'mlp-directions',
    name: 'Network loss: random plane',
    formula: `L(α, β) = mean over the ${n} points of (net(x) − y)² at θ0 + α d1 + β d2, d1 and d2 random filter-normalised directions`,
    lesson: 'All 61 weights move at once along two random directions scaled per neuron, the picture of a network\'s loss landscape from Li et al. (2018).',
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
        const f = gradient(alpha, beta, out, o);
        loss[q] = f;
        check += alpha + beta + f + out[o] + out[o + 1];
      }
      return check;
    },
    sampleGrid(v, nx, ny, out) {
      const as = gridAxis(v.x, nx);
      const bs = gridAxis(v.y, ny);
      for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) out[j * nx + i] = value(as[i], bs[j]);
    },
  };
}
