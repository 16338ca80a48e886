import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument, type RunDocument } from '../../../src/core/formats/experiment.ts';
import { packWeights, type Weights } from '../../../src/core/mlp/layout.ts';
import { worstRelative } from '../schedules/goldenSchedules.ts';
import { relError, TOLERANCE } from './golden.ts';

/** The PyTorch float64 runs of the experiment with a schedule per optimizer (seed 1's data, init and order). */
const golden = JSON.parse(readFileSync(new URL('../../golden/mlp-schedules.json', import.meta.url), 'utf8')) as { runs: unknown[] };
type GoldenRun = Required<Pick<RunDocument, 'optimizer' | 'schedule' | 'batchLoss' | 'epochLoss' | 'lr'>> & Pick<RunDocument, 'momentum'> & { final: Weights };
const goldenRuns = golden.runs as GoldenRun[];

const worst: Record<string, number> = { batchLoss: 0, epochLoss: 0, final: 0, lr: 0, momentum: 0, lrRelative: 0, momentumRelative: 0 };

function worstAbs(actual: readonly number[], expected: readonly number[]): { error: number; where: number } {
  let error = 0;
  let where = -1;
  expected.forEach((b, k) => {
    const e = relError(actual[k], b);
    if (!(e <= error)) [error, where] = [Number.isNaN(e) ? Infinity : e, k];
  });
  return { error, where };
}

describe('the scheduled experiment reproduces PyTorch (float64)', () => {
  afterAll(() =>
    console.log(
      `scheduled experiment, worst errors: ${Object.entries(worst)
        .map(([k, v]) => `${k} ${v.toExponential(2)}`)
        .join(', ')}`,
    ),
  );

  const out = runExperimentDocument(parseExperimentDocument(golden));

  it('has seven runs, each with its own schedule and interval', () => {
    expect(out.runs.map((r) => r.optimizer)).toEqual(goldenRuns.map((r) => r.optimizer));
    expect(new Set(goldenRuns.map((r) => r.schedule.type)).size).toBe(7);
    expect(new Set(goldenRuns.map((r) => r.schedule.interval))).toEqual(new Set(['epoch', 'batch']));
    out.runs.forEach((r, i) => expect(r.schedule).toEqual(goldenRuns[i].schedule));
  });

  it.each(goldenRuns.map((r, i) => [`${r.optimizer} ${r.schedule.type} per ${r.schedule.interval}`, i] as const))('%s', (_name, i) => {
    const run = out.runs[i];
    const g = goldenRuns[i];
    const series: [string, number[] | undefined, number[] | undefined][] = [
      ['batchLoss', run.batchLoss, g.batchLoss],
      ['epochLoss', run.epochLoss, g.epochLoss],
      ['final', run.final && Array.from(packWeights(run.final)), Array.from(packWeights(g.final))],
      ['lr', run.lr, g.lr],
      ['momentum', run.momentum, g.momentum],
    ];
    for (const [name, actual, expected] of series) {
      expect(actual === undefined, `${name} present`).toBe(expected === undefined);
      if (!actual || !expected) continue;
      expect(actual, name).toHaveLength(expected.length);
      const abs = worstAbs(actual, expected);
      worst[name] = Math.max(worst[name], abs.error);
      expect(abs.error, `${name}[${abs.where}]: ${actual[abs.where]} vs ${expected[abs.where]}`).toBeLessThanOrEqual(TOLERANCE);
      if (name === 'lr' || name === 'momentum') {
        const rel = worstRelative(actual, expected);
        worst[`${name}Relative`] = Math.max(worst[`${name}Relative`], rel.error);
        expect(rel.error, `${name}[${rel.where}] relative`).toBeLessThanOrEqual(1e-12);
      }
    }
  });
});
