import { describe, expect, it } from 'vitest';
import { goldenTraces, worstError, type GoldenCase } from '../core/goldenTraces.ts';
import { runCapture } from './runIo.ts';

type Case = GoldenCase;
const golden = goldenTraces;
const worst = (a: number[][], b: number[][]) => worstError(a, b).error;

describe('slopes trace --cases', () => {
  it('fills in every golden trajectory from a file that has none, to 1e-9', () => {
    const stripped = { ...golden, cases: golden.cases.map(({ trajectory: _t, ...rest }) => rest) };
    const { code, out, err } = runCapture(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(stripped) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const filled = JSON.parse(out) as typeof golden;
    expect(filled.format).toBe('optimizer-traces/1');
    expect(filled.cases).toHaveLength(golden.cases.length);
    filled.cases.forEach((c, i) => {
      expect(c.id).toBe(golden.cases[i].id);
      expect(c.trajectory).toHaveLength(golden.cases[i].steps + 1);
      expect(worst(c.trajectory, golden.cases[i].trajectory)).toBeLessThanOrEqual(1e-9);
    });
  });

  it('ignores trajectories already present in the input', () => {
    const one = golden.cases[0];
    const poisoned = { format: 'optimizer-traces/1', cases: [{ ...one, trajectory: [[0, 0, 0]] }] };
    const { out } = runCapture(['trace', '--cases', 'in.json'], { 'in.json': JSON.stringify(poisoned) });
    const filled = JSON.parse(out) as typeof golden;
    expect(worst(filled.cases[0].trajectory, one.trajectory)).toBeLessThanOrEqual(1e-9);
  });
});

describe('slopes trace --surface --optimizer', () => {
  it('one run matches the golden case with the same settings', () => {
    const c = golden.cases.find((g) => g.id === 'himmelblau/adam-wd')!;
    const { code, out } = runCapture([
      'trace',
      '--surface',
      c.surface,
      '--optimizer',
      c.optimizer,
      '--params',
      JSON.stringify(c.params),
      '--start',
      c.start.join(','),
      '--steps',
      String(c.steps),
    ]);
    expect(code).toBe(0);
    const run = JSON.parse(out) as Case;
    expect(run.surface).toBe('himmelblau');
    expect(worst(run.trajectory, c.trajectory)).toBeLessThanOrEqual(1e-9);
  });

  it('prints CSV with a header and one row per point', () => {
    const c = golden.cases.find((g) => g.id === 'quadratic/sgd')!;
    const { code, out } = runCapture([
      'trace',
      '--surface',
      'quadratic',
      '--optimizer',
      'sgd',
      '--params',
      '{"lr":0.15}',
      '--start',
      '-3.5,1.5',
      '--steps',
      '100',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('step,x,y,f');
    expect(lines).toHaveLength(102);
    const last = lines[101].split(',').map(Number);
    expect(last[0]).toBe(100);
    expect(worst([last.slice(1)], [c.trajectory[100]])).toBeLessThanOrEqual(1e-9);
  });

  it('defaults to the surface’s start point and the optimizer’s PyTorch defaults', () => {
    const { code, out } = runCapture(['trace', '--surface', 'rosenbrock', '--optimizer', 'adam', '--steps', '3']);
    expect(code).toBe(0);
    const run = JSON.parse(out) as Case;
    expect(run.start).toEqual([-1.5, 2]);
    expect(run.params).toEqual({ lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false });
    expect(run.trajectory).toHaveLength(4);
  });
});

describe('slopes trace on the network surfaces', () => {
  it.each(['mlp-slice', 'mlp-directions'])('%s: SGD from the default slice lowers the network loss', (surface) => {
    const { code, out } = runCapture(['trace', '--surface', surface, '--optimizer', 'sgd', '--params', '{"lr":0.1}', '--steps', '20']);
    expect(code).toBe(0);
    const run = JSON.parse(out) as Case;
    expect(run.trajectory).toHaveLength(21);
    // The loss of y = x² + noise under a random initial network is a few tenths; 20 steps must lower it.
    expect(run.trajectory[0][2]).toBeGreaterThan(0.05);
    expect(run.trajectory[20][2]).toBeLessThan(run.trajectory[0][2]);
  });
});
