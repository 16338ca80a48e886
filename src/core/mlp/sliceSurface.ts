import { InputError } from '../InputError.ts';
import { createRandom } from '../random.ts';
import type { Surface, View } from '../surfaces/Surface.ts';
import { gridAxis } from './gridAxis.ts';
import { B2, HIDDEN, parseParamName } from './layout.ts';

/** What the surface teaches; the app's word catalogue reads it too. */
export const SLICE_LESSON = 'A real network seen through two of its 61 weights: ReLU units switching on and off fold the loss into ridges, creases and flat shelves.';

export interface SliceSurfaceConfig {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** All 61 weights; the two free ones are replaced by (a, b), the other 59 stay frozen. */
  readonly base: Float64Array;
  /** Names of the free parameters a (horizontal) and b (vertical), e.g. ["w1[3]", "w2[3]"]. */
  readonly params: readonly [string, string];
  /** Default: a square of half-width 2 around the base values of a and b. */
  readonly view?: View;
  /** Where the balls start; default: the base values of a and b, i.e. the network as it is. */
  readonly start?: readonly [number, number];
  /** Makes gradient() stochastic: each call uses a fresh minibatch of `size` points drawn from `seed`. */
  readonly batch?: { readonly size: number; readonly seed: number };
}

/**
 * The full-data loss as a function of two of the 61 weights. Every hidden unit that neither free
 * parameter belongs to contributes the same output at each data point whatever a and b are, so those
 * contributions (and b2 when it is frozen) are summed once, with -y, into a residual per point. A
 * call then only evaluates the one or two touched units ("slots") per point.
 *
 * Slot parameters live in a 7-vector: [w1, b1, w2] of slot 0, the same of slot 1, then b2 (0 when
 * b2 is frozen, as it is already in the residual). An unused slot is all zeros, so its unit outputs
 * relu(0) * 0 = 0 and the loops need no case for it.
 */
