import { describe, expect, it } from 'vitest';
import { expectInputError, runCapture } from './runIo.ts';

const good = { format: 'optimizer-traces/1', cases: [{ surface: 'saddle', optimizer: 'sgd', params: { lr: 0.01 }, start: [1, 0.1], steps: 5 }] };
const withCase = (patch: Record<string, unknown>) => JSON.stringify({ ...good, cases: [{ ...good.cases[0], ...patch }] });

/** Every bad input: exit code 2, exactly one line on stderr naming the field, nothing on stdout. */
const bad: [string, string[], Record<string, string>, RegExp][] = [
  ['an unknown command', ['frobnicate'], {}, /unknown command "frobnicate"/],
  ['an unknown flag', ['trace', '--colour', 'red'], {}, /--colour|colour/],
  ['an unknown surface', ['trace', '--surface', 'banana', '--optimizer', 'sgd'], {}, /--surface: unknown surface "banana" \(allowed: rosenbrock, /],
  ['an unknown optimizer', ['trace', '--surface', 'saddle', '--optimizer', 'adamm'], {}, /--optimizer: unknown optimizer "adamm" \(allowed: sgd, /],
  ['malformed --params JSON', ['trace', '--surface', 'saddle', '--optimizer', 'sgd', '--params', '{lr:'], {}, /--params is not valid JSON/],
  ['a parameter of the wrong type', ['trace', '--surface', 'saddle', '--optimizer', 'adam', '--params', '{"lr":"fast"}'], {}, /--params: .*lr/],
  ['a parameter out of range', ['trace', '--surface', 'saddle', '--optimizer', 'adam', '--params', '{"betas":[0.9,1.5]}'], {}, /--params: .*betas/],
  ['an unknown parameter', ['trace', '--surface', 'saddle', '--optimizer', 'sgd', '--params', '{"momentum":0.9}'], {}, /--params: .*momentum/],
  ['a bad start point', ['trace', '--surface', 'saddle', '--optimizer', 'sgd', '--start', '1,x'], {}, /--start must be two finite numbers/],
  ['negative steps', ['trace', '--surface', 'saddle', '--optimizer', 'sgd', '--steps', '-3'], {}, /--steps must be an integer >= 0/],
  ['a bad format', ['trace', '--surface', 'saddle', '--optimizer', 'sgd', '--format', 'xml'], {}, /--format must be json or csv/],
  ['a missing cases file', ['trace', '--cases', 'nope.json'], {}, /--cases: cannot read "nope.json": no such file/],
  ['a cases file that is not JSON', ['trace', '--cases', 'c.json'], { 'c.json': '{"format": ' }, /--cases: "c.json" is not valid JSON/],
  ['a wrong format tag', ['trace', '--cases', 'c.json'], { 'c.json': JSON.stringify({ ...good, format: 'traces/2' }) }, /format: expected "optimizer-traces\/1"/],
  ['a case with an unknown surface', ['trace', '--cases', 'c.json'], { 'c.json': withCase({ surface: 'moon' }) }, /cases\[0\]\.surface: unknown surface "moon"/],
  ['a case with bad params', ['trace', '--cases', 'c.json'], { 'c.json': withCase({ params: { lr: -1 } }) }, /cases\[0\]\.params: .*lr/],
  ['a case with a non-integer step count', ['trace', '--cases', 'c.json'], { 'c.json': withCase({ steps: 2.5 }) }, /cases\[0\]\.steps/],
  ['a case with a one-number start', ['trace', '--cases', 'c.json'], { 'c.json': withCase({ start: [1] }) }, /cases\[0\]\.start/],
];

describe('bad input', () => {
  it.each(bad)('%s exits 2 with one clear line', (_name, argv, files, message) => expectInputError(argv, files, message));

  it('the good file used above really is good', () => {
    expect(runCapture(['trace', '--cases', 'c.json'], { 'c.json': JSON.stringify(good) }).code).toBe(0);
  });
});

describe('listings', () => {
  it('surfaces lists every surface with its formula', () => {
    const { code, out } = runCapture(['surfaces', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { id: string; formula: string }[];
    expect(rows.map((r) => r.id)).toContain('goldstein_price');
    expect(rows.every((r) => r.formula.length > 0)).toBe(true);
  });

  it('optimizers lists hyperparameters with PyTorch defaults', () => {
    const { code, out } = runCapture(['optimizers', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { id: string; hyperparameters: { name: string; default: unknown }[] }[];
    const adamw = rows.find((r) => r.id === 'adamw')!;
    expect(adamw.hyperparameters.find((p) => p.name === 'weight_decay')!.default).toBe(0.01);
    expect(runCapture(['optimizers']).out).toMatch(/rmsprop .*\n(.*\n)*\s+centered\s+default false/);
  });
});
