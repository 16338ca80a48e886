import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { runTrace } from '../../src/core/trace.ts';
import { runawayBound } from '../../src/sim/status.ts';
import { expectInputError, runCapture } from './runIo.ts';

describe('hypermap', () => {
  it("prints each cell's outcome and steps, as a plain trace with that cell's lr and momentum finds them", () => {
    const argv = [
      'hypermap',
      '--surface',
      'quadratic',
      '--optimizer',
      'nag',
      '--x-range',
      '0.01,0.3',
      '--y-range',
      '0.1,0.9',
      '--cols',
      '4',
      '--rows',
      '3',
      '--tol',
      '1e-4',
      '--steps',
      '150',
    ];
    const { code, out } = runCapture(argv);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { x: { values: number[] }; y: { values: number[] }; outcome: string[]; steps: number[]; limit: { points: number[][] } };
    expect(doc).toMatchObject({
      surface: 'quadratic',
      optimizer: 'nag',
      target: 'surface',
      budget: 150,
      tol: 1e-4,
      x: { key: 'lr', count: 4, log: true },
      y: { key: 'momentum', count: 3, log: false },
    });
    const nag = optimizerById('nag')!;
    const quadratic = surfaceById('quadratic')!;
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 4; i++) {
        const params = { ...defaultParams(nag), lr: doc.x.values[i], momentum: doc.y.values[j] };
        const trace = runTrace(quadratic, nag, params, quadratic.start, 150);
        const k = trace.findIndex((p) => p[2] < 1e-4);
        const c = j * 4 + i;
        // The race stops a ball that leaves every sane bound, as it stops one whose loss overflows.
        const lost = trace.some((p) => !(Math.abs(p[0]) <= runawayBound(quadratic.view) && Math.abs(p[1]) <= runawayBound(quadratic.view) && Number.isFinite(p[2])));
        if (lost) expect(doc.outcome[c]).toBe('diverged');
        else expect([doc.outcome[c], doc.steps[c]]).toEqual(k < 0 ? ['not-reached', 150] : ['reached', k]);
      }
    }
    expect(new Set(doc.outcome)).toEqual(new Set(['reached', 'not-reached', 'diverged']));
    // Nesterov's limit on the bowl (λmax = 10) at β: 2(1+β)/((1+2β)·10).
    const [lr, beta] = doc.limit.points[10];
    expect(lr).toBeCloseTo((2 * (1 + beta)) / ((1 + 2 * beta) * 10), 9);
  });

  it("rejects what the optimizer does not declare, and the network's flags off the network", () => {
    expectInputError(
      ['hypermap', '--surface', 'rosenbrock', '--optimizer', 'adam', '--y', 'momentum'],
      {},
      /^slopes: --y: "momentum" is not a number hyperparameter of adam$/m,
    );
    expectInputError(['hypermap', '--surface', 'rosenbrock', '--optimizer', 'sgd', '--epochs', '3'], {}, /--epochs and --batch-size apply to the network surfaces only/);
    expectInputError(['hypermap', '--surface', 'rosenbrock', '--optimizer', 'sgd', '--cols', '65'], {}, /--cols must be an integer >= 1 and <= 64/);
    expectInputError(['hypermap', '--surface', 'rosenbrock', '--optimizer', 'sgd', '--x-range', '0,1'], {}, /x: expected finite from < to, both > 0 on a log axis/);
  });
});
