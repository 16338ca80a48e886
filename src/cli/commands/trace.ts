import { InputError } from '../../core/InputError.ts';
import { fillTraces, MAX_TRACE_STEPS } from '../../core/formats/traces.ts';
import { resolveParamsOrThrow } from '../../core/optimizers/resolveOptimizer.ts';
import { resolveTraceOptimizer } from '../../core/formats/traceOptimizer.ts';
import { resolveTraceSurface } from '../../core/formats/traceSurface.ts';
import { resolveSchedule } from '../../core/schedules/resolveSchedule.ts';
import { runScheduledTrace } from '../../core/trace.ts';
import { parseFlags, parseNumberFlag, parsePointFlag } from '../args.ts';
import { parseJsonText, readJson, readText, type Io } from '../io.ts';

const options = {
  cases: { type: 'string' },
  surface: { type: 'string' },
  formula: { type: 'string' },
  optimizer: { type: 'string' },
  rule: { type: 'string' },
  params: { type: 'string' },
  schedule: { type: 'string' },
  start: { type: 'string' },
  steps: { type: 'string' },
  format: { type: 'string' },
} as const;

export function trace(argv: string[], io: Io): number {
  const flags = parseFlags('trace', argv, options);
  if (flags.cases !== undefined) {
    const others = Object.keys(flags).filter((k) => k !== 'cases');
    if (others.length) throw new InputError(`trace: --cases cannot be combined with --${others[0]}`);
    io.out(`${JSON.stringify(fillTraces(readJson(io, flags.cases, '--cases')))}\n`);
    return 0;
  }
  if (flags.surface === undefined && flags.formula === undefined) {
    throw new InputError('trace: give --cases FILE, or --surface S (or --formula EXPR) and --optimizer O');
  }
  if (flags.optimizer === undefined && flags.rule === undefined) {
    throw new InputError(`trace: --optimizer O (or --rule FILE) is required with --${flags.surface === undefined ? 'formula' : 'surface'}`);
  }
  const surface = resolveTraceSurface(flags.surface, flags.formula, { surface: '--surface', formula: '--formula' });
  const ruleText = flags.rule === undefined ? undefined : readText(io, flags.rule, '--rule');
  const optimizer = resolveTraceOptimizer(flags.optimizer, ruleText, { optimizer: '--optimizer', rule: '--rule' });
  const rawParams = flags.params === undefined ? {} : parseJsonText(flags.params, '--params');
  const params = resolveParamsOrThrow(optimizer, rawParams, '--params');
  const start = flags.start === undefined ? surface.start : parsePointFlag('start', flags.start);
  const steps = flags.steps === undefined ? 100 : parseNumberFlag('steps', flags.steps, { integer: true, min: 0 });
  if (steps > MAX_TRACE_STEPS) throw new InputError(`--steps must be at most ${MAX_TRACE_STEPS}, got ${steps}`);
  const schedule = flags.schedule === undefined ? null : resolveSchedule(parseJsonText(flags.schedule, '--schedule'), { optimizer, steps }, '--schedule');
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new InputError(`--format must be json or csv, got "${format}"`);

  const { trajectory, lr, momentum } = runScheduledTrace(surface, optimizer, params, schedule, [start[0], start[1]], steps);
  if (format === 'csv') {
    // With a schedule, each row also gives the lr (and momentum) of the step taken from it; the last point takes none.
    const extra = (k: number) => (schedule ? `,${lr[k] ?? ''}${momentum ? `,${momentum[k] ?? ''}` : ''}` : '');
    const header = `step,x,y,f${schedule ? `,lr${momentum ? ',momentum' : ''}` : ''}`;
    io.out(`${header}\n${trajectory.map((p, k) => `${k},${p[0]},${p[1]},${p[2]}${extra(k)}`).join('\n')}\n`);
  } else {
    const where = flags.formula === undefined ? { surface: surface.id } : { formula: flags.formula };
    const how = ruleText === undefined ? { optimizer: optimizer.id } : { rule: ruleText };
    const doc = { ...where, ...how, params, start, steps };
    const scheduled = schedule ? { schedule, lr, ...(momentum ? { momentum } : {}) } : {};
    io.out(`${JSON.stringify({ ...doc, ...scheduled, trajectory })}\n`);
  }
  return 0;
}
