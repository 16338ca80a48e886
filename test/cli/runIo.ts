import { expect } from 'vitest';
import { runCli } from '../../src/cli/runCli.ts';
import type { Io } from '../../src/cli/io.ts';

/** Runs the CLI in-process with files served from memory (or the real disk for unknown paths). */
export function runCapture(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readText: (path) => {
      if (path in files) return files[path];
      const e = new Error(`ENOENT: ${path}`) as NodeJS.ErrnoException;
      e.code = 'ENOENT';
      throw e;
    },
  };
  const code = runCli(argv, io);
  return { code, out, err };
}

/** The bad-input contract: exit code 2, nothing on stdout, one line on stderr matching `message`, no stack trace. */
export function expectInputError(argv: string[], files: Record<string, string>, message: RegExp): void {
  const { code, out, err } = runCapture(argv, files);
  expect(code).toBe(2);
  expect(out).toBe('');
  expect(err.endsWith('\n')).toBe(true);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(message);
  expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
}
