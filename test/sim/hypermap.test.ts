import { NoteError } from '../../src/state/NoteError.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runExperimentDocument } from '../../src/core/formats/experiment.ts';
import { HIDDEN } from '../../src/core/mlp/layout.ts';
import { defaultParams, type Params } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runTrace } from '../../src/core/trace.ts';
import { defaultState } from '../../src/state/AppState.ts';
import {
  cellParams,
  computeHypermap,
  computeHypermapCells,
  DIVERGED,
  emptyCells,
  NOT_REACHED,
  REACHED,
  surfaceCellRunner,
  type CellRunner,
  type HypermapGrid,
} from '../../src/sim/hypermap.ts';
import { hypermapGrid, hypermapRunner, hypermapTasks, runHypermapTask, type HypermapRequest } from '../../src/sim/hypermapTask.ts';
import { Simulation } from '../../src/sim/Simulation.ts';

const quadratic = surfaceById('quadratic')!;
const momentum = optimizerById('momentum')!;
const start = [-4, 1.5] as const;

const request = (over: Partial<HypermapRequest> = {}): HypermapRequest => {
  const state = defaultState();
  return {
    target: 'surface',
    state: { ...state, surface: 'quadratic' },
    start,
    optimizer: 'momentum',
    params: defaultParams(momentum),
    x: { key: 'lr', from: 1e-3, to: 1, count: 6, log: true },
    y: { key: 'momentum', from: 0, to: 0.99, count: 5, log: false },
    tol: 1e-4,
    steps: 300,
    ...over,
  };
};

/** Steps to the tolerance by a plain trace: the first point below it, or null. */
function traceSteps(params: Params, tol: number, steps: number): number | null {
  const k = runTrace(quadratic, momentum, params, start, steps).findIndex((p) => p[2] < tol);
  return k < 0 ? null : k;
}

