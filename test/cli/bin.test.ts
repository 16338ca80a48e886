import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The real executable, as a user runs it: exit codes and streams, not just the in-process function. */
function slopes(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the slopes executable', () => {
  it('prints a trajectory as JSON and exits 0', () => {
    const { code, out } = slopes('trace', '--surface', 'booth', '--optimizer', 'sgd', '--params', '{"lr":0.05}', '--start', '-8,8', '--steps', '2');
    expect(code).toBe(0);
    // booth at (-8, 8): A = -8 + 16 - 7 = 1, B = -16 + 8 - 5 = -13, f = 1 + 169 = 170.
    expect((JSON.parse(out) as { trajectory: number[][] }).trajectory[0]).toEqual([-8, 8, 170]);
  });

  it('exits 2 with one line on stderr and no stack trace on bad input', () => {
    const { code, out, err } = slopes('trace', '--surface', 'nope', '--optimizer', 'sgd');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([expect.stringMatching(/^slopes: --surface: unknown surface "nope"/)]);
  });

  it('stops quietly when the reader of its output closes the pipe early, as `| head` does', async () => {
    const child = spawn(process.execPath, ['src/cli/bin.js', 'trace', '--surface', 'rosenbrock', '--optimizer', 'adam', '--steps', '20000', '--format', 'csv']);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 30_000);
});
