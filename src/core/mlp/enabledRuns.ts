import { optimizers } from '../optimizers/registry.ts';
import type { ParamValue } from '../optimizers/Optimizer.ts';
import type { RunRequest } from './experimentMessages.ts';

/**
 * The runs of an experiment from per-optimizer settings: the enabled ones, in menu order (not the
 * settings' key order, which a URL or preset may shuffle), each with a copy of its params.
 */
export function enabledRuns(settings: Readonly<Record<string, { enabled: boolean; params: Record<string, ParamValue> }>>): RunRequest[] {
  return optimizers.filter((o) => settings[o.id]?.enabled).map((o) => ({ optimizer: o.id, params: { ...settings[o.id].params } }));
}
