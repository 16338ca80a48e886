import { describe, expect, it } from 'vitest';
import { goldenTraces, TOLERANCE, worstError } from '../core/goldenTraces.ts';
import { goldenSchedules } from '../core/schedules/goldenSchedules.ts';
import { expectInputError, runCapture } from './runIo.ts';

/** Built-in surfaces typed as formulas, as surfaces.md writes them. */
const typed: Record<string, string> = {
  rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
  himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  booth: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
  quadratic: '0.5*(x^2 + 10*y^2)',
};
const asFormula = <T extends { surface: string }>({ surface, ...rest }: T) => ({ ...rest, formula: typed[surface] });

describe('a typed f(x, y) in place of a surface', () => {
  it('--cases: golden optimizer and schedule cases typed as formulas reproduce PyTorch to 1e-9', () => {
    for (const golden of [goldenTraces, goldenSchedules]) {
      const cases = golden.cases.filter((c) => c.surface in typed);
      const file = { format: golden.format, cases: cases.map(({ trajectory: _t, ...c }) => asFormula(c)) };
      const { code, out, err } = runCapture(['trace', '--cases', 'f.json'], { 'f.json': JSON.stringify(file) });
      expect(err).toBe('');
      expect(code).toBe(0);
      const filled = (JSON.parse(out) as { cases: { formula: string; trajectory: number[][] }[] }).cases;
      expect(filled.length).toBeGreaterThan(5);
      filled.forEach((c, i) => {
        expect(c.formula).toBe(typed[cases[i].surface]);
        const { error, where } = worstError(c.trajectory, cases[i].trajectory);
        expect(error, `${cases[i].id} ${where}`).toBeLessThanOrEqual(TOLERANCE);
      });
    }
  });

  it('--formula: one run, reported with its formula', () => {
    const c = goldenTraces.cases.find((g) => g.id === 'himmelblau/adam-wd')!;
    const { code, out } = runCapture([
      'trace',
      '--formula',
      typed.himmelblau,
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
    const run = JSON.parse(out) as { formula: string; surface?: string; trajectory: number[][] };
    expect(run.formula).toBe(typed.himmelblau);
    expect(run.surface).toBeUndefined();
    expect(worstError(run.trajectory, c.trajectory).error).toBeLessThanOrEqual(TOLERANCE);
  });

  const file = (c: Record<string, unknown>) => ({
    'c.json': JSON.stringify({ format: 'optimizer-traces/1', cases: [{ optimizer: 'sgd', params: { lr: 0.01 }, start: [1, 1], steps: 3, ...c }] }),
  });
  const bad: [string, string[], Record<string, string>, RegExp][] = [
    ['a typing error, with its column', ['trace', '--formula', 'x^2 + )', '--optimizer', 'sgd'], {}, /^slopes: --formula: unexpected '\)' at column 7/],
    [
      'both --surface and --formula',
      ['trace', '--surface', 'booth', '--formula', 'x^2', '--optimizer', 'sgd'],
      {},
      /--formula: give either --surface or --formula, not both/,
    ],
    ['--formula without --optimizer', ['trace', '--formula', 'x^2'], {}, /--optimizer O \(or --rule FILE\) is required with --formula/],
    ['a case with a typing error', ['trace', '--cases', 'c.json'], file({ formula: 'sin(x' }), /^slopes: cases\[0\]\.formula: /],
    [
      'a case with both',
      ['trace', '--cases', 'c.json'],
      file({ formula: 'x^2', surface: 'booth' }),
      /cases\[0\]\.formula: give either cases\[0\]\.surface or cases\[0\]\.formula/,
    ],
    ['a case with neither', ['trace', '--cases', 'c.json'], file({}), /cases\[0\]\.surface: required \(or cases\[0\]\.formula with a typed f\(x, y\)\)/],
  ];
  it.each(bad)('%s exits 2 with one line', (_name, argv, files, message) => expectInputError(argv, files, message));
});