export function createSliceSurface(config: SliceSurfaceConfig): Surface {
  const { x, y, base } = config;
  const [nameA, nameB] = config.params;
  const pa = parseParamName(nameA);
  const pb = parseParamName(nameB);
  if (pa === pb) throw new InputError(`weights: the two free parameters must differ, got "${nameA}" twice`);
  const n = x.length;

  const units: number[] = [];
  const slotIndex = (p: number): number => {
    if (p === B2) return 6;
    const unit = p % HIDDEN;
    if (!units.includes(unit)) units.push(unit);
    return 3 * units.indexOf(unit) + Math.floor(p / HIDDEN);
  };
  const ka = slotIndex(pa);
  const kb = slotIndex(pb);

  const par0 = new Float64Array(7);
  units.forEach((unit, s) => {
    for (let kind = 0; kind < 3; kind++) par0[3 * s + kind] = base[kind * HIDDEN + unit];
  });
  const b2Free = pa === B2 || pb === B2;
  if (b2Free) par0[6] = base[B2];

  const residual = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let out = b2Free ? 0 : base[B2];
    for (let j = 0; j < HIDDEN; j++) {
      if (units.includes(j)) continue;
      const h = base[j] * x[p] + base[HIDDEN + j];
      if (h > 0) out += base[2 * HIDDEN + j] * h;
    }
    residual[p] = out - y[p];
  }

  const par = new Float64Array(7);
  const acc = new Float64Array(7);
  const all = Int32Array.from({ length: n }, (_, i) => i);

  /** Loss over points idx[0..count) at par, with the 7 partial sums of dL/dpar (unscaled) in acc. */
  const lossGrad = (idx: Int32Array, count: number): number => {
    const w10 = par[0],
      b10 = par[1],
      w20 = par[2];
    const w11 = par[3],
      b11 = par[4],
      w21 = par[5];
    const bias = par[6];
    let gw10 = 0,
      gb10 = 0,
      gw20 = 0,
      gw11 = 0,
      gb11 = 0,
      gw21 = 0,
      gbias = 0;
    let loss = 0;
    for (let k = 0; k < count; k++) {
      const p = idx[k];
      const xi = x[p];
      const h0 = w10 * xi + b10;
      const h1 = w11 * xi + b11;
      const a0 = h0 > 0 ? h0 : 0;
      const a1 = h1 > 0 ? h1 : 0;
      const r = residual[p] + bias + w20 * a0 + w21 * a1;
      loss += r * r;
      gbias += r;
      if (a0 > 0) {
        gw10 += r * w20 * xi;
        gb10 += r * w20;
        gw20 += r * a0;
      }
      if (a1 > 0) {
        gw11 += r * w21 * xi;
        gb11 += r * w21;
        gw21 += r * a1;
      }
    }
    acc[0] = gw10;
    acc[1] = gb10;
    acc[2] = gw20;
    acc[3] = gw11;
    acc[4] = gb11;
    acc[5] = gw21;
    acc[6] = gbias;
    return loss / count;
  };

  const setPar = (a: number, b: number): void => {
    par.set(par0);
    par[ka] = a;
    par[kb] = b;
  };

  const batch = config.batch;
  let nextBatch = (): number => n;
  let order = all;
  if (batch) {
    if (!(Number.isInteger(batch.size) && batch.size >= 1 && batch.size <= n)) {
      throw new InputError(`batch.size: must be an integer in [1, ${n}], got ${batch.size}`);
    }
    const random = createRandom(batch.seed);
    order = Int32Array.from(all);
    // A partial Fisher–Yates draw: the first `size` entries become a fresh sample without replacement.
    nextBatch = () => {
      for (let k = 0; k < batch.size; k++) {
        const j = k + random.int(n - k);
        const t = order[k];
        order[k] = order[j];
        order[j] = t;
      }
      return batch.size;
    };
  }

  /** A stochastic surface draws a fresh minibatch for every call, so n particles take n batches in turn. */
  const gradient = (a: number, b: number, out: Float64Array, o: number): number => {
    setPar(a, b);
    const count = nextBatch();
    const loss = lossGrad(order, count);
    out[o] = (2 / count) * acc[ka];
    out[o + 1] = (2 / count) * acc[kb];
    return loss;
  };

  const view: View = config.view ?? { x: [base[pa] - 2, base[pa] + 2], y: [base[pb] - 2, base[pb] + 2] };

  const sameUnit = ka < 6 && kb < 6 && Math.floor(ka / 3) === Math.floor(kb / 3);

  return {
    id: 'mlp-slice',
    name: `Network loss: ${nameA} × ${nameB}`,
    formula: `L(a, b) = mean over the ${n} points of (net(x) − y)², with ${nameA} = a, ${nameB} = b and the other 59 weights frozen`,
    lesson: SLICE_LESSON,
    view,
    start: config.start ?? [base[pa], base[pb]],
    minima: [],
    logLevels: true,
    value(a, b) {
      setPar(a, b);
      return lossGrad(all, n);
    },
    gradient,
    gradientMany(pos, grad, loss, np) {
      let check = 0;
      for (let q = 0, o = 0; q < np; q++, o += 2) {
        const a = pos[o];
        const b = pos[o + 1];
        const f = gradient(a, b, grad, o);
        loss[q] = f;
        check += a + b + f + grad[o] + grad[o + 1];
      }
      return check;
    },
    sampleGrid(v, nx, ny, out) {
      const as = gridAxis(v.x, nx);
      const bs = gridAxis(v.y, ny);
      if (sameUnit) sampleSameUnit(as, bs, out);
      else sampleSeparable(as, bs, out);
    },
  };

  /** Both free parameters in one unit: per cell, one unit per point on top of the residual. */
  function sampleSameUnit(as: Float64Array, bs: Float64Array, out: Float64Array): void {
    const nx = as.length;
    for (let j = 0; j < bs.length; j++) {
      for (let i = 0; i < nx; i++) {
        setPar(as[i], bs[j]);
        const w1 = par[0];
        const b1 = par[1];
        const w2 = par[2];
        let loss = 0;
        for (let p = 0; p < n; p++) {
          const h = w1 * x[p] + b1;
          const r = h > 0 ? residual[p] + w2 * h : residual[p];
          loss += r * r;
        }
        out[j * nx + i] = loss / n;
      }
    }
  }

  /**
   * a and b in different units (or one is b2): the output is residual + U(a) + V(b), so U is tabulated
   * once per column and V once per row, and each cell is a plain sum of squares.
   */
  function sampleSeparable(as: Float64Array, bs: Float64Array, out: Float64Array): void {
    const nx = as.length;
    const u = new Float64Array(nx * n);
    for (let i = 0; i < nx; i++) contribution(ka, as[i], u, i * n);
    const w = new Float64Array(n);
    for (let j = 0; j < bs.length; j++) {
      contribution(kb, bs[j], w, 0);
      for (let p = 0; p < n; p++) w[p] += residual[p];
      for (let i = 0; i < nx; i++) {
        const off = i * n;
        let loss = 0;
        for (let p = 0; p < n; p++) {
          const r = w[p] + u[off + p];
          loss += r * r;
        }
        out[j * nx + i] = loss / n;
      }
    }
  }

  /** Writes what par index k's slot adds to the output at every point when k takes the value v. */
  function contribution(k: number, v: number, into: Float64Array, off: number): void {
    if (k === 6) {
      into.fill(v, off, off + n);
      return;
    }
    const s = 3 * Math.floor(k / 3);
    par.set(par0);
    par[k] = v;
    const w1 = par[s];
    const b1 = par[s + 1];
    const w2 = par[s + 2];
    for (let p = 0; p < n; p++) {
      const h = w1 * x[p] + b1;
      into[off + p] = h > 0 ? w2 * h : 0;
    }
  }
}
