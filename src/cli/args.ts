import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../core/InputError.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node's parser refuses `--start -1.5,2` as ambiguous; every string option here takes a value, so a
 * following token that is not itself a `--flag` (a negative number) is glued on as `--start=-1.5,2`.
 */
function attachNegativeValues(argv: string[], options: Options): string[] {
  const out: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const name = argv[k].startsWith('--') ? argv[k].slice(2) : '';
    const next = argv[k + 1];
    if (options[name]?.type === 'string' && next !== undefined && next.startsWith('-') && !next.startsWith('--')) {
      out.push(`${argv[k]}=${next}`);
      k++;
    } else {
      out.push(argv[k]);
    }
  }
  return out;
}

/** Parses a command's flags with node's own parser; unknown or malformed flags become one line. */
export function parseFlags<T extends Options>(command: string, argv: string[], options: T) {
  try {
    const args = attachNegativeValues(argv, options);
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const allowed = Object.keys(options)
      .map((k) => `--${k}`)
      .join(', ');
    const first = (e as Error).message.split('\n')[0];
    throw new InputError(`${command}: ${first} (options: ${allowed})`);
  }
}

export function parseNumberFlag(name: string, text: string, { integer = false, min = -Infinity, max = Infinity } = {}): number {
  const value = Number(text);
  const ok = text.trim() !== '' && Number.isFinite(value) && (!integer || Number.isInteger(value)) && value >= min && value <= max;
  if (!ok) {
    const kind = integer ? 'an integer' : 'a finite number';
    const bounds = [min > -Infinity ? `>= ${min}` : '', max < Infinity ? `<= ${max}` : ''].filter(Boolean).join(' and ');
    throw new InputError(`--${name} must be ${kind}${bounds ? ` ${bounds}` : ''}, got "${text}"`);
  }
  return value;
}

export function parsePointFlag(name: string, text: string): [number, number] {
  const parts = text.split(',');
  const values = parts.map(Number);
  if (parts.length !== 2 || parts.some((p) => p.trim() === '') || !values.every(Number.isFinite)) {
    throw new InputError(`--${name} must be two finite numbers "X,Y", got "${text}"`);
  }
  return [values[0], values[1]];
}
