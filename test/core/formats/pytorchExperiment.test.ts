import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseExperimentDocument, runExperimentDocument, setupExperiment } from '../../../src/core/formats/experiment.ts';
import { pytorchExperiment } from '../../../src/core/formats/pytorchExperiment.ts';
import { pythonFloat } from '../../../src/core/formats/pythonLiteral.ts';

const doc = parseExperimentDocument({
  format: 'mlp-experiment/1',
  seed: 5,
  hidden: 20,
  epochs: 4,
  batchSize: 16,
  points: 120,
  noise: 0.1,
  runs: [
    { optimizer: 'sgd', params: { lr: 0.05 } },
    { optimizer: 'momentum', params: { lr: 0.01 }, schedule: { type: 'StepLR', params: { step_size: 5, gamma: 0.5 }, interval: 'batch' } },
    { optimizer: 'adam', params: { lr: 0.01 }, schedule: { type: 'ReduceLROnPlateau', params: { patience: 0, factor: 0.5 } } },
    { optimizer: 'nadam', params: {}, batchSize: 40 },
    {
      optimizer: 'rmsprop',
      params: { lr: 0.001 },
      schedule: { type: 'OneCycleLR', params: { max_lr: 0.01, total_steps: 32, cycle_momentum: false }, interval: 'batch' },
    },
  ],
});
const setup = setupExperiment(doc);
const script = pytorchExperiment(setup.doc, 'A note.');

const PYTHON = process.env.PYTHON ?? 'python3';
const python = spawnSync(PYTHON, ['--version']).status === 0;
const torch = python && spawnSync(PYTHON, ['-c', 'import torch'], { timeout: 60_000 }).status === 0;

describe('pytorchExperiment', () => {
  it("writes out the seed's data, initial weights and orders", () => {
    expect(script).toContain(`X = torch.tensor([${pythonFloat(setup.doc.data.x[0])}, `);
    expect(script).toContain(`W1 = [${pythonFloat(setup.doc.init.w1[0])}, `);
    expect(script).toContain(`ORDER = [[${setup.doc.order[0].slice(0, 3).join(', ')}, `);
    expect(script).toContain('EPOCHS = 4');
    expect(script).toContain('A note.');
  });

  it('trains every run with its optimizer, schedule, interval and batch size', () => {
    expect(script).toContain("('sgd', train(lambda params: torch.optim.SGD(params, lr=0.05, ");
    expect(script).toMatch(/\('momentum', train\(.*torch\.optim\.lr_scheduler\.StepLR\(optimizer, step_size=5, gamma=0\.5\), per_batch=True\)\)/);
    expect(script).toMatch(/\('adam', train\(.*ReduceLROnPlateau\(optimizer, .*\), plateau=True\)\)/);
    expect(script).toContain("('nadam (batch 40)', train(lambda params: torch.optim.NAdam(");
    expect(script).toMatch(/batch_size=40\)\),/);
  });

  it.runIf(python)('Python parses it', () => {
    expect(spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: script, encoding: 'utf8' }).stderr).toBe('');
  });

  it.runIf(torch)(
    "PyTorch training ends at the final losses of the project's own training",
    () => {
      const run = spawnSync(PYTHON, ['-'], { input: script, encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const printed = run.stdout
        .trim()
        .split('\n')
        .map((l) => Number(l.slice(l.lastIndexOf(' ') + 1)));
      const ours = runExperimentDocument(doc).runs.map((r) => r.epochLoss![r.epochLoss!.length - 1]);
      expect(printed).toHaveLength(ours.length);
      printed.forEach((loss, i) => expect(Math.abs(loss - ours[i]) / ours[i], `${doc.runs[i].optimizer}: torch ${loss}, ours ${ours[i]}`).toBeLessThan(1e-10));
    },
    120_000,
  );
});
