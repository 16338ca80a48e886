import { B1, B2, HIDDEN, W1, W2 } from './layout.ts';

/**
 * The network's output for every x in xs, written to out[0..xs.length) and returned. theta is the
 * 61-weight layout of layout.ts and is only read; nothing is allocated.
 */
export function predict(theta: Float64Array, xs: Float64Array, out: Float64Array): Float64Array {
  if (out.length < xs.length) throw new RangeError(`out holds ${out.length} values for ${xs.length} inputs`);
  const b2 = theta[B2];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    let yhat = b2;
    for (let j = 0; j < HIDDEN; j++) {
      const h = theta[W1 + j] * x + theta[B1 + j];
      if (h > 0) yhat += theta[W2 + j] * h;
    }
    out[i] = yhat;
  }
  return out;
}
