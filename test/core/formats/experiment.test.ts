import { afterAll, describe, expect, it } from 'vitest';
import {
  fillSlices,
  parseExperimentDocument,
  runExperimentDocument,
  setupExperiment,
  writeExperimentDocument,
  type ExperimentDocument,
} from '../../../src/core/formats/experiment.ts';
import { InputError } from '../../../src/core/InputError.ts';
import { packWeights, type Weights } from '../../../src/core/mlp/layout.ts';
import { golden, goldenText, relError, TOLERANCE } from '../mlp/golden.ts';

let worst = 0;
function expectClose(actual: readonly number[], expected: readonly number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  expected.forEach((b, k) => {
    const e = relError(actual[k], b);
    worst = Math.max(worst, e);
    if (!(e <= TOLERANCE)) expect.fail(`${what}[${k}]: ${actual[k]} vs golden ${b}`);
  });
}
const flat = (w: Weights) => Array.from(packWeights(w));

/** Runs f and returns the InputError's message, failing if it throws anything else or nothing. */
function inputError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  return expect.fail('expected an InputError');
}
const parseAndSetUp = (json: unknown) => setupExperiment(parseExperimentDocument(json));

describe('mlp-experiment/1 documents reproduce the golden file', () => {
  afterAll(() => console.log(`format: worst relative error ${worst.toExponential(2)}`));
  const doc = parseExperimentDocument(JSON.parse(goldenText));

  it('drops recorded results on reading, and recomputes every run', () => {
    expect(doc.runs[0].batchLoss).toBeUndefined();
    expect(doc.slices?.[0].loss).toBeUndefined();
    const out = runExperimentDocument(doc);
    out.runs.forEach((r, i) => {
      const g = golden.runs[i];
      expect(r.optimizer).toBe(g.optimizer);
      expect(r.params).toEqual(g.params);
      expectClose(r.batchLoss!, g.batchLoss, `${r.optimizer} batchLoss`);
      expectClose(r.epochLoss!, g.epochLoss, `${r.optimizer} epochLoss`);
      expectClose(flat(r.final!), flat(g.final), `${r.optimizer} final`);
    });
    expect(out.data).toEqual(golden.data);
    expect(out.order).toEqual(golden.order);
  });

  it('recomputes every slice', () => {
    const out = fillSlices(doc);
    out.slices!.forEach((s, i) => {
      const g = golden.slices[i];
      expect(s.points).toEqual(g.points);
      expect(s.base).toEqual(g.base);
      expectClose(s.loss!, g.loss, `slice ${i} loss`);
      expectClose(s.grad!.flat(), g.grad.flat(), `slice ${i} grad`);
    });
    expect(out.runs[0].batchLoss).toBeUndefined();
  });

  it('writes a file that reads back to the same document', () => {
    const out = runExperimentDocument(doc);
    const text = writeExperimentDocument(out);
    expect(JSON.parse(text)).toEqual(out);
    expect(runExperimentDocument(parseExperimentDocument(JSON.parse(text)))).toEqual(out);
  });

  it('overriding epochs uses the first permutations of the file', () => {
    const out = runExperimentDocument(doc, { epochs: 3 });
    expect(out.order).toEqual(golden.order.slice(0, 3));
    expectClose(out.runs[6].batchLoss!, golden.runs[6].batchLoss.slice(0, 96), 'adam batchLoss');
    expect(inputError(() => runExperimentDocument(doc, { epochs: 13 }))).toMatch(/^order: expected 13 permutations/);
  });

  it('a slice without base takes it from its snapshot', () => {
    const weights: [string, string] = ['w1[3]', 'w2[3]'];
    const atInit = fillSlices(parseExperimentDocument({ ...golden, slices: [{ weights, points: golden.slices[0].points }] }));
    expect(atInit.slices![0].base).toEqual(golden.init);
    expectClose(atInit.slices![0].loss!, golden.slices[0].loss, 'slice at init');
    const atAdam = fillSlices(parseExperimentDocument({ ...golden, slices: [{ weights, snapshot: 'final:adam' }] }));
    expectClose(flat(atAdam.slices![0].base!), flat(golden.runs[6].final), 'final:adam base');
    expectClose(atAdam.runs[6].epochLoss!, golden.runs[6].epochLoss, 'adam epochLoss');
    const points = atAdam.slices![0].points!;
    expect(points.length).toBe(50);
    const [a, b] = [golden.runs[6].final.w1[3], golden.runs[6].final.w2[3]];
    for (const [pa, pb] of points) expect(Math.max(Math.abs(pa - a), Math.abs(pb - b))).toBeLessThanOrEqual(2);
  });
});

