import type { Optimizer, ParamValue, Params } from '../core/optimizers/Optimizer.ts';

/**
 * One number a hyperparameter map can sweep: a number hyperparameter (`lr`, `momentum`) or one
 * coefficient of a pair (`betas[0]`), named as PyTorch's keyword with the index.
 */
export interface AxisParam {
  readonly key: string;
  readonly name: string;
  /** Which coefficient of a pair; null for a plain number. */
  readonly index: 0 | 1 | null;
  readonly log: boolean;
  /** The declaration's slider: the sensible range the map covers unless told otherwise. */
  readonly range: readonly [number, number];
}

/** An axis of the map: `count` cells over [from, to], their values at the cells' centres. */
export interface Axis {
  readonly key: string;
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly log: boolean;
}

/** Every number an optimizer's declaration lets the map sweep, in declaration order. */
export function axisParams(optimizer: Optimizer): AxisParam[] {
  const out: AxisParam[] = [];
  for (const p of optimizer.hyperparameters) {
    if (p.kind === 'number') out.push({ key: p.name, name: p.name, index: null, log: p.log === true, range: p.slider });
    if (p.kind === 'pair') for (const index of [0, 1] as const) out.push({ key: `${p.name}[${index}]`, name: p.name, index, log: false, range: p.slider });
  }
  return out;
}

export function axisParam(optimizer: Optimizer, key: string): AxisParam | undefined {
  return axisParams(optimizer).find((a) => a.key === key);
}

/**
 * The pair a map shows first: the learning rate across, and down the momentum the method declares
 * (β₁ for the Adam family), else its next number (SGD's weight_decay, Adagrad's lr_decay).
 */
export function defaultAxisKeys(optimizer: Optimizer): [string, string] {
  const keys = axisParams(optimizer).map((a) => a.key);
  const y = ['momentum', 'betas[0]', 'alpha', 'rho'].find((k) => keys.includes(k)) ?? keys.find((k) => k !== 'lr') ?? 'lr';
  return ['lr', y];
}

/** The axis over a parameter's whole slider range. */
export function defaultAxis(param: AxisParam, count: number): Axis {
  return { key: param.key, from: param.range[0], to: param.range[1], count, log: param.log };
}

/**
 * Cell k's value: the centre of its cell, evenly spaced in log10 on a log axis. Centres keep every
 * value inside the range's ends, which PyTorch may forbid (NAG's momentum 0).
 */
export function axisValue(axis: Axis, k: number): number {
  const t = (k + 0.5) / axis.count;
  if (!axis.log) return axis.from + t * (axis.to - axis.from);
  const a = Math.log10(axis.from);
  return 10 ** (a + t * (Math.log10(axis.to) - a));
}

/** The cell whose span holds `value` (clamped to the axis). */
export function axisCell(axis: Axis, value: number): number {
  const u = axis.log ? (Math.log10(value) - Math.log10(axis.from)) / (Math.log10(axis.to) - Math.log10(axis.from)) : (value - axis.from) / (axis.to - axis.from);
  return Math.min(axis.count - 1, Math.max(0, Math.floor(u * axis.count)));
}

function parseKey(key: string): { name: string; index: 0 | 1 | null } {
  const m = /^(.+)\[([01])\]$/.exec(key);
  return m ? { name: m[1], index: Number(m[2]) as 0 | 1 } : { name: key, index: null };
}

/** The params with the axis's number set: the whole value, or one coefficient of a pair. */
export function withAxisValue(params: Params, key: string, value: number): Record<string, ParamValue> {
  const { name, index } = parseKey(key);
  if (index === null) return { ...params, [name]: value };
  const pair = [...(params[name] as readonly [number, number])] as [number, number];
  pair[index] = value;
  return { ...params, [name]: pair };
}

export function axisValueOf(params: Params, key: string): number {
  const { name, index } = parseKey(key);
  return index === null ? (params[name] as number) : (params[name] as readonly [number, number])[index];
}
