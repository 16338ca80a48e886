import type { Random } from '../random.ts';
import { linspace } from './linspace.ts';

export interface Dataset {
  x: Float64Array;
  y: Float64Array;
}

/** The tutorial's data: x evenly spaced over [-1, 1], y = x² plus Gaussian noise of standard deviation `noise`. */
export function makeDataset(random: Random, n = 1000, noise = 0.1): Dataset {
  const x = linspace(-1, 1, n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = x[i] * x[i] + noise * random.normal();
  return { x, y };
}
