import type { RunRequest } from '../../core/mlp/experimentMessages.ts';
import { optimizers } from '../../core/optimizers/registry.ts';
import type { Words } from '../../i18n/words.ts';
import { optimizerStyle } from '../../render/palette.ts';
import { inkOn } from '../charts/inkOn.ts';
import { ruleName } from '../ruleName.ts';
import type { ChartSeries } from './LossChart.ts';

/**
 * How each run looks in the panel: its optimizer's colour and marker, and its name with its batch
 * size when the runs' batch sizes differ ("SGD · batch 32"). An optimizer that runs again takes the
 * style of an optimizer not in the experiment, so three SGD runs are still three colours; a rule's
 * run is named as its folder in "My optimizers" is. Colours
 * too light for thin lines on white are darkened (inkOn).
 */
export function runSeries(runs: readonly RunRequest[], batchSize: number, words: Words): ChartSeries[] {
  const sizes = runs.map((r) => r.batchSize ?? batchSize);
  const mixed = sizes.some((b) => b !== sizes[0]);
  const spare = optimizers.map((o) => o.id).filter((id) => !runs.some((r) => r.optimizer === id));
  const seen = new Set<string>();
  let rules = 0;
  return runs.map((r, k) => {
    const styleId = seen.has(r.optimizer) ? (spare.shift() ?? r.optimizer) : r.optimizer;
    seen.add(r.optimizer);
    const { css, marker } = optimizerStyle(styleId);
    const name = r.rule !== undefined ? ruleName(r.rule, rules++, words) : (words.declarations.optimizerNames[r.optimizer] ?? r.optimizer);
    return { label: mixed ? words.panel.runLabel(name, sizes[k]) : name, color: inkOn(css), marker };
  });
}