describe('documents that leave things out', () => {
  it('defaults to the seven panel runs, with the settings of the golden file', () => {
    const doc = parseExperimentDocument({});
    expect(doc.runs).toEqual(golden.runs.map((r) => ({ optimizer: r.optimizer, params: r.params })));
    expect([doc.seed, doc.epochs, doc.batchSize]).toEqual([1, 12, 32]);
  });

  it('generates data, init and order from the seed, each independently', () => {
    const a = parseAndSetUp({ seed: 4 }).doc;
    const again = parseAndSetUp({ seed: 4 }).doc;
    const other = parseAndSetUp({ seed: 5 }).doc;
    expect(again).toEqual(a);
    expect(a.data.x).toEqual(other.data.x);
    expect(a.data.y).not.toEqual(other.data.y);
    expect(a.init).not.toEqual(other.init);
    expect(a.order).not.toEqual(other.order);
    expect(a.order.length).toBe(12);
    // Giving the data in the file leaves the generated init and order as they were.
    const withData = parseAndSetUp({ seed: 4, data: golden.data }).doc;
    expect(withData.init).toEqual(a.init);
    expect(withData.order).toEqual(a.order);
    expect(setupExperiment(parseExperimentDocument({ seed: 4 }), { seed: 5 }).doc).toEqual(other);
  });

  it('generates the requested number of points with the requested label noise', () => {
    const clean = parseAndSetUp({ points: 200, noise: 0 });
    expect(clean.x.length).toBe(200);
    expect([clean.x[0], clean.x[199]]).toEqual([-1, 1]);
    clean.x.forEach((x, i) => expect(clean.y[i]).toBe(x * x));
    expect(clean.orders[0].length).toBe(200);
    // The default is the tutorial's: 1000 points, noise 0.1.
    expect(parseAndSetUp({ points: 1000, noise: 0.1, seed: 4 }).doc).toEqual(parseAndSetUp({ seed: 4 }).doc);
  });

  it('a run with a schedule records the lr of every step; one without records none', () => {
    const schedule = { type: 'ExponentialLR', params: { gamma: 0.5 }, interval: 'epoch' };
    const out = runExperimentDocument(parseExperimentDocument({ runs: [{ optimizer: 'adam', schedule }, { optimizer: 'sgd' }] }), { epochs: 2 });
    expect(out.runs[0].schedule).toEqual(schedule);
    expect(out.runs[0].lr).toEqual([...Array<number>(32).fill(0.001), ...Array<number>(32).fill(0.0005)]);
    expect(out.runs[0].momentum).toBeUndefined();
    expect(out.runs[1].lr).toBeUndefined();
  });

  it('runs a generated experiment in batches of the requested size', () => {
    const out = runExperimentDocument(parseExperimentDocument({ runs: [{ optimizer: 'adam' }] }), { epochs: 2, batchSize: 100 });
    expect(out.runs[0].batchLoss!.length).toBe(20);
    expect(out.runs[0].epochLoss!.length).toBe(2);
    expect(out.runs[0].params).toEqual({ lr: 0.001, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0, amsgrad: false });
  });
});

