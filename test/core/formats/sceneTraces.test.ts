import { describe, expect, it } from 'vitest';
import { experimentCsv } from '../../../src/core/formats/experimentCsv.ts';
import { CONSTANT_SCHEDULE, sceneTraces } from '../../../src/core/formats/sceneTraces.ts';
import { fillTraces } from '../../../src/core/formats/traces.ts';
import { TRACES_CSV_HEADER, tracesCsv } from '../../../src/core/formats/tracesCsv.ts';
import { formulaSurface } from '../../../src/core/expr/FormulaSurface.ts';
import type { ExperimentDocument } from '../../../src/core/formats/experimentDocument.ts';
import { defaultParams } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../../src/core/surfaces/registry.ts';

const run = (id: string, schedule: { type: string; params: Record<string, number> } | null = null) => {
  const optimizer = optimizerById(id)!;
  return { optimizer, params: { ...defaultParams(optimizer), lr: 0.01 }, schedule };
};
const starts: [number, number][] = [
  [-1.5, 2],
  [0.3, -0.7],
];

describe('sceneTraces', () => {
  it("writes optimizer-traces/1 that the CLI's reader fills with the same trajectories", () => {
    const doc = sceneTraces(surfaceById('rosenbrock')!, { surface: 'rosenbrock' }, [run('sgd'), run('adam')], starts, 40);
    expect(doc.format).toBe('optimizer-traces/1');
    expect(doc.cases.map((c) => c.id)).toEqual(['sgd/0', 'sgd/1', 'adam/0', 'adam/1']);
    const json = JSON.parse(JSON.stringify(doc)) as typeof doc;
    const refilled = fillTraces({ ...json, cases: json.cases.map(({ trajectory: _t, ...c }) => c) }).cases as typeof doc.cases;
    expect(refilled.map((c) => c.trajectory)).toEqual(doc.cases.map((c) => c.trajectory));
    expect(doc.cases[0].trajectory).toHaveLength(41);
    expect(doc.cases[3].trajectory[0]).toEqual([0.3, -0.7, surfaceById('rosenbrock')!.value(0.3, -0.7)]);
  });

  it('with a schedule writes schedule-traces/1; a run without one keeps its constant lr', () => {
    const surface = surfaceById('himmelblau')!;
    const doc = sceneTraces(surface, { surface: 'himmelblau' }, [run('sgd'), run('momentum', { type: 'StepLR', params: { step_size: 5, gamma: 0.5 } })], starts, 20);
    expect(doc.format).toBe('schedule-traces/1');
    expect(doc.cases[0].schedule).toEqual(CONSTANT_SCHEDULE);
    const plain = sceneTraces(surface, { surface: 'himmelblau' }, [run('sgd')], starts, 20);
    expect(doc.cases[0].trajectory).toEqual(plain.cases[0].trajectory);
    const refilled = fillTraces(JSON.parse(JSON.stringify(doc))) as { cases: { trajectory: number[][] }[] };
    expect(refilled.cases.map((c) => c.trajectory)).toEqual(doc.cases.map((c) => c.trajectory));
  });

  it('a typed surface travels as its formula', () => {
    const typed = formulaSurface('x^2 + 3*sin(y)');
    if (!typed.ok) throw new Error(typed.error.message);
    const doc = sceneTraces(typed.surface, { formula: 'x^2 + 3*sin(y)' }, [run('rmsprop')], starts, 10);
    const refilled = fillTraces(JSON.parse(JSON.stringify(doc))) as { cases: { trajectory: number[][] }[] };
    expect(refilled.cases[1].trajectory).toEqual(doc.cases[1].trajectory);
  });
});

/** A plain CSV reader: header names, then rows of fields (no quoted commas in these files). */
const readCsv = (text: string) => {
  const [head, ...rows] = text.trimEnd().split('\n');
  return { head: head.split(','), rows: rows.map((r) => r.split(',')) };
};

describe('tracesCsv', () => {
  it('has a header and a row per point of every case that reads back to the same numbers', () => {
    const doc = sceneTraces(surfaceById('beale')!, { surface: 'beale' }, [run('nag'), run('adagrad')], starts, 15);
    const text = tracesCsv(doc);
    const { head, rows } = readCsv(text);
    expect(head.join(',')).toBe(TRACES_CSV_HEADER);
    expect(rows).toHaveLength(4 * 16);
    const back = new Map<string, number[][]>();
    for (const [opt, particle, step, x, y, f] of rows) {
      const key = `${opt}/${particle}`;
      if (!back.has(key)) back.set(key, []);
      expect(Number(step)).toBe(back.get(key)!.length);
      back.get(key)!.push([Number(x), Number(y), Number(f)]);
    }
    for (const c of doc.cases) expect(back.get(c.id)).toEqual(c.trajectory);
  });
});

describe('experimentCsv', () => {
  const doc = {
    format: 'mlp-experiment/1',
    epochs: 3,
    batchSize: 32,
    runs: [
      { optimizer: 'sgd', params: {}, epochLoss: [0.5, 0.25, 0.125] },
      { optimizer: 'adam', params: {}, epochLoss: [0.4, 0.2, 0.1] },
    ],
  } as unknown as ExperimentDocument;

  it('writes one row per epoch and one column per run', () => {
    const { head, rows } = readCsv(experimentCsv(doc));
    expect(head).toEqual(['epoch', 'sgd', 'adam']);
    expect(rows.map((r) => r.map(Number))).toEqual([
      [1, 0.5, 0.4],
      [2, 0.25, 0.2],
      [3, 0.125, 0.1],
    ]);
  });

  it('names the batch size when the runs differ in it', () => {
    const mixed = { ...doc, runs: [{ ...doc.runs[0], batchSize: 8 }, { ...doc.runs[1] }] } as ExperimentDocument;
    expect(readCsv(experimentCsv(mixed)).head).toEqual(['epoch', 'sgd (batch 8)', 'adam (batch 32)']);
  });
});
