import { enabledRuns } from '../core/mlp/enabledRuns.ts';
import type { RunRequest } from '../core/mlp/experimentMessages.ts';
import type { AppState } from './AppState.ts';
import { ruleId } from './ruleSettings.ts';

/**
 * What the experiment panel trains: the runs its settings give outright, else every enabled
 * optimizer, then every rule of "My optimizers" under its place's id (rule-1 …, so it keeps its
 * colour and marker) with the params and schedule it races with on the map; the schedule steps after
 * every minibatch, as it steps after every update there.
 */
export function experimentRuns(state: Pick<AppState, 'experiment' | 'rules'>): RunRequest[] {
  const { experiment } = state;
  const builtIns = experiment.runs.length === 0 ? enabledRuns(experiment.optimizers) : experiment.runs.map((r) => ({ ...r, params: { ...r.params } }));
  const rules = state.rules.map(
    (r, i): RunRequest => ({
      optimizer: ruleId(i),
      rule: r.text,
      params: { ...r.params },
      ...(r.schedule ? { schedule: { ...r.schedule, interval: 'batch' as const } } : {}),
    }),
  );
  return [...builtIns, ...rules];
}
