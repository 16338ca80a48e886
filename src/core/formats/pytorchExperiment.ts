import { resolveOptimizer } from '../optimizers/resolveOptimizer.ts';
import type { ExperimentSetup } from './experiment.ts';
import { pythonFloat } from './pythonLiteral.ts';
import { torchOptimizerCall, torchSchedulerCall } from './torchOptimizer.ts';
import { torchRules } from './torchRules.ts';

const floats = (xs: readonly number[]) => `[${xs.map(pythonFloat).join(', ')}]`;

const TRAIN = `def loss_of(w1, b1, w2, b2, idx):
    """Mean squared error of y = b2 + w2 · relu(w1 x + b1) over the points idx."""
    h = torch.relu(X[idx, None] * w1 + b1)
    return ((h @ w2 + b2 - Y[idx]) ** 2).mean()


def train(make_optimizer, make_scheduler=None, per_batch=False, plateau=False, batch_size=BATCH_SIZE):
    params = [torch.tensor(w, requires_grad=True) for w in (W1, B1, W2, B2)]
    optimizer = make_optimizer(params)
    scheduler = make_scheduler(optimizer) if make_scheduler else None
    every = torch.arange(len(X))

    def step_scheduler(loss):
        if scheduler is not None:
            scheduler.step(loss) if plateau else scheduler.step()

    for epoch in range(EPOCHS):
        order = torch.tensor(ORDER[epoch])
        for start in range(0, len(X), batch_size):
            batch = order[start:start + batch_size]

            def closure():
                """The minibatch loss and its gradient; step() may ask again (a rule's grad(E) asks at E)."""
                optimizer.zero_grad()
                loss = loss_of(*params, batch)
                loss.backward()
                return loss

            loss = closure()
            optimizer.step(closure)
            if per_batch:
                step_scheduler(loss.item())
        with torch.no_grad():
            epoch_loss = loss_of(*params, every).item()
        if not per_batch:
            step_scheduler(epoch_loss)
    return epoch_loss`;

/** The script's own capitalised names, which no rule's class may take. */
const SCRIPT_NAMES = ['X', 'Y', 'W1', 'B1', 'W2', 'B2', 'ORDER', 'EPOCHS', 'BATCH_SIZE'];

/**
 * The experiment panel's training as a runnable PyTorch script: the 1-20-1 ReLU network, its seed's
 * data, initial weights and each epoch's shuffled order written out (PyTorch's generator draws other
 * numbers than this one), every run's optimizer and schedule, a rule's run with the rule's own
 * class; it prints each run's final loss.
 */
export function pytorchExperiment(doc: ExperimentSetup['doc'], note?: string): string {
  const { init, data } = doc;
  const rules = torchRules(
    doc.runs.flatMap((r) => (r.rule !== undefined ? [r.rule] : [])),
    SCRIPT_NAMES,
  );
  const runs = doc.runs.map((r, i) => {
    const make =
      r.rule !== undefined ? rules.call(r.rule, r.params, 'params') : torchOptimizerCall(resolveOptimizer(r.optimizer, `runs[${i}].optimizer`), r.params, 'params');
    const args = [`lambda params: ${make}`];
    if (r.schedule) {
      const { interval, ...spec } = r.schedule;
      args.push(`lambda optimizer: ${torchSchedulerCall(spec, 'optimizer')}`);
      if (interval === 'batch') args.push('per_batch=True');
      if (spec.type === 'ReduceLROnPlateau') args.push('plateau=True');
    }
    if (r.batchSize !== undefined) args.push(`batch_size=${r.batchSize}`);
    const label = r.batchSize !== undefined ? `${r.optimizer} (batch ${r.batchSize})` : r.optimizer;
    return `    ('${label}', train(${args.join(', ')})),`;
  });
  return [
    `"""The 1-20-1 network of Slopes' experiment panel (seed ${doc.seed}), trained with torch.optim in float64.`,
    '',
    `${data.x.length} points of y = x² + noise, minibatches of ${doc.batchSize} in each epoch's order, ${doc.epochs} epochs;`,
    "the script prints each run's mean squared error over all points after the last epoch.",
    ...(note ? ['', note] : []),
    '"""',
    'import torch',
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    `X = torch.tensor(${floats(data.x)})`,
    `Y = torch.tensor(${floats(data.y)})`,
    `W1 = ${floats(init.w1)}`,
    `B1 = ${floats(init.b1)}`,
    `W2 = ${floats(init.w2)}`,
    `B2 = ${floats(init.b2)}`,
    `ORDER = [${doc.order.map((o) => `[${o.join(', ')}]`).join(', ')}]`,
    `EPOCHS = ${doc.epochs}`,
    `BATCH_SIZE = ${doc.batchSize}`,
    '',
    '',
    ...rules.source,
    '',
    TRAIN,
    '',
    '',
    'for name, loss in [',
    ...runs,
    ']:',
    '    print(name, repr(loss))',
    '',
  ].join('\n');
}