describe('format errors are one line naming the field', () => {
  const weights20 = Array(20).fill(0);
  const cases: [unknown, string][] = [
    [[], 'experiment: expected a JSON object'],
    [{ format: 'mlp-experiment/2' }, 'format: expected "mlp-experiment/1"'],
    [{ epochs: 0 }, 'epochs: expected an integer in [1, 10000]'],
    [{ hidden: 10 }, 'hidden: only 20 hidden units are supported'],
    [{ data: { x: golden.data.x, y: [1] } }, 'data.y: expected 1000 numbers (one per x), got 1'],
    [{ data: { x: [1, 'a'], y: [1, 2] } }, 'data.x[1]: expected a finite number'],
    [{ init: { w1: [1], b1: weights20, w2: weights20, b2: [0] } }, 'init.w1: expected 20 numbers'],
    [{ init: { w1: weights20, b1: weights20, w2: weights20, b2: [0, 1] } }, 'init.b2: expected a one-element array'],
    [{ runs: [{ optimizer: 'sgd' }, { optimizer: 'sgd' }, { optimizer: 'adamm' }] }, 'runs[2].optimizer: unknown optimizer "adamm" (allowed: sgd, momentum,'],
    [{ runs: [{ optimizer: 'adam', params: { betas: [0.9, 1.2] } }] }, 'runs[0].params: adam: "betas"'],
    [{ slices: [{ weights: ['w1[3]', 'w9[0]'] }] }, 'slices[0].weights[1]: unknown network parameter "w9[0]"'],
    [{ slices: [{ weights: ['w1[3]', 'w1[3]'] }] }, 'slices[0].weights: the two parameters must differ'],
    [{ slices: [{ weights: ['w1[3]', 'w2[3]'], snapshot: 'final:adamw' }] }, 'slices[0].snapshot: no run uses optimizer "adamw"'],
    [{ slices: [{ weights: ['w1[3]', 'w2[3]'], points: [[1, 2], [3]] }] }, 'slices[0].points[1]: expected [a, b]'],
    [{ order: [[0, 1]] }, 'order: expected 12 permutations (one per epoch), got 1'],
    [{ points: 0 }, 'points: expected an integer in [1, 100000]'],
    [{ data: golden.data, noise: 0.2 }, 'noise: cannot be combined with data'],
    [{ runs: [{ optimizer: 'sgd', schedule: { type: 'StepLR', params: { step_size: 0 } } }] }, 'runs[0].schedule.params.step_size: must be an integer >= 1, got 0'],
    [
      { runs: [{ optimizer: 'sgd', schedule: { type: 'StepLR', params: { step_size: 2 }, interval: 'step' } }] },
      'runs[0].schedule.interval: must be "epoch" or "batch", got "step"',
    ],
    [
      { runs: [{ optimizer: 'adagrad', schedule: { type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 384 }, interval: 'batch' } }] },
      'runs[0].schedule.params.cycle_momentum: adagrad has neither momentum nor betas',
    ],
    [
      { runs: [{ optimizer: 'adam', schedule: { type: 'OneCycleLR', params: { max_lr: 0.1, total_steps: 300 }, interval: 'batch' } }] },
      'runs[0].schedule.params.total_steps: is 300 but the run takes 384 scheduler steps',
    ],
    [{ data: { x: [1, 2], y: [1, 2] }, order: Array(12).fill([0, 0]) }, 'order[0]: index 0 appears twice'],
  ];
  it.each(cases.map(([json, message]) => [message, json] as const))('%s', (message, json) => {
    expect(inputError(() => parseAndSetUp(json))).toContain(message);
  });

  it('bad overrides name the field', () => {
    const doc: ExperimentDocument = parseExperimentDocument({});
    expect(inputError(() => runExperimentDocument(doc, { batchSize: 0 }))).toMatch(/^batchSize: /);
    expect(inputError(() => runExperimentDocument(doc, { seed: 1.5 }))).toMatch(/^seed: /);
  });
});

describe('a document of slices alone', () => {
  it('needs no run when its slices are at the initial weights, and slice fills them', async () => {
    const { parseExperimentDocument } = await import('../../../src/core/formats/experimentDocument.ts');
    const { fillSlices } = await import('../../../src/core/formats/experiment.ts');
    const doc = parseExperimentDocument({ runs: [], slices: [{ weights: ['w1[3]', 'w2[3]'], points: [[0.1, 0.2]] }] });
    expect(doc.runs).toEqual([]);
    const filled = fillSlices(doc, {});
    expect(filled.slices?.[0].loss?.[0]).toBeGreaterThan(0);
  });

  it('is refused with runs: [] and no slice, naming the field', async () => {
    const { parseExperimentDocument } = await import('../../../src/core/formats/experimentDocument.ts');
    expect(() => parseExperimentDocument({ runs: [] })).toThrow(/^runs: expected at least one run/);
  });
});
