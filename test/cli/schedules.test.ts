import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scheduleTypes } from '../../src/core/schedules/registry.ts';
import { TOLERANCE, worstError } from '../core/goldenTraces.ts';
import { absError, goldenSchedules as golden, worstRelative, type GoldenScheduleCase } from '../core/schedules/goldenSchedules.ts';
import { expectInputError, runCapture } from './runIo.ts';

type Series = Record<string, number[]>;
type GoldenRun = {
  optimizer: string;
  params: object;
  schedule: { type: string };
  batchLoss: number[];
  epochLoss: number[];
  final: Series;
  lr: number[];
  momentum?: number[];
};
const goldenExperiment = JSON.parse(readFileSync('test/golden/mlp-schedules.json', 'utf8')) as { runs: GoldenRun[] };

/** Both bars of schedules.md on one series: the golden tolerance, and 1e-12 relative for lr and momentum. */
function expectSeries(actual: number[] | undefined, expected: number[], what: string, relative: boolean): void {
  expect(actual, what).toHaveLength(expected.length);
  const abs = Math.max(0, ...expected.map((b, k) => absError(actual![k], b)));
  expect(abs, what).toBeLessThanOrEqual(TOLERANCE);
  if (relative) expect(worstRelative(actual!, expected).error, `${what} relative`).toBeLessThanOrEqual(1e-12);
}

const strip = ({ trajectory: _t, lr: _l, momentum: _m, ...rest }: GoldenScheduleCase) => rest;

describe('slopes trace --cases with a schedule-traces/1 file', () => {
  it('fills in every trajectory, lr and (where it cycles) momentum from a stripped copy', () => {
    const stripped = { ...golden, cases: golden.cases.map(strip) };
    const { code, out, err } = runCapture(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(stripped) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const filled = JSON.parse(out) as typeof golden;
    expect(filled.format).toBe('schedule-traces/1');
    expect(filled.cases.map((c) => c.id)).toEqual(golden.cases.map((c) => c.id));
    filled.cases.forEach((c, i) => {
      const g = golden.cases[i];
      const path = worstError(c.trajectory, g.trajectory);
      expect(path.error, `${g.id} ${path.where}`).toBeLessThanOrEqual(TOLERANCE);
      expectSeries(c.lr, g.lr, `${g.id} lr`, true);
      expect('momentum' in c, `${g.id} has momentum`).toBe('momentum' in g);
      if (g.momentum) expectSeries(c.momentum, g.momentum, `${g.id} momentum`, true);
    });
  });

  it('writes every schedule argument out, defaults included', () => {
    const c = golden.cases.find((g) => g.schedule.type === 'StepLR')!;
    const file = { format: 'schedule-traces/1', cases: [{ ...strip(c), schedule: { type: 'StepLR', params: { step_size: 10 } } }] };
    const { out } = runCapture(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(file) });
    expect((JSON.parse(out) as { cases: { schedule: unknown }[] }).cases[0].schedule).toEqual({ type: 'StepLR', params: { step_size: 10, gamma: 0.1 } });
  });

  it('ignores results already present in the input', () => {
    const c = golden.cases.find((g) => g.momentum)!;
    const poisoned = { format: 'schedule-traces/1', cases: [{ ...c, lr: [1], momentum: [2], trajectory: [[0, 0, 0]] }] };
    const { out } = runCapture(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(poisoned) });
    const filled = (JSON.parse(out) as { cases: GoldenScheduleCase[] }).cases[0];
    expectSeries(filled.lr, c.lr, 'lr', true);
    expectSeries(filled.momentum, c.momentum!, 'momentum', true);
  });
});

