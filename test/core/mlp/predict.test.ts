import { describe, expect, it } from 'vitest';
import { B1, B2, PARAM_COUNT, W1, W2, packWeights } from '../../../src/core/mlp/layout.ts';
import { predict } from '../../../src/core/mlp/predict.ts';
import { golden, goldenX, goldenY, relError, TOLERANCE } from './golden.ts';

describe('predict', () => {
  // Two live units, the first and the last (so both ends of every layer's block are read):
  //   unit 0:  h = 1·x + 0,    output weight 2
  //   unit 19: h = -1·x + 0.5, output weight 3
  //   b2 = -0.25; units 1..18 have all-zero weights, so h = 0 there and ReLU(0) = 0.
  // x = 0.5: h0 = 0.5 → 2·0.5 = 1;  h19 = 0 (exactly at the kink) → 0;   yhat = 1 - 0.25 = 0.75
  // x = -1:  h0 = -1 → 0;          h19 = 1.5 → 3·1.5 = 4.5;              yhat = 4.5 - 0.25 = 4.25
  // x = 2:   h0 = 2 → 2·2 = 4;     h19 = -1.5 → 0;                       yhat = 4 - 0.25 = 3.75
  // x = 0.25: h0 = 0.25 → 0.5;     h19 = 0.25 → 0.75;                    yhat = 1.25 - 0.25 = 1
  const theta = new Float64Array(PARAM_COUNT);
  theta[W1] = 1;
  theta[W2] = 2;
  theta[W1 + 19] = -1;
  theta[B1 + 19] = 0.5;
  theta[W2 + 19] = 3;
  theta[B2] = -0.25;

  it('computes a hand-derived network output at every input', () => {
    const out = new Float64Array(4);
    expect(predict(theta, Float64Array.of(0.5, -1, 2, 0.25), out)).toBe(out);
    expect(Array.from(out)).toEqual([0.75, 4.25, 3.75, 1]);
  });

  it('writes only the first xs.length entries of a longer out, and refuses a shorter one', () => {
    const out = new Float64Array(3).fill(9);
    predict(theta, Float64Array.of(0.5), out);
    expect(Array.from(out)).toEqual([0.75, 9, 9]);
    expect(() => predict(theta, Float64Array.of(0.5, 2), new Float64Array(1))).toThrow(RangeError);
  });

  it("reproduces PyTorch's final full-data loss of every golden run", () => {
    const yhat = new Float64Array(goldenX.length);
    for (const run of golden.runs) {
      predict(packWeights(run.final), goldenX, yhat);
      let sum = 0;
      for (let i = 0; i < yhat.length; i++) sum += (yhat[i] - goldenY[i]) ** 2;
      const expected = run.epochLoss[run.epochLoss.length - 1];
      expect(relError(sum / yhat.length, expected), run.optimizer).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});
