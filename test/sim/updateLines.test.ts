import { describe, expect, it } from 'vitest';
import { defaultParams, type Params } from '../../src/core/optimizers/Optimizer.ts';
import { optimizerById } from '../../src/core/optimizers/registry.ts';
import { surfaceById } from '../../src/core/surfaces/registry.ts';
import { Simulation } from '../../src/sim/Simulation.ts';
import { updateLines, type LineValue } from '../../src/sim/updateLines.ts';

type V = [number, number];
const map = (a: V, f: (v: number, i: number) => number): V => [f(a[0], 0), f(a[1], 1)];

/**
 * Each rule replayed here from PyTorch's documented algorithm, one coordinate pair at a time, with
 * its own state: the numbers every line of the panel should show at each step.
 */
function replay(id: string, p: Record<string, number | boolean | number[]>, start: V, steps: number, surfaceId: string): Record<string, LineValue>[] {
  const surface = surfaceById(surfaceId)!;
  const n = (k: string) => p[k] as number;
  const out: Record<string, LineValue>[] = [];
  let x: V = [...start];
  const s: Record<string, V> = {};
  const zero = (): V => [0, 0];
  for (let t = 1; t <= steps; t++) {
    const raw = new Float64Array(2);
    surface.gradient(x[0], x[1], raw, 0);
    const wd = n('weight_decay') ?? 0;
    const g: V = id === 'adamw' ? [raw[0], raw[1]] : map([raw[0], raw[1]], (v, i) => v + wd * x[i]);
    const row: Record<string, LineValue> = { g };
    const lr = n('lr');
    if (id === 'momentum' || id === 'nag') {
      const mu = n('momentum');
      const damp = n('dampening');
      s.b = t === 1 ? g : map(s.b, (b, i) => mu * b + (1 - damp) * g[i]);
      row.b = s.b;
      row.eta = lr;
      x = map(x, (v, i) => v - lr * (id === 'nag' ? g[i] + mu * s.b[i] : s.b[i]));
    } else if (id === 'adagrad') {
      s.s ??= [n('initial_accumulator_value'), n('initial_accumulator_value')];
      s.s = map(s.s, (v, i) => v + g[i] * g[i]);
      const clr = lr / (1 + (t - 1) * n('lr_decay'));
      row.s = s.s;
      row.eta = map(s.s, (v) => clr / (Math.sqrt(v) + n('eps')));
      x = map(x, (v, i) => v - (clr * g[i]) / (Math.sqrt(s.s[i]) + n('eps')));
    } else if (id === 'adadelta') {
      const rho = n('rho');
      const eps = n('eps');
      s.v ??= zero();
      s.u ??= zero();
      s.v = map(s.v, (v, i) => rho * v + (1 - rho) * g[i] * g[i]);
      const d = map(g, (gi, i) => (Math.sqrt(s.u[i] + eps) / Math.sqrt(s.v[i] + eps)) * gi);
      row.eta = map(g, (_, i) => lr * (Math.sqrt(s.u[i] + eps) / Math.sqrt(s.v[i] + eps)));
      s.u = map(s.u, (u, i) => rho * u + (1 - rho) * d[i] * d[i]);
      Object.assign(row, { v: s.v, d, u: s.u });
      x = map(x, (v, i) => v - lr * d[i]);
    } else if (id === 'rmsprop') {
      const a = n('alpha');
      s.v ??= zero();
      s.a ??= zero();
      s.b ??= zero();
      s.v = map(s.v, (v, i) => a * v + (1 - a) * g[i] * g[i]);
      if (p.centered) s.a = map(s.a, (m, i) => a * m + (1 - a) * g[i]);
      const denom = map(s.v, (v, i) => Math.sqrt(p.centered ? v - s.a[i] * s.a[i] : v) + n('eps'));
      row.v = s.v;
      if (p.centered) row.a = s.a;
      row.eta = map(denom, (q) => lr / q);
      if (n('momentum') > 0) {
        s.b = map(s.b, (b, i) => n('momentum') * b + g[i] / denom[i]);
        row.b = s.b;
        x = map(x, (v, i) => v - lr * s.b[i]);
      } else x = map(x, (v, i) => v - (lr * g[i]) / denom[i]);
    } else if (id === 'adam' || id === 'adamw') {
      const [b1, b2] = p.betas as number[];
      if (id === 'adamw') x = map(x, (v) => v * (1 - lr * wd));
      if (id === 'adamw' && wd > 0) row.x0 = x;
      s.m ??= zero();
      s.v ??= zero();
      s.vmax ??= zero();
      s.m = map(s.m, (m, i) => b1 * m + (1 - b1) * g[i]);
      s.v = map(s.v, (v, i) => b2 * v + (1 - b2) * g[i] * g[i]);
      s.vmax = map(s.vmax, (m, i) => Math.max(m, s.v[i]));
      const bc1 = 1 - b1 ** t;
      const bc2 = 1 - b2 ** t;
      const vv = p.amsgrad ? s.vmax : s.v;
      Object.assign(row, { m: s.m, v: s.v, bc1, bc2, eta: map(vv, (v) => lr / (Math.sqrt(v) / Math.sqrt(bc2) + n('eps'))) });
      if (p.amsgrad) row.vmax = s.vmax;
      x = map(x, (v, i) => v - ((lr / bc1) * s.m[i]) / (Math.sqrt(vv[i]) / Math.sqrt(bc2) + n('eps')));
    }
    row.x = x;
    out.push(row);
  }
  return out;
}

