import { describe, expect, it } from 'vitest';
import { enabledRuns } from '../../../src/core/mlp/enabledRuns.ts';

describe('enabledRuns', () => {
  it('keeps the enabled optimizers in menu order, whatever the settings key order', () => {
    const settings = {
      adam: { enabled: true, params: { lr: 0.01 } },
      nag: { enabled: false, params: { lr: 0.1, momentum: 0.9 } },
      sgd: { enabled: true, params: { lr: 0.5 } },
    };
    expect(enabledRuns(settings)).toEqual([
      { optimizer: 'sgd', params: { lr: 0.5 } },
      { optimizer: 'adam', params: { lr: 0.01 } },
    ]);
  });

  it('copies params, so a later edit of the settings does not change a run in flight', () => {
    const settings = { sgd: { enabled: true, params: { lr: 0.5 } } };
    const [run] = enabledRuns(settings);
    settings.sgd.params.lr = 1;
    expect(run.params.lr).toBe(0.5);
  });

  it('ignores ids that are not optimizers and gives no runs when none is enabled', () => {
    expect(enabledRuns({ nope: { enabled: true, params: {} } })).toEqual([]);
    expect(enabledRuns({ sgd: { enabled: false, params: {} } })).toEqual([]);
  });
});
