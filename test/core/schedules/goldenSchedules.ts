import { readFileSync } from 'node:fs';
import type { GoldenCase } from '../goldenTraces.ts';

export interface GoldenScheduleCase extends GoldenCase {
  schedule: { type: string; params: Record<string, unknown> };
  lr: number[];
  momentum?: number[];
}

/** The reference schedule runs made with PyTorch 1.13 in float64 (a copy kept with the tests). */
export const goldenScheduleText = readFileSync(new URL('../../golden/schedule-traces.json', import.meta.url), 'utf8');
export const goldenSchedules = JSON.parse(goldenScheduleText) as { format: string; cases: GoldenScheduleCase[] };

/** The golden bar, |a - b| <= 1e-9 max(1, |b|), as a relative error. */
export const absError = (a: number, b: number): number => Math.abs(a - b) / Math.max(1, Math.abs(b));

/**
 * schedules.md's second bar for lr and momentum, |a - b| <= 1e-12 |b|: the largest |a - b| / |b|,
 * with a golden 0 that comes out non-zero counted as infinitely wrong.
 */
export function worstRelative(actual: readonly number[], expected: readonly number[]): { error: number; where: number } {
  let error = 0;
  let where = -1;
  expected.forEach((b, k) => {
    const a = actual[k];
    const e = a === b ? 0 : b === 0 ? Infinity : Math.abs(a - b) / Math.abs(b);
    if (!(e <= error)) {
      error = Number.isNaN(e) ? Infinity : e;
      where = k;
    }
  });
  return { error, where };
}