const close = (a: LineValue, b: LineValue) => {
  const as = typeof a === 'number' ? [a] : a;
  const bs = typeof b === 'number' ? [b] : b;
  expect(as.length).toBe(bs.length);
  as.forEach((v, i) => expect(Math.abs(v - bs[i]) / Math.max(1, Math.abs(bs[i]))).toBeLessThan(1e-12));
};

const cases: [string, Record<string, unknown>][] = [
  ['momentum', { lr: 0.0002 }],
  ['momentum', { lr: 0.0002, dampening: 0.3, weight_decay: 0.01 }],
  ['nag', { lr: 0.0002 }],
  ['adagrad', { lr: 0.1, lr_decay: 0.01, initial_accumulator_value: 0.1 }],
  ['adadelta', {}],
  ['rmsprop', { lr: 0.001 }],
  ['rmsprop', { lr: 0.001, centered: true, momentum: 0.5 }],
  ['adam', { lr: 0.01 }],
  ['adam', { lr: 0.01, amsgrad: true, weight_decay: 0.1 }],
  ['adamw', { lr: 0.01, weight_decay: 0.1 }],
];

describe('updateLines', () => {
  for (const [id, extra] of cases) {
    it(`${id} ${JSON.stringify(extra)}: every line at every step equals an independent replay of the rule`, () => {
      const optimizer = optimizerById(id)!;
      const params = { ...defaultParams(optimizer), ...extra } as Params;
      const sim = new Simulation({ surface: surfaceById('rosenbrock')!, start: [-1.5, 2], groups: [{ optimizer, params }] });
      sim.tick(60);
      const expected = replay(id, params as Record<string, number>, [-1.5, 2], 60, 'rosenbrock');
      const { steps } = sim.track(id)!;
      for (let step = 1; step <= 60; step++) {
        const lines = updateLines(id, params, steps.at(step)!)!;
        const want = expected[step - 1];
        const seen = new Set<string>();
        lines.forEach((line, k) => {
          // AdamW's decay is the one line written to x before the last.
          const key = line.target === 'x' && k < lines.length - 1 ? 'x0' : line.target;
          seen.add(key);
          close(line.value, want[key]);
        });
        expect([...seen].sort()).toEqual(Object.keys(want).sort());
      }
      // The last line is the ball where the core has it.
      const last = updateLines(id, params, steps.at(60)!)!.at(-1)!;
      expect(last.value).toEqual([sim.track(id)!.group.pos[0], sim.track(id)!.group.pos[1]]);
    });
  }

  it('SGD without momentum: lr is the step size and x − lr·g the update; a rule of the rule editor has no lines', () => {
    const sgd = optimizerById('sgd')!;
    const params = { ...defaultParams(sgd), lr: 0.001 };
    const sim = new Simulation({ surface: surfaceById('rosenbrock')!, start: [-1.5, 2], groups: [{ optimizer: sgd, params }] });
    sim.tick(1);
    const r = sim.track('sgd')!.steps.at(1)!;
    // ∇f of (1 − x)² + 100(y − x²)² at (−1.5, 2), by hand: (−2(1 − x) − 400x(y − x²), 200(y − x²)).
    const gx = -2 * (1 - -1.5) - 400 * -1.5 * (2 - 2.25);
    const gy = 200 * (2 - 2.25);
    expect(updateLines('sgd', params, r)).toEqual([
      { target: 'g', quantity: 'gradient', expr: null, value: [gx, gy] },
      { target: 'eta', quantity: 'stepSize', expr: 'lr', value: 0.001 },
      { target: 'x', quantity: 'position', expr: 'x - lr*g', value: [-1.5 - 0.001 * gx, 2 - 0.001 * gy] },
    ]);
    expect(updateLines('rule-0', params, r)).toBeNull();
  });
});
