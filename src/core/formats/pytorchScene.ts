import type { Optimizer, Params } from '../optimizers/Optimizer.ts';
import type { ScheduleSpec } from '../schedules/Schedule.ts';
import { pythonFloat } from './pythonLiteral.ts';
import { torchExpression } from './torchExpression.ts';
import { torchOptimizerCall, torchSchedulerCall } from './torchOptimizer.ts';
import { torchRules, type TorchRules } from './torchRules.ts';

export interface TorchRun {
  optimizer: Optimizer;
  params: Params;
  schedule: ScheduleSpec | null;
  /** An update rule's text: the script defines its class and runs that in place of a torch.optim one. */
  rule?: string;
}

/** What the script reproduces: one surface, the start points every optimizer shares, and the steps. */
export interface TorchScene {
  /** One line naming the scene (the preset's title or the surface's name). */
  title: string;
  /** f(x, y) in the formula language. */
  formula: string;
  starts: readonly (readonly [number, number])[];
  steps: number;
  runs: readonly TorchRun[];
  /** Lines on what the script does not reproduce (gradient noise), for its docstring. */
  notes?: readonly string[];
}

/** Scheduler steps the map takes: OneCycleLR is defined for total_steps − 1 steps, after which the map holds its values. */
const schedulerSteps = (s: ScheduleSpec) => (s.type === 'OneCycleLR' ? (s.params.total_steps as number) - 1 : null);

function runLine(run: TorchRun, rules: TorchRules): string {
  const make = run.rule !== undefined ? rules.call(run.rule, run.params, 'params') : torchOptimizerCall(run.optimizer, run.params, 'params');
  const args = [`lambda params: ${make}`];
  if (run.schedule) {
    args.push(`lambda optimizer: ${torchSchedulerCall(run.schedule, 'optimizer')}`);
    const held = schedulerSteps(run.schedule);
    if (held !== null) args.push(`scheduler_steps=${held}`);
    if (run.schedule.type === 'ReduceLROnPlateau') args.push('plateau=True');
  }
  return `    '${run.optimizer.id}': run(${args.join(', ')}),`;
}

/** The script's own capitalised names, which no rule's class may take. */
const SCRIPT_NAMES = ['START', 'STEPS'];

const RUN = `def run(make_optimizer, make_scheduler=None, scheduler_steps=STEPS, plateau=False):
    """Every start is a row of one tensor: these optimizers act coordinate by coordinate, so the rows move independently."""
    p = torch.tensor(START, requires_grad=True)
    optimizer = make_optimizer([p])
    scheduler = make_scheduler(optimizer) if make_scheduler else None

    def closure():
        """The loss at p and its gradient; step() may ask again (a rule's grad(E) asks at E)."""
        optimizer.zero_grad()
        loss = f(p[:, 0], p[:, 1])
        loss.sum().backward()
        return loss

    for k in range(STEPS):
        loss = closure()
        optimizer.step(closure)
        if scheduler is not None and k < scheduler_steps:
            # ReduceLROnPlateau watches the first ball's loss where the step began.
            scheduler.step(loss[0].item()) if plateau else scheduler.step()
    return p.detach()`;

/**
 * A short, runnable Python script reproducing a scene with torch.optim in float64: f as a torch
 * expression, each optimizer with every hyperparameter under PyTorch's name and its lr scheduler,
 * the starts and the steps; it prints each point's final x, y and f (repr: every digit).
 */
export function pytorchScene(scene: TorchScene): string {
  const doc = scene.title.replace(/\\/g, '\\\\').replace(/"""/g, "'''");
  const starts = scene.starts.map(([x, y]) => `[${pythonFloat(x)}, ${pythonFloat(y)}]`);
  const expr = torchExpression(scene.formula);
  // A constant f still needs a tensor to differentiate.
  const body = /\b[xy]\b/.test(expr) ? expr : `torch.zeros_like(x) + ${expr}`;
  const rules = torchRules(
    scene.runs.flatMap((r) => (r.rule !== undefined ? [r.rule] : [])),
    SCRIPT_NAMES,
  );
  return [
    `"""${doc}: the scene reproduced with torch.optim in float64.`,
    '',
    `f(x, y) = ${scene.formula.replace(/\\/g, '\\\\')}`,
    `Each optimizer starts from the same ${starts.length === 1 ? 'point' : `${starts.length} points`} and takes STEPS steps; the script prints where each point ends.`,
    ...(scene.notes ?? []),
    '"""',
    ...(expr.includes('math.') ? ['import math', ''] : []),
    'import torch',
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    `START = [${starts.join(', ')}]`,
    `STEPS = ${scene.steps}`,
    '',
    '',
    'def f(x, y):',
    `    return ${body}`,
    '',
    '',
    ...rules.source,
    '',
    RUN,
    '',
    '',
    'finals = {',
    ...scene.runs.map((r) => runLine(r, rules)),
    '}',
    'for name, points in finals.items():',
    '    for x, y in points.tolist():',
    '        print(name, repr(x), repr(y), repr(f(torch.tensor(x), torch.tensor(y)).item()))',
    '',
  ].join('\n');
}
