import type { HyperParam } from '../../core/optimizers/Optimizer.ts';
import { optimizers } from '../../core/optimizers/registry.ts';
import { ALL_SURFACE_IDS, resolveSurface } from '../../core/resolveSurface.ts';
import { parseFlags } from '../args.ts';
import type { Io } from '../io.ts';

function describeRange(p: HyperParam): string {
  if (p.kind === 'boolean') return 'true or false';
  if (p.kind === 'pair') return `two numbers in [${p.min}, ${p.maxExclusive})`;
  const lo = `${p.exclusiveMin ? '(' : '['}${p.min}`;
  return `${lo}, ${p.max === Infinity ? '∞)' : `${p.max}]`}`;
}

function hyperparameterJson(p: HyperParam) {
  return { name: p.name, kind: p.kind, default: p.default, allowed: describeRange(p), help: p.help };
}

export function listSurfaces(argv: string[], io: Io): number {
  const { json } = parseFlags('surfaces', argv, { json: { type: 'boolean' } });
  const surfaces = ALL_SURFACE_IDS.map((id) => resolveSurface(id, 'surface'));
  if (json) {
    const rows = surfaces.map((s) => ({
      id: s.id,
      name: s.name,
      formula: s.formula,
      view: s.view,
      start: s.start,
      minima: s.minima,
      lesson: s.lesson,
    }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const s of surfaces) {
    io.out(`${s.id.padEnd(16)} ${s.name}\n${''.padEnd(17)}f(x, y) = ${s.formula}\n`);
    io.out(`${''.padEnd(17)}view x ${JSON.stringify(s.view.x)} y ${JSON.stringify(s.view.y)}; ${s.lesson}\n`);
  }
  return 0;
}

export function listOptimizers(argv: string[], io: Io): number {
  const { json } = parseFlags('optimizers', argv, { json: { type: 'boolean' } });
  if (json) {
    const rows = optimizers.map((o) => ({
      id: o.id,
      name: o.name,
      torch: o.torch,
      summary: o.summary,
      hyperparameters: o.hyperparameters.map(hyperparameterJson),
    }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const o of optimizers) {
    io.out(`${o.id.padEnd(10)} ${o.name} — ${o.torch}\n`);
    for (const p of o.hyperparameters) {
      io.out(`    ${p.name.padEnd(26)} default ${JSON.stringify(p.default).padEnd(12)} ${describeRange(p).padEnd(26)} ${p.help}\n`);
    }
  }
  return 0;
}
