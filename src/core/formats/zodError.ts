import type { z } from 'zod';
import { InputError } from '../InputError.ts';

/** `cases[3].start[1]`: the path of the first problem, as a reader would write it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Parses with a zod schema; the first issue becomes one InputError line naming its field (or
 * `whole` when the value itself is wrong), after an optional prefix such as `preset beale: `.
 */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown, whole: string, prefix = ''): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    throw new InputError(`${prefix}${formatPath([...issue.path, issue.keys[0]])}: unknown field`);
  }
  throw new InputError(`${prefix}${formatPath(issue.path) || whole}: ${issue.message}`);
}
