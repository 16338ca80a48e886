import { readFileSync } from 'node:fs';
import type { Weights } from '../../../src/core/mlp/layout.ts';
import { packWeights } from '../../../src/core/mlp/layout.ts';

export interface GoldenRun {
  optimizer: string;
  params: Record<string, unknown>;
  batchLoss: number[];
  epochLoss: number[];
  final: Weights;
}

export interface GoldenSlice {
  weights: [string, string];
  snapshot: string;
  base: Weights;
  points: [number, number][];
  loss: number[];
  grad: [number, number][];
}

export interface GoldenExperiment {
  format: string;
  seed: number;
  hidden: number;
  data: { x: number[]; y: number[] };
  init: Weights;
  epochs: number;
  batchSize: number;
  order: number[][];
  runs: GoldenRun[];
  slices: GoldenSlice[];
}

/** The PyTorch float64 run of the 1-20-1 experiment, kept byte-identical to the shared golden file. */
export const goldenText = readFileSync(new URL('../../golden/mlp-experiment.json', import.meta.url), 'utf8');
export const golden = JSON.parse(goldenText) as GoldenExperiment;
export const goldenX = Float64Array.from(golden.data.x);
export const goldenY = Float64Array.from(golden.data.y);
export const goldenInit = packWeights(golden.init);
export const goldenOrders = golden.order.map((o) => Int32Array.from(o));

/** The tolerance of the golden file: |a - b| <= 1e-9 * max(1, |b|); returns the relative error. */
export function relError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}
export const TOLERANCE = 1e-9;
