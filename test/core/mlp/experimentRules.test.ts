import { describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument, type RunDocument } from '../../../src/core/formats/experiment.ts';
import { createExperiment } from '../../../src/core/mlp/experiment.ts';
import { B1, B2, HIDDEN, PARAM_COUNT, W1, W2 } from '../../../src/core/mlp/layout.ts';
import { compileRule } from '../../../src/core/rules/compileRule.ts';
import { gallery } from '../../../src/core/rules/gallery.ts';

const text = (id: string) => gallery.find((g) => g.id === id)!.text;

function relError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(1, Math.abs(b));
}

/** Every minibatch loss and every epoch loss of run a against run b, as the worst relative error. */
function worst(a: RunDocument, b: RunDocument): number {
  let e = 0;
  a.batchLoss!.forEach((v, k) => (e = Math.max(e, relError(v, b.batchLoss![k]))));
  a.epochLoss!.forEach((v, k) => (e = Math.max(e, relError(v, b.epochLoss![k]))));
  return e;
}

describe('a rule in the experiment trains the 1-20-1 network over its 61 weights', () => {
  // The panel's settings of the built-ins (the tutorial's), written in each twin's own param names.
  const twins = [
    { builtIn: { optimizer: 'sgd', params: { lr: 0.01 } }, rule: { rule: text('sgd'), params: { lr: 0.01 } } },
    { builtIn: { optimizer: 'momentum', params: { lr: 0.01, momentum: 0.8 } }, rule: { rule: text('momentum'), params: { lr: 0.01, momentum: 0.8 } } },
    { builtIn: { optimizer: 'rmsprop', params: { lr: 0.01, alpha: 0.9 } }, rule: { rule: text('rmsprop'), params: { lr: 0.01, alpha: 0.9 } } },
    { builtIn: { optimizer: 'adam', params: { lr: 0.01, betas: [0.9, 0.99] } }, rule: { rule: text('adam'), params: { lr: 0.01, beta1: 0.9, beta2: 0.99 } } },
  ];
  const doc = runExperimentDocument(parseExperimentDocument({ seed: 7, epochs: 12, batchSize: 32, runs: twins.flatMap((t) => [t.builtIn, t.rule]) }));

  it.each(twins.map((t, i) => [t.builtIn.optimizer, i] as const))("the gallery's %s twin gives its built-in's every minibatch and epoch loss", (_id, i) => {
    const [builtIn, rule] = [doc.runs[2 * i], doc.runs[2 * i + 1]];
    expect(rule.batchLoss).toHaveLength(12 * 32);
    expect(rule.epochLoss).toHaveLength(12);
    // Training moved the loss, so agreeing is not two copies of the start.
    expect(rule.epochLoss![11]).toBeLessThan(rule.batchLoss![0]);
    expect(worst(rule, builtIn)).toBeLessThanOrEqual(1e-12);
  });

  it("names a rule's run after its first comment line and keeps its text, so the document trains again", () => {
    const adam = doc.runs[7];
    expect(adam.optimizer).toBe('rule-adam-as-a-student-writes-it');
    expect(adam.rule).toBe(text('adam'));
    const again = runExperimentDocument(parseExperimentDocument(JSON.parse(JSON.stringify(doc))));
    expect(again.runs[7].epochLoss).toEqual(adam.epochLoss);
  });

  it("takes a run's name beside its rule, but never a built-in's, and reports a rule's mistake at its line and column", () => {
    const named = parseExperimentDocument({ runs: [{ optimizer: 'rule-1', rule: text('lion') }] });
    expect(named.runs[0].optimizer).toBe('rule-1');
    expect(() => parseExperimentDocument({ runs: [{ optimizer: 'adam', rule: text('lion') }] })).toThrow(/runs\[0\]\.optimizer: "adam" is a built-in/);
    expect(() => parseExperimentDocument({ runs: [{ rule: 'param lr = 1\nx = x - lr*q' }] })).toThrow(/runs\[0\]\.rule: line 2, column 12: unknown name 'q'/);
    expect(() => parseExperimentDocument({ runs: [{ params: {} }] })).toThrow(/runs\[0\]\.optimizer: required/);
  });

  it('lets a diverging rule run to the end as NaN while the others finish', () => {
    const blowUp = '# Up the slope\nparam lr = 1e3\nx = x + lr*g*exp(t)';
    const out = runExperimentDocument(parseExperimentDocument({ epochs: 3, runs: [{ rule: blowUp }, { optimizer: 'sgd' }] }));
    expect(out.runs[0].epochLoss!.some((l) => !Number.isFinite(l))).toBe(true);
    expect(out.runs[1].epochLoss!.every(Number.isFinite)).toBe(true);
  });
});

/**
 * The network's loss and gradient for one batch, written out again plainly (arrays of numbers, one
 * sample at a time) so the experiment's steps can be checked against arithmetic it does not share.
 */