describe('hyperparameter map on a surface', () => {
  it('gives every cell what a single run with its settings does', () => {
    const r = request();
    const grid = hypermapGrid(r);
    const cells = computeHypermap(grid, hypermapRunner(r, grid));
    const seen = new Set<number>();
    for (let c = 0; c < 30; c++) {
      const params = cellParams(grid, c);
      seen.add(cells.outcome[c]);
      if (cells.outcome[c] === DIVERGED) {
        // A race of that one ball diverges at the same update.
        const sim = new Simulation({ surface: quadratic, groups: [{ optimizer: momentum, params }], start });
        sim.tick(r.steps);
        expect(sim.particles()[0].status).toBe('diverged');
        expect(sim.particles()[0].step).toBe(cells.steps[c]);
        continue;
      }
      const expected = traceSteps(params, r.tol, r.steps);
      expect(cells.outcome[c]).toBe(expected === null ? NOT_REACHED : REACHED);
      expect(cells.steps[c]).toBe(expected ?? r.steps);
    }
    // The grid spans all three outcomes, so each branch above was checked.
    expect([...seen].sort()).toEqual([REACHED, NOT_REACHED, DIVERGED]);
  });

  it("sweeps lr on a log scale and momentum linearly, at the cells' centres, row 0 at the bottom", () => {
    const grid = hypermapGrid(request());
    const p = cellParams(grid, 1 * 6 + 2);
    expect(p.lr).toBeCloseTo(10 ** (-3 + (2.5 / 6) * 3), 12);
    expect(p.momentum).toBeCloseTo((1.5 / 5) * 0.99, 12);
  });

  it('sweeps one coefficient of a pair and keeps the other', () => {
    const adam = optimizerById('adam')!;
    const grid: HypermapGrid = {
      optimizer: adam,
      params: defaultParams(adam),
      x: { key: 'lr', from: 1e-3, to: 1, count: 2, log: true },
      y: { key: 'betas[1]', from: 0.9, to: 0.99, count: 3, log: false },
    };
    expect(cellParams(grid, 5).betas).toEqual([0.9, 0.9 + (2.5 / 3) * 0.09]);
  });

  it('computes each cell exactly once, whatever the chunks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 70 }), (cols, rows, chunk) => {
        const r = request({ x: { ...request().x, count: cols }, y: { ...request().y, count: rows } });
        const grid = hypermapGrid(r);
        const calls = new Uint8Array(cols * rows);
        const run: CellRunner = (_p, cell, out, o) => {
          calls[cell]++;
          out.steps[o] = cell;
        };
        const out = emptyCells(cols * rows);
        for (const t of hypermapTasks(r, chunk)) computeHypermapCells(grid, run, t.first, t.count, out, t.first);
        return calls.every((n) => n === 1) && out.steps.every((v, i) => v === i);
      }),
    );
  });

  it('answers a pool task with the cells the whole map has there', () => {
    const r = request();
    const grid = hypermapGrid(r);
    const whole = computeHypermap(grid, surfaceCellRunner(quadratic, momentum, start, r.tol, r.steps));
    const [, second] = hypermapTasks(r, 7);
    const part = runHypermapTask(second);
    expect(Array.from(part.steps)).toEqual(Array.from(whole.steps.subarray(7, 14)));
    expect(Array.from(part.outcome)).toEqual(Array.from(whole.outcome.subarray(7, 14)));
  });

  it('refuses bad requests with a note naming the field, one English line', () => {
    const refused = (over: Partial<HypermapRequest>) => {
      try {
        hypermapGrid(request(over));
      } catch (e) {
        if (e instanceof NoteError) return { note: e.note, line: e.message };
      }
      return null;
    };
    expect(refused({ x: { ...request().x, key: 'nesterov' } })).toEqual({
      note: { kind: 'invalid', field: 'x.key', expected: { is: 'oneOf', values: ['lr', 'momentum', 'dampening', 'weight_decay'] }, got: '"nesterov"' },
      line: 'x.key: expected one of lr, momentum, dampening, weight_decay, got "nesterov"',
    });
    expect(refused({ y: { ...request().y, key: 'lr' } })?.line).toBe('y.key: expected two different parameters, got "lr"');
    expect(refused({ x: { ...request().x, from: 0 } })?.line).toBe('x: expected finite from < to, both > 0 on a log axis, got [0, 1]');
    expect(refused({ y: { ...request().y, count: 65 } })?.line).toBe('y.count: expected an integer in [1, 64], got 65');
    expect(refused({ tol: Number.NaN })?.line).toBe('tol: expected a number >= 0, got NaN');
    expect(refused({ steps: -1 })?.line).toBe('steps: expected an integer >= 0, got -1');
    expect(refused({ state: { ...defaultState(), surface: 'mlp-slice' } })?.line).toBe('target: expected "network", got "surface"');
    expect(refused({ optimizer: 'adamx' })?.note).toMatchObject({ kind: 'unknownOptimizer', field: 'optimizer', got: '"adamx"' });
    const cell = refused({ x: { key: 'dampening', from: 0, to: 2, count: 4, log: false } })?.note;
    expect(cell).toMatchObject({ kind: 'params', optimizer: 'momentum' });
    expect(cell?.field).toMatch(/^dampening=[\d.]+, momentum=[\d.]+$/);
    expect(refused({})).toBeNull();
  });
});

describe('hyperparameter map of the network training', () => {
  it('scores each cell by the full-data loss after the last epoch of that training', () => {
    const state = defaultState();
    const experiment = { ...state.experiment, epochs: 2, points: 64, batchSize: 16 };
    const sgd = optimizerById('sgd')!;
    const r: HypermapRequest = {
      target: 'network',
      state: { ...state, surface: 'mlp-slice', experiment },
      start: [0, 0],
      optimizer: 'sgd',
      params: defaultParams(sgd),
      x: { key: 'lr', from: 1e-2, to: 1e3, count: 3, log: true },
      y: { key: 'weight_decay', from: 0, to: 0.1, count: 2, log: false },
      tol: 0.05,
      steps: 0,
    };
    const grid = hypermapGrid(r);
    const cells = computeHypermap(grid, hypermapRunner(r, grid));
    for (let c = 0; c < 6; c++) {
      const doc = runExperimentDocument({
        format: 'mlp-experiment/1',
        seed: experiment.seed,
        hidden: HIDDEN,
        epochs: 2,
        batchSize: 16,
        points: 64,
        noise: experiment.noise,
        runs: [{ optimizer: 'sgd', params: { ...cellParams(grid, c) } }],
      } as never);
      const loss = doc.runs[0].epochLoss![1];
      if (Number.isFinite(loss)) expect(cells.loss[c]).toBe(loss);
      expect(cells.outcome[c]).toBe(!Number.isFinite(loss) ? DIVERGED : loss < 0.05 ? REACHED : NOT_REACHED);
      expect(cells.steps[c]).toBe(2 * 4);
    }
    expect(cells.outcome[2]).toBe(DIVERGED);
  });
});
