import { readFileSync } from 'node:fs';
import { InputError } from '../core/InputError.ts';

/** What a command may touch; tests pass their own to run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, 'utf8'),
};

/** Reads a text file, turning a missing file into one line naming the option. */
export function readText(io: Io, path: string, option: string): string {
  try {
    return io.readText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(code ?? e);
    throw new InputError(`${option}: cannot read "${path}": ${why}`);
  }
}

/** Reads and parses a JSON file, turning a missing file or bad JSON into one line naming the option. */
export function readJson(io: Io, path: string, option: string): unknown {
  return parseJsonText(readText(io, path, option), `${option}: "${path}"`);
}

export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}