function byHand(theta: readonly number[], xs: readonly number[], ys: readonly number[]): { loss: number; grad: number[] } {
  const grad = new Array<number>(PARAM_COUNT).fill(0);
  let loss = 0;
  xs.forEach((x, s) => {
    const hidden = Array.from({ length: HIDDEN }, (_, j) => Math.max(0, theta[W1 + j] * x + theta[B1 + j]));
    const out = hidden.reduce((sum, a, j) => sum + theta[W2 + j] * a, theta[B2]);
    const r = out - ys[s];
    loss += (r * r) / xs.length;
    const dOut = (2 * r) / xs.length;
    grad[B2] += dOut;
    hidden.forEach((a, j) => {
      if (a <= 0) return;
      grad[W2 + j] += dOut * a;
      grad[W1 + j] += dOut * theta[W2 + j] * x;
      grad[B1 + j] += dOut * theta[W2 + j];
    });
  });
  return { loss, grad };
}

describe('rules PyTorch lacks train the network as their lines say, checked by hand', () => {
  // Four points, batches of two: two steps in one epoch, on weights that keep every unit active.
  const x = Float64Array.from([-0.8, -0.2, 0.3, 0.9]);
  const y = Float64Array.from([0.6, 0.1, 0.05, 0.85]);
  const init = Float64Array.from({ length: PARAM_COUNT }, (_, k) => 0.05 + 0.4 * Math.sin(1.3 * k + 0.7));
  const order = Int32Array.from([2, 0, 3, 1]);
  const batch = (k: number) => ({ xs: [x[order[2 * k]], x[order[2 * k + 1]]], ys: [y[order[2 * k]], y[order[2 * k + 1]]] });

  function train(ruleText: string, params: Record<string, number>) {
    const compiled = compileRule(ruleText);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const experiment = createExperiment({ x, y, init, epochs: 1, batchSize: 2, orders: [order], runs: [{ optimizer: compiled.optimizer, params }] });
    experiment.run();
    return experiment.runs[0];
  }

  const fullLossByHand = (theta: number[]) => byHand(theta, Array.from(x), Array.from(y)).loss;

  it('Lion: two steps of sign(beta1*m + (1 - beta1)*g), with weight decay', () => {
    const [lr, beta1, beta2, wd] = [0.01, 0.9, 0.99, 0.1];
    const run = train(text('lion'), { lr, beta1, beta2, weight_decay: wd });
    let theta = Array.from(init);
    let m = new Array<number>(PARAM_COUNT).fill(0);
    const losses: number[] = [];
    for (let k = 0; k < 2; k++) {
      const { xs, ys } = batch(k);
      const { loss, grad } = byHand(theta, xs, ys);
      losses.push(loss);
      theta = theta.map((w, i) => w - lr * (Math.sign(beta1 * m[i] + (1 - beta1) * grad[i]) + wd * w));
      m = m.map((mi, i) => beta2 * mi + (1 - beta2) * grad[i]);
    }
    expect(run.batchLoss[0]).toBeCloseTo(losses[0], 14);
    expect(run.batchLoss[1]).toBeCloseTo(losses[1], 14);
    expect(run.epochLoss[0]).toBeCloseTo(fullLossByHand(theta), 14);
    run.weights.forEach((w, i) => expect(w, `weight ${i}`).toBeCloseTo(theta[i], 14));
    // Each step moves a weight by about lr: a run that never stepped would fail here.
    expect(Math.max(...Array.from(run.weights, (w, i) => Math.abs(w - init[i])))).toBeGreaterThan(lr);
  });

  it("Sutskever's Nesterov: grad(x + momentum*v) is the gradient of the step's own minibatch at the look-ahead point", () => {
    const [lr, mu] = [0.05, 0.9];
    const run = train(text('nesterov-sutskever'), { lr, momentum: mu });
    let theta = Array.from(init);
    let v = new Array<number>(PARAM_COUNT).fill(0);
    const losses: number[] = [];
    for (let k = 0; k < 2; k++) {
      const { xs, ys } = batch(k);
      losses.push(byHand(theta, xs, ys).loss);
      const ahead = byHand(
        theta.map((w, i) => w + mu * v[i]),
        xs,
        ys,
      ).grad;
      v = v.map((vi, i) => mu * vi - lr * ahead[i]);
      theta = theta.map((w, i) => w + v[i]);
    }
    expect(run.batchLoss[1]).toBeCloseTo(losses[1], 14);
    run.weights.forEach((w, i) => expect(w, `weight ${i}`).toBeCloseTo(theta[i], 14));
    // The look-ahead gradient differs from the one at x in step 2: plain momentum lands elsewhere.
    const plain = train(text('momentum'), { lr, momentum: mu });
    expect(Math.max(...Array.from(plain.weights, (w, i) => Math.abs(w - theta[i])))).toBeGreaterThan(1e-6);
  });
});