describe('slopes trace --schedule', () => {
  const c = golden.cases.find((g) => g.id === 'himmelblau/onecycle-3phase-adam')!;
  const argv = [
    'trace',
    '--surface',
    c.surface,
    '--optimizer',
    c.optimizer,
    '--params',
    JSON.stringify(c.params),
    '--schedule',
    JSON.stringify(c.schedule),
    '--start',
    c.start.join(','),
    '--steps',
    String(c.steps),
  ];

  it('one run matches the golden case with the same settings', () => {
    const { code, out } = runCapture(argv);
    expect(code).toBe(0);
    const run = JSON.parse(out) as GoldenScheduleCase;
    expect(run.schedule).toEqual(c.schedule);
    expect(worstError(run.trajectory, c.trajectory).error).toBeLessThanOrEqual(TOLERANCE);
    expectSeries(run.lr, c.lr, 'lr', true);
    expectSeries(run.momentum, c.momentum!, 'momentum', true);
  });

  it('prints CSV with the lr and momentum of the step taken from each point', () => {
    const { code, out } = runCapture([...argv, '--format', 'csv']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('step,x,y,f,lr,momentum');
    expect(lines).toHaveLength(c.steps + 2);
    const row = lines[100].split(',').map(Number);
    expect(row[0]).toBe(99);
    expect(worstRelative(row.slice(4), [c.lr[99], c.momentum![99]]).error).toBeLessThanOrEqual(1e-12);
    // The last point takes no step, so it has no lr.
    expect(lines[c.steps + 1].split(',').slice(4)).toEqual(['', '']);
  });
});

describe('slopes experiment --config with schedules', () => {
  it('fills batchLoss, epochLoss, final, lr and momentum of every golden run from a stripped copy', () => {
    const runs = goldenExperiment.runs.map(({ optimizer, params, schedule }) => ({ optimizer, params, schedule }));
    const { code, out, err } = runCapture(['experiment', '--config', 'e.json'], { 'e.json': JSON.stringify({ ...goldenExperiment, runs }) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { runs: Series[] };
    doc.runs.forEach((r, i) => {
      const g = goldenExperiment.runs[i];
      const name = `${g.optimizer} ${g.schedule.type}`;
      expectSeries(r.batchLoss, g.batchLoss, `${name} batchLoss`, false);
      expectSeries(r.epochLoss, g.epochLoss, `${name} epochLoss`, false);
      const flat = (w: Series) => [...w.w1, ...w.b1, ...w.w2, ...w.b2];
      expectSeries(flat(r.final as never), flat(g.final), `${name} final`, false);
      expectSeries(r.lr, g.lr, `${name} lr`, true);
      expect('momentum' in r, `${name} has momentum`).toBe('momentum' in g);
      if (g.momentum) expectSeries(r.momentum, g.momentum, `${name} momentum`, true);
    });
  });
});

describe('slopes schedules', () => {
  it('lists every type with its PyTorch class and arguments', () => {
    const { code, out } = runCapture(['schedules']);
    expect(code).toBe(0);
    for (const type of scheduleTypes) expect(out).toContain(`${type} — torch.optim.lr_scheduler.${type}`);
    expect(out).toMatch(/step_size_down +default = step_size_up +an integer >= 0/);
    expect(out).toMatch(/T_max +default required +an integer >= 1/);
  });

  it('--json gives each argument its default (or says it is required) and what is allowed', () => {
    const { code, out } = runCapture(['schedules', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { type: string; parameters: { name: string; default?: unknown; required?: boolean; allowed: string }[] }[];
    expect(rows.map((r) => r.type)).toEqual(scheduleTypes);
    const oneCycle = rows.find((r) => r.type === 'OneCycleLR')!.parameters;
    expect(oneCycle.find((p) => p.name === 'max_lr')).toMatchObject({ required: true, allowed: 'a number >= 0' });
    expect(oneCycle.find((p) => p.name === 'anneal_strategy')).toMatchObject({ default: 'cos', allowed: 'one of "cos", "linear"' });
    expect(rows.find((r) => r.type === 'LinearLR')!.parameters[0]).toMatchObject({ name: 'start_factor', allowed: 'a number in (0, 1]' });
  });
});

describe('bad schedules exit 2 with one line naming the field', () => {
  const one = (schedule: unknown, optimizer = 'sgd', steps = 50) => [
    'trace',
    '--surface',
    'booth',
    '--optimizer',
    optimizer,
    '--params',
    '{"lr":0.01}',
    '--steps',
    String(steps),
    '--schedule',
    JSON.stringify(schedule),
  ];
  const traceFile = (format: string, schedule?: unknown) => ({
    'c.json': JSON.stringify({ format, cases: [{ surface: 'booth', optimizer: 'sgd', params: { lr: 0.01 }, start: [0, 0], steps: 5, schedule }] }),
  });
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['malformed JSON', ['trace', '--surface', 'booth', '--optimizer', 'sgd', '--schedule', '{type'], {}, /^slopes: --schedule is not valid JSON/],
    ['an unknown type', one({ type: 'WarmupLR' }), {}, /--schedule\.type: unknown schedule "WarmupLR" \(allowed: StepLR, MultiStepLR, /],
    [
      'an unknown argument',
      one({ type: 'StepLR', params: { step_size: 5, gama: 0.5 } }),
      {},
      /--schedule\.params\.gama: StepLR has no such argument \(allowed: step_size, gamma\)/,
    ],
    [
      'a missing required argument',
      one({ type: 'CosineAnnealingLR', params: {} }),
      {},
      /--schedule\.params\.T_max: CosineAnnealingLR needs it \(PyTorch has no default\): an integer >= 1/,
    ],
    ['StepLR step_size 0', one({ type: 'StepLR', params: { step_size: 0 } }), {}, /--schedule\.params\.step_size: must be an integer >= 1, got 0/],
    ['LinearLR start_factor 0', one({ type: 'LinearLR', params: { start_factor: 0 } }), {}, /--schedule\.params\.start_factor: must be a number in \(0, 1\], got 0/],
    ['LinearLR end_factor above 1', one({ type: 'LinearLR', params: { end_factor: 1.5 } }), {}, /--schedule\.params\.end_factor: must be a number in \[0, 1\]/],
    [
      'a bad anneal strategy',
      one({ type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 50, anneal_strategy: 'exp', cycle_momentum: false } }),
      {},
      /anneal_strategy: must be one of "cos", "linear", got "exp"/,
    ],
    [
      'OneCycleLR shorter than the run',
      one({ type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 40 } }, 'momentum'),
      {},
      /--schedule\.params\.total_steps: is 40 but the run takes 50 scheduler steps/,
    ],
    [
      'OneCycleLR with a zero-length first phase',
      one({ type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 50, pct_start: 0.02 } }, 'momentum'),
      {},
      /pct_start: times total_steps is 1/,
    ],
    [
      'OneCycleLR cycling momentum on adagrad',
      one({ type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 50 } }, 'adagrad'),
      {},
      /--schedule\.params\.cycle_momentum: adagrad has neither momentum nor betas: PyTorch raises "optimizer must support momentum/,
    ],
    [
      'CyclicLR cycling momentum on adam',
      one({ type: 'CyclicLR', params: { base_lr: 0.001, max_lr: 0.01 } }, 'adam'),
      {},
      /cycle_momentum: adam has no momentum \(1\.13 cycles only momentum, not betas\)/,
    ],
    [
      'a cycled momentum of 0 on SGD',
      one({ type: 'CyclicLR', params: { base_lr: 0.001, max_lr: 0.01, base_momentum: 0 } }),
      {},
      /base_momentum: must be > 0 when it cycles the momentum of sgd/,
    ],
    [
      'a bad CyclicLR mode',
      one({ type: 'CyclicLR', params: { base_lr: 0.001, max_lr: 0.01, mode: 'sine', cycle_momentum: false } }),
      {},
      /mode: must be one of "triangular", "triangular2", "exp_range"/,
    ],
    ['ReduceLROnPlateau factor 1', one({ type: 'ReduceLROnPlateau', params: { factor: 1 } }), {}, /--schedule\.params\.factor: must be a number in \[0, 1\), got 1/],
    ['ReduceLROnPlateau mode "minimum"', one({ type: 'ReduceLROnPlateau', params: { mode: 'minimum' } }), {}, /mode: must be one of "min", "max", got "minimum"/],
    [
      'SequentialLR with too many milestones',
      one({ type: 'SequentialLR', params: { schedulers: [{ type: 'StepLR', params: { step_size: 5 } }], milestones: [10] } }),
      {},
      /milestones: needs 0 entries for 1 schedulers, got 1/,
    ],
    [
      'SequentialLR holding ReduceLROnPlateau',
      one({ type: 'SequentialLR', params: { schedulers: [{ type: 'StepLR', params: { step_size: 5 } }, { type: 'ReduceLROnPlateau' }], milestones: [10] } }),
      {},
      /--schedule\.params\.schedulers\[1\]\.type: unknown schedule "ReduceLROnPlateau" \(allowed: StepLR, /,
    ],
    [
      'a bad child argument',
      one({
        type: 'SequentialLR',
        params: {
          schedulers: [
            { type: 'LinearLR', params: { total_iters: -1 } },
            { type: 'StepLR', params: { step_size: 5 } },
          ],
          milestones: [10],
        },
      }),
      {},
      /schedulers\[0\]\.params\.total_iters: must be an integer >= 0, got -1/,
    ],
    [
      'falling milestones',
      one({
        type: 'SequentialLR',
        params: {
          schedulers: [
            { type: 'StepLR', params: { step_size: 5 } },
            { type: 'StepLR', params: { step_size: 5 } },
            { type: 'StepLR', params: { step_size: 5 } },
          ],
          milestones: [20, 10],
        },
      }),
      {},
      /milestones: must be a list of increasing integers >= 1, got \[20,10\]/,
    ],
    [
      'a schedule in an optimizer-traces file',
      ['trace', '--cases', 'c.json'],
      traceFile('optimizer-traces/1', { type: 'StepLR', params: { step_size: 2 } }),
      /cases\[0\]\.schedule: a schedule needs the "schedule-traces\/1" format/,
    ],
    [
      'a schedule-traces case without a schedule',
      ['trace', '--cases', 'c.json'],
      traceFile('schedule-traces/1'),
      /cases\[0\]\.schedule: every case of a "schedule-traces\/1" file needs one/,
    ],
    [
      'a bad schedule in a cases file',
      ['trace', '--cases', 'c.json'],
      traceFile('schedule-traces/1', { type: 'ExponentialLR', params: { gamma: -1 } }),
      /cases\[0\]\.schedule\.params\.gamma: must be a number >= 0, got -1/,
    ],
    [
      'a bad interval in an experiment',
      ['experiment', '--config', 'e.json'],
      { 'e.json': '{"runs":[{"optimizer":"sgd","schedule":{"type":"StepLR","params":{"step_size":2},"interval":"iteration"}}]}' },
      /runs\[0\]\.schedule\.interval: must be "epoch" or "batch", got "iteration"/,
    ],
    [
      'an experiment OneCycleLR shorter than its batches',
      ['experiment', '--config', 'e.json', '--batch-size', '10'],
      { 'e.json': '{"runs":[{"optimizer":"adam","schedule":{"type":"OneCycleLR","params":{"max_lr":0.01,"total_steps":384},"interval":"batch"}}]}' },
      /runs\[0\]\.schedule\.params\.total_steps: is 384 but the run takes 1200 scheduler steps/,
    ],
  ];
  it.each(cases)('%s', (_name, argv, files, message) => expectInputError(argv, files, message));
});
