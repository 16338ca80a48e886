import { optimizers } from '../optimizers/registry.ts';
import type { ParamValue } from '../optimizers/Optimizer.ts';
import type { RunSchedule } from './experiment.ts';
import type { RunRequest } from './experimentMessages.ts';

interface RunSetting {
  enabled: boolean;
  params: Record<string, ParamValue>;
  schedule?: RunSchedule | null;
}

/**
 * The runs of an experiment from per-optimizer settings: the enabled ones, in menu order (not the
 * settings' key order, which a URL or preset may shuffle), each with a copy of its params and its
 * schedule, if it has one.
 */
export function enabledRuns(settings: Readonly<Record<string, RunSetting>>): RunRequest[] {
  return optimizers
    .filter((o) => settings[o.id]?.enabled)
    .map((o) => {
      const { params, schedule } = settings[o.id];
      return { optimizer: o.id, params: { ...params }, ...(schedule ? { schedule } : {}) };
    });
}
