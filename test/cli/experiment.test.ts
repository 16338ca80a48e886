import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectInputError, runCapture } from './runIo.ts';

const goldenText = readFileSync('test/golden/mlp-experiment.json', 'utf8');
interface Weights {
  w1: number[];
  b1: number[];
  w2: number[];
  b2: number[];
}
/** The filled document as the command prints it (and the golden file holds it). */
interface Filled {
  epochs: number;
  data: { x: number[]; y: number[] };
  runs: { optimizer: string; params: object; batchLoss: number[]; epochLoss: number[]; final: Weights }[];
  slices: { loss: number[]; grad: number[][] }[];
}
const golden = JSON.parse(goldenText) as Filled;

function worst(actual: number[], expected: number[]): number {
  return Math.max(...expected.map((b, i) => Math.abs(actual[i] - b) / Math.max(1, Math.abs(b))));
}

function flat(w: Weights): number[] {
  return [...w.w1, ...w.b1, ...w.w2, ...w.b2];
}

describe('slopes experiment --config', () => {
  it('fills batchLoss, epochLoss and final for every golden run, to 1e-9', () => {
    const stripped = {
      ...golden,
      slices: undefined,
      runs: golden.runs.map((r: { optimizer: string; params: object }) => ({ optimizer: r.optimizer, params: r.params })),
    };
    const { code, out, err } = runCapture(['experiment', '--config', 'e.json'], { 'e.json': JSON.stringify(stripped) });
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Filled;
    expect(doc.runs).toHaveLength(7);
    doc.runs.forEach((r, i) => {
      expect(r.batchLoss).toHaveLength(384);
      expect(worst(r.batchLoss, golden.runs[i].batchLoss)).toBeLessThanOrEqual(1e-9);
      expect(worst(r.epochLoss, golden.runs[i].epochLoss)).toBeLessThanOrEqual(1e-9);
      expect(worst(flat(r.final), flat(golden.runs[i].final))).toBeLessThanOrEqual(1e-9);
    });
  });

  it('--epochs and --seed override the file, and a seed reproduces a run exactly', () => {
    const config = JSON.stringify({ format: 'mlp-experiment/1', runs: [{ optimizer: 'adam', params: { lr: 0.02 } }] });
    const a = runCapture(['experiment', '--config', 'c.json', '--epochs', '2', '--seed', '5'], { 'c.json': config });
    const b = runCapture(['experiment', '--config', 'c.json', '--epochs', '2', '--seed', '5'], { 'c.json': config });
    const c = runCapture(['experiment', '--config', 'c.json', '--epochs', '2', '--seed', '6'], { 'c.json': config });
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.out) as Filled;
    expect(doc.epochs).toBe(2);
    expect(doc.runs[0].epochLoss).toHaveLength(2);
    expect(doc.runs[0].batchLoss).toHaveLength(64);
    expect(a.out).toBe(b.out);
    expect((JSON.parse(c.out) as Filled).runs[0].batchLoss[0]).not.toBe(doc.runs[0].batchLoss[0]);
  });
});

describe('slopes experiment: from gradient descent to SGD', () => {
  it('--batch-size 1 --points --noise train stochastic gradient descent on generated clean data', () => {
    const config = JSON.stringify({ runs: [{ optimizer: 'sgd', params: { lr: 0.05 } }] });
    const { code, out } = runCapture(['experiment', '--config', 'c.json', '--epochs', '2', '--batch-size', '1', '--points', '100', '--noise', '0'], { 'c.json': config });
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Filled;
    expect(doc.data.x).toHaveLength(100);
    doc.data.x.forEach((x: number, i: number) => expect(doc.data.y[i]).toBe(x * x));
    expect(doc.runs[0].batchLoss).toHaveLength(200);
    expect(doc.runs[0].epochLoss[1]).toBeLessThan(doc.runs[0].epochLoss[0]);
  });
});

describe('slopes slice --config', () => {
  it('fills loss and grad for every golden slice, to 1e-9', () => {
    const stripped = { ...golden, slices: golden.slices.map((s: Record<string, unknown>) => ({ ...s, loss: undefined, grad: undefined })) };
    const { code, out } = runCapture(['slice', '--config', 's.json'], { 's.json': JSON.stringify(stripped) });
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Filled;
    doc.slices.forEach((s: { loss: number[]; grad: number[][] }, i: number) => {
      expect(worst(s.loss, golden.slices[i].loss)).toBeLessThanOrEqual(1e-9);
      expect(worst(s.grad.flat(), golden.slices[i].grad.flat())).toBeLessThanOrEqual(1e-9);
    });
  });
});

describe('bad experiment input', () => {
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ['no --config', ['experiment'], {}, /--config FILE is required/],
    ['a missing file', ['experiment', '--config', 'x.json'], {}, /--config: cannot read "x.json": no such file/],
    ['malformed JSON', ['slice', '--config', 'x.json'], { 'x.json': '[1,' }, /not valid JSON/],
    ['an unknown optimizer', ['experiment', '--config', 'x.json'], { 'x.json': '{"runs":[{"optimizer":"adamm"}]}' }, /runs\[0\]\.optimizer: unknown optimizer "adamm"/],
    ['a bad hyperparameter', ['experiment', '--config', 'x.json'], { 'x.json': '{"runs":[{"optimizer":"adam","params":{"lr":"big"}}]}' }, /runs\[0\]\.params: .*lr/],
    ['short data', ['experiment', '--config', 'x.json'], { 'x.json': '{"data":{"x":[1,2],"y":[1]}}' }, /data/],
    ['a bad slice weight', ['slice', '--config', 'x.json'], { 'x.json': '{"slices":[{"weights":["w9[1]","b2[0]"],"snapshot":"init"}]}' }, /w9\[1\]/],
    ['a zero epoch count', ['experiment', '--config', 'x.json', '--epochs', '0'], { 'x.json': '{}' }, /--epochs must be an integer >= 1/],
    ['a zero point count', ['experiment', '--config', 'x.json', '--points', '0'], { 'x.json': '{}' }, /--points must be an integer >= 1/],
    ['a negative noise', ['experiment', '--config', 'x.json', '--noise', '-0.1'], { 'x.json': '{}' }, /--noise must be a finite number >= 0/],
    [
      'points for a file that gives its data',
      ['experiment', '--config', 'x.json', '--points', '10'],
      { 'x.json': goldenText },
      /^slopes: points: cannot be combined with data/,
    ],
  ];
  it.each(cases)('%s exits 2 with one line', (_n, argv, files, message) => expectInputError(argv, files, message));
});
