import { readFileSync } from 'node:fs';

export interface GoldenCase {
  id: string;
  surface: string;
  optimizer: string;
  params: Record<string, unknown>;
  start: [number, number];
  steps: number;
  trajectory: number[][];
}

/** The reference runs made with torch.optim 1.13 in float64 (a copy kept with the tests). */
export const goldenTraces = JSON.parse(readFileSync(new URL('../golden/optimizer-traces.json', import.meta.url), 'utf8')) as { format: string; cases: GoldenCase[] };

/** A case of rule-traces.json: an update rule's text in place of an optimizer id. */
export interface RuleCase extends Omit<GoldenCase, 'optimizer' | 'params'> {
  rule: string;
  params: Record<string, number>;
}

/** Update rules run by PyTorch 1.13 in float64, including ones torch.optim lacks (a copy kept with the tests). */
export const goldenRules = JSON.parse(readFileSync(new URL('../golden/rule-traces.json', import.meta.url), 'utf8')) as { format: string; cases: RuleCase[] };

/** The golden files' tolerance: |a - b| <= 1e-9 * max(1, |b|). */
export const TOLERANCE = 1e-9;

/** Largest |a - b| / max(1, |b|) over two trajectories, and where it is; NaN counts as infinitely wrong. */
export function worstError(actual: number[][], expected: number[][]): { error: number; where: string } {
  let error = 0;
  let where = '';
  expected.forEach((point, k) =>
    point.forEach((b, j) => {
      const e = Math.abs(actual[k]?.[j] - b) / Math.max(1, Math.abs(b));
      if (!(e <= error)) {
        error = Number.isNaN(e) ? Infinity : e;
        where = `point ${k}, ${'xyf'[j]}: got ${actual[k]?.[j]}, expected ${b}`;
      }
    }),
  );
  return { error, where };
}
