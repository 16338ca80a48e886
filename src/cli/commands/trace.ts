import { InputError } from '../../core/InputError.ts';
import { fillTraces, MAX_TRACE_STEPS } from '../../core/formats/traces.ts';
import { resolveOptimizer, resolveParamsOrThrow } from '../../core/optimizers/resolveOptimizer.ts';
import { resolveSurface } from '../../core/resolveSurface.ts';
import { runTrace } from '../../core/trace.ts';
import { parseFlags, parseNumberFlag, parsePointFlag } from '../args.ts';
import { parseJsonText, readJson, type Io } from '../io.ts';

const options = {
  cases: { type: 'string' },
  surface: { type: 'string' },
  optimizer: { type: 'string' },
  params: { type: 'string' },
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
  if (flags.surface === undefined) throw new InputError('trace: give --cases FILE, or --surface S and --optimizer O');
  if (flags.optimizer === undefined) throw new InputError('trace: --optimizer is required with --surface');
  const surface = resolveSurface(flags.surface, '--surface');
  const optimizer = resolveOptimizer(flags.optimizer, '--optimizer');
  const rawParams = flags.params === undefined ? {} : parseJsonText(flags.params, '--params');
  const params = resolveParamsOrThrow(optimizer, rawParams, '--params');
  const start = flags.start === undefined ? surface.start : parsePointFlag('start', flags.start);
  const steps = flags.steps === undefined ? 100 : parseNumberFlag('steps', flags.steps, { integer: true, min: 0 });
  if (steps > MAX_TRACE_STEPS) throw new InputError(`--steps must be at most ${MAX_TRACE_STEPS}, got ${steps}`);
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new InputError(`--format must be json or csv, got "${format}"`);

  const trajectory = runTrace(surface, optimizer, params, [start[0], start[1]], steps);
  if (format === 'csv') {
    io.out(`step,x,y,f\n${trajectory.map((p, k) => `${k},${p[0]},${p[1]},${p[2]}`).join('\n')}\n`);
  } else {
    const doc = { surface: surface.id, optimizer: optimizer.id, params, start, steps, trajectory };
    io.out(`${JSON.stringify(doc)}\n`);
  }
  return 0;
}
