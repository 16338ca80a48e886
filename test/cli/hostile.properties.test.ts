import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCapture } from './runIo.ts';

/**
 * Command lines a hurried or hostile user types: known commands and flags in any order, with values
 * that are out of range, of the wrong kind, huge or empty. The work each may ask for is bounded by
 * the commands' own limits, so the property also shows that nothing can make the CLI hang.
 */
const COMMANDS = ['trace', 'experiment', 'slice', 'swarm', 'basins', 'rule', 'surfaces', 'optimizers', 'schedules', 'nope', ''];
const FLAGS = [
  '--surface',
  '--formula',
  '--optimizer',
  '--params',
  '--schedule',
  '--start',
  '--steps',
  '--format',
  '--cases',
  '--config',
  '--count',
  '--view',
  '--layout',
  '--spread',
  '--seed',
  '--size',
  '--workers',
  '--json',
  '--pytorch',
  '--epochs',
  '--rule',
  '--',
  '-x',
];
const VALUES = [
  'booth',
  'rosenbrock',
  'sgd',
  'adam',
  'custom',
  '1e12',
  '1e9',
  '-1',
  '0',
  'NaN',
  'Infinity',
  '1e400,0',
  '',
  '{}',
  '[]',
  '{"lr":1e308}',
  '{"lr":-1}',
  '{"__proto__":{"lr":1}}',
  '{"type":"StepLR","params":{"step_size":0}}',
  'x^^2',
  'x^2+y^2',
  '((((x',
  'csv',
  'json',
  'grid',
  'doc.json',
  'rule.txt',
  'missing.json',
  '-8,8',
  '0,1,0,1',
  'a,b,c,d',
  '2',
  '3',
];
const FILES = {
  'doc.json': '{"runs":[{"optimizer":"sgd","params":{"lr":"fast"}}],"epochs":1e9}',
  'rule.txt': 'params lr = 0.01\nstate v = 0\nv = v + \ntheta = theta - lr * v',
};

const argv = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), fc.string({ maxLength: 12 })), { maxLength: 8 }))
  .map(([command, rest]) => [command, ...rest]);

describe('any command line', () => {
  it('ends with exit 0 and output, or exit 2 and one line naming what is wrong, never a stack trace', () => {
    fc.assert(
      fc.property(argv, (args) => {
        // Work the limits allow but that would slow the suite: the bounds themselves are tested per command.
        fc.pre(!(args.includes('basins') && !args.some((a) => /^(1e12|1e9|-1|0|NaN|Infinity|a,b,c,d|\{\}|\[\])$/.test(a))));
        const { code, out, err } = runCapture(args, FILES);
        if (code === 0) {
          expect(err).toBe('');
          return;
        }
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err.trim().split('\n')).toHaveLength(1);
        expect(err).toMatch(/^slopes: /);
        expect(err).not.toMatch(/\bat .*:\d+:\d+\)?$/m);
        expect(err.length).toBeLessThan(600);
      }),
      { numRuns: 1500, seed: 20261201 },
    );
  });

  /** One well-formed command with every value drawn from good and hostile ones alike, so most runs get past parsing. */
  /** Good values four times as often as bad ones, so about half the command lines run. */
  const pick = (good: string[], bad: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 12 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
  const GOOD_OR_BAD = {
    '--surface': pick(['booth', 'rosenbrock', 'saddle'], ['nope', '', '__proto__']),
    '--optimizer': pick(['sgd', 'adam', 'nag', 'adadelta'], ['constructor', 'ADAM']),
    '--params': pick(['{}', '{"lr":0.01}', '{"lr":1e308}'], ['{"lr":-1}', '{"betas":[0.9]}', '{"__proto__":{"lr":1}}', '[1]', 'null', '{"lr":']),
    '--schedule': pick(['{"type":"StepLR","params":{"step_size":2}}'], ['{"type":"StepLR","params":{"step_size":0}}', '{"type":"Nope"}', 'null', '{}']),
    '--start': pick(['-8,8', '0,0'], ['1e400,0', '1,', 'a,b', '1,2,3']),
    '--steps': pick(['3', '0', '50'], ['-1', '1.5', '1e12', 'many']),
    '--format': pick(['json', 'csv'], ['xml']),
    '--count': pick(['3', '1'], ['0', '1e9', '-4']),
    '--spread': pick(['0.1', '0'], ['-1', 'NaN']),
    '--layout': pick(['grid', 'cloud'], ['hex']),
    '--view': pick(['0,1,0,1'], ['1,0,0,1', 'a,b,c,d', '0,1']),
  };
  const command = (name: string, flags: (keyof typeof GOOD_OR_BAD)[]) =>
    fc.tuple(...flags.map((f) => fc.option(GOOD_OR_BAD[f], { freq: 4 }))).map((values) => [name, ...flags.flatMap((f, i) => (values[i] === null ? [] : [f, values[i]]))]);
  const wellFormed = fc.oneof(
    command('trace', ['--surface', '--optimizer', '--params', '--schedule', '--start', '--steps', '--format']),
    command('swarm', ['--surface', '--optimizer', '--params', '--count', '--steps', '--spread', '--layout', '--view', '--start']),
  );

  it('and a well-formed one with any mix of good and bad values, the same', () => {
    let ran = 0;
    fc.assert(
      fc.property(wellFormed, (args) => {
        const { code, out, err } = runCapture(args, FILES);
        expect(typeof code).toBe('number');
        if (code === 0) {
          ran++;
          expect(() => (args.includes('csv') ? out.split('\n') : (JSON.parse(out) as unknown))).not.toThrow();
          return;
        }
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err.trim().split('\n')).toHaveLength(1);
        expect(err).not.toMatch(/\bat .*:\d+:\d+\)?$/m);
      }),
      { numRuns: 1500, seed: 20261201 },
    );
    // The generator must reach the commands' work, not only their argument checks.
    expect(ran).toBeGreaterThan(100);
  });
});
