import type { ScheduleParam } from './Schedule.ts';
import { chainableSchedules } from './chainableSchedules.ts';

/** What a declaration allows, as the end of "must be ...": shared by validation and the CLI listing. */
export function describeParam(p: ScheduleParam): string {
  switch (p.kind) {
    case 'number': {
      if (p.max === Infinity) return `a number ${p.exclusiveMin ? '>' : '>='} ${p.min}`;
      return `a number in ${p.exclusiveMin ? '(' : '['}${p.min}, ${p.max}${p.exclusiveMax ? ')' : ']'}`;
    }
    case 'integer':
      return `an integer >= ${p.min}`;
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${p.options.map((o) => `"${o}"`).join(', ')}`;
    case 'integers':
      return `a list of ${p.increasing ? 'increasing ' : ''}integers >= ${p.min}`;
    case 'schedules':
      return `a list of {type, params} with type one of ${chainableSchedules.map((s) => s.type).join(', ')}`;
  }
}
