import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pytorchScene, type TorchRun } from '../../../src/core/formats/pytorchScene.ts';
import type { Optimizer, ParamValue } from '../../../src/core/optimizers/Optimizer.ts';
import { optimizers } from '../../../src/core/optimizers/registry.ts';
import { resolveParams } from '../../../src/core/optimizers/resolveParams.ts';
import { createRandom } from '../../../src/core/random.ts';
import { defaultScheduleParams } from '../../../src/core/schedules/defaultScheduleParams.ts';
import { schedules } from '../../../src/core/schedules/registry.ts';
import { resolveSchedule } from '../../../src/core/schedules/resolveSchedule.ts';
import type { ScheduleSpec, ScheduleType } from '../../../src/core/schedules/Schedule.ts';

const random = createRandom(3);

/** Random valid settings of an optimizer, within its sliders (NAG keeps momentum > 0 and dampening 0). */
function randomParams(o: Optimizer): Record<string, ParamValue> {
  for (;;) {
    const out: Record<string, ParamValue> = {};
    for (const h of o.hyperparameters) {
      if (h.kind === 'boolean') out[h.name] = random.next() < 0.5;
      else if (h.kind === 'pair') out[h.name] = [random.uniform(...h.slider), random.uniform(...h.slider)];
      else out[h.name] = Number(random.uniform(Math.max(h.slider[0], 1e-6), h.slider[1]).toPrecision(3));
    }
    const resolved = resolveParams(o, out);
    if (resolved.ok) return out;
    if (o.check) Object.assign(out, { dampening: 0 });
    if (resolveParams(o, out).ok) return out;
  }
}

/** Python literals back to values: floats, True/False, tuples and lists of them, quoted strings. */
function pythonLiteral(text: string): unknown {
  const t = text.trim();
  if (t === 'True' || t === 'False') return t === 'True';
  if (/^'.*'$/.test(t)) return t.slice(1, -1);
  if (/^[([]/.test(t))
    return t
      .slice(1, -1)
      .split(',')
      .filter((s) => s.trim())
      .map(pythonLiteral);
  const n = Number(t);
  if (Number.isNaN(n)) throw new Error(`not a literal: ${t}`);
  return n;
}

/** The call starting at `from` in `text`, up to its own closing parenthesis. */
function callAt(text: string, from: number): string {
  let depth = 0;
  for (let i = text.indexOf('(', from); i < text.length; i++) {
    if (text[i] === '(') depth++;
    if (text[i] === ')' && --depth === 0) return text.slice(from, i + 1);
  }
  throw new Error(`unclosed call in ${text}`);
}

/** `Cls(target, a=1.0, b=(0.9, 0.99))` → { a: 1, b: [0.9, 0.99] }, splitting at top-level commas only. */
function keywords(call: string): Record<string, unknown> {
  const inner = call.slice(call.indexOf('(') + 1, -1);
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    cur += ch;
  }
  parts.push(cur);
  const out: Record<string, unknown> = {};
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    out[p.slice(0, eq).trim()] = pythonLiteral(p.slice(eq + 1));
  }
  return out;
}

/** A schedule at its defaults, for 7 steps; without cycled momentum where the optimizer has none to cycle. */
function scheduleFor(optimizer: Optimizer, type: ScheduleType): ScheduleSpec {
  const params = { ...defaultScheduleParams(type), ...(type.type === 'OneCycleLR' ? { total_steps: 7 } : {}) };
  try {
    return resolveSchedule({ type: type.type, params }, { optimizer, steps: 7 }, 'schedule');
  } catch {
    return resolveSchedule({ type: type.type, params: { ...params, cycle_momentum: false } }, { optimizer, steps: 7 }, 'schedule');
  }
}

const scriptOf = (runs: TorchRun[]) =>
  pytorchScene({
    title: 'Test scene',
    formula: 'x^2 + y^2',
    starts: [
      [1, 2],
      [-0.5, 0.25],
    ],
    steps: 7,
    runs,
  });
const lineOf = (script: string, id: string) => script.split('\n').find((l) => l.startsWith(`    '${id}': run(`)) ?? '';

const PYTHON = process.env.PYTHON ?? 'python3';
const python = spawnSync(PYTHON, ['--version']).status === 0;
const parses = (source: string) => {
  const run = spawnSync(PYTHON, ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8' });
  return run.status === 0 ? 'ok' : run.stderr;
};

describe('pytorchScene', () => {
  it.each(optimizers.map((o) => [o.id, o] as const))('%s: its line names the PyTorch class and every hyperparameter with its value', (id, o) => {
    const params = randomParams(o);
    const line = lineOf(scriptOf([{ optimizer: o, params, schedule: null }]), id);
    const cls = /^torch\.optim\.\w+/.exec(o.torch)![0];
    expect(line).toContain(`lambda params: ${cls}(params, `);
    const kw = keywords(callAt(line, line.indexOf(cls)));
    for (const h of o.hyperparameters) expect(kw[h.name], `${id}.${h.name}`).toEqual(h.kind === 'pair' ? [...(params[h.name] as readonly number[])] : params[h.name]);
    // What the torch text fixes (nesterov=True for NAG, momentum=0 for SGD) is passed too.
    for (const [, name, value] of o.torch.matchAll(/(\w+)=([^,)…]+)/g)) expect(kw[name], `${id}.${name}`).toEqual(pythonLiteral(value));
  });

  it.each(schedules.map((s) => [s.type, s] as const))('%s: its scheduler line names the class and every argument', (type, s) => {
    const momentum = optimizers.find((o) => o.id === 'momentum')!;
    const spec = scheduleFor(momentum, s);
    const line = lineOf(scriptOf([{ optimizer: momentum, params: randomParams(momentum), schedule: spec }]), 'momentum');
    const start = line.indexOf(`torch.optim.lr_scheduler.${type}(optimizer, `);
    expect(start).toBeGreaterThan(0);
    if (type === 'SequentialLR') {
      for (const child of spec.params.schedulers as readonly ScheduleSpec[]) expect(line).toContain(`torch.optim.lr_scheduler.${child.type}(optimizer`);
      return;
    }
    const kw = keywords(callAt(line, start));
    for (const p of s.parameters) expect(kw[p.name], `${type}.${p.name}`).toEqual(spec.params[p.name]);
    if (type === 'OneCycleLR') expect(line).toContain(`scheduler_steps=${(spec.params.total_steps as number) - 1}`);
    if (type === 'ReduceLROnPlateau') expect(line).toContain('plateau=True');
  });

  it('lists the starts and steps, in float64', () => {
    const sgd = optimizers[0];
    const script = scriptOf([{ optimizer: sgd, params: randomParams(sgd), schedule: null }]);
    expect(script).toContain('START = [[1.0, 2.0], [-0.5, 0.25]]');
    expect(script).toContain('STEPS = 7');
    expect(script).toContain('torch.set_default_dtype(torch.float64)');
    expect(script).toContain('from the same 2 points');
  });

  it.runIf(python)('Python parses a script with every optimizer and every schedule', () => {
    const runs = optimizers.map((o, i) => {
      return { optimizer: o, params: randomParams(o), schedule: scheduleFor(o, schedules[i % schedules.length]) };
    });
    expect(parses(scriptOf(runs))).toBe('ok');
  });
});
