import { describeParam } from '../../core/schedules/describeParam.ts';
import { schedules } from '../../core/schedules/registry.ts';
import type { ScheduleParam } from '../../core/schedules/Schedule.ts';
import { parseFlags } from '../args.ts';
import type { Io } from '../io.ts';

/** What the listing shows for a default: "required" where PyTorch has none, the other argument it copies. */
function defaultText(p: ScheduleParam): string {
  if (p.required) return 'required';
  if (p.kind === 'integer' && p.defaultFrom) return `= ${p.defaultFrom}`;
  return JSON.stringify(p.default);
}

function parameterJson(p: ScheduleParam) {
  return {
    name: p.name,
    kind: p.kind,
    ...(p.required ? { required: true } : p.kind === 'integer' && p.defaultFrom ? { defaultFrom: p.defaultFrom } : { default: p.default }),
    allowed: describeParam(p),
    help: p.help,
  };
}

export function listSchedules(argv: string[], io: Io): number {
  const { json } = parseFlags('schedules', argv, { json: { type: 'boolean' } });
  if (json) {
    const rows = schedules.map((s) => ({ type: s.type, torch: s.torch, summary: s.summary, parameters: s.parameters.map(parameterJson) }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const s of schedules) {
    io.out(`${s.type} — ${s.torch}\n    ${s.summary}\n`);
    for (const p of s.parameters) {
      io.out(`    ${p.name.padEnd(17)} default ${defaultText(p).padEnd(14)} ${describeParam(p).padEnd(32)} ${p.help}\n`);
    }
  }
  return 0;
}
