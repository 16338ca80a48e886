import type { Words } from '../../i18n/words.ts';
import type { Track } from '../../sim/Simulation.ts';
import { optimizerName } from '../optimizerName.ts';
import { scheduleDomain } from '../scheduleDomain.ts';
import type { ChartSource, TableData } from './ChartAlt.ts';
import { lowest } from './lowest.ts';
import { sampleRows } from './sampleRows.ts';
import { valueAt } from './valueAt.ts';

/** The step the race has reached: its furthest ball (a diverged one stops counting). */
const leadStep = (tracks: readonly Track[]) => tracks.reduce((lead, t) => Math.max(lead, t.group.stepOf(0)), 0);

/**
 * The step chart's numbers for its text alternative: each ball's loss (and lr, while it has a
 * schedule) at steps sampled from its recorded history, ending with the row of the current step,
 * which holds each ball's loss as it is now.
 */
export function stepChartSource(tracks: () => readonly Track[], words: Words): ChartSource {
  const w = words.panel;
  const nameOf = (t: Track) => optimizerName(t.group.optimizer, words);
  return {
    curves: () => tracks().map((t) => ({ name: nameOf(t), values: t.history.losses, length: t.history.length })),
    describe: () => {
      const all = tracks();
      if (all.length === 0) return w.noData;
      const now = all.map((t) => t.group.loss[0]);
      const best = lowest(now);
      const steps = leadStep(all);
      const loss = w.lossSummary(all.length, steps, false, best < 0 ? '—' : nameOf(all[best]), w.value(now[best] ?? NaN));
      const lr = scheduleDomain(all);
      const scheduled = all.filter((t) => t.lr).length;
      return lr ? `${loss} ${w.lrSummary(scheduled, steps, w.value(lr.lo), w.value(lr.hi))}` : loss;
    },
    table: (maxRows): TableData => {
      const all = tracks();
      const scheduled = all.filter((t) => t.lr);
      const head = [w.step, ...all.map(nameOf), ...scheduled.map((t) => `${w.lr} · ${nameOf(t)}`)];
      const lead = all.reduce<Track | null>((a, t) => (!a || t.history.length > a.history.length ? t : a), null);
      if (!lead) return { head, rows: [], total: 0, integerX: true };
      const now = leadStep(all);
      const { steps, length } = lead.history;
      const picks = sampleRows(length, maxRows - 1)
        .map((i) => steps[i])
        .filter((s) => s < now);
      const row = (step: number, current: boolean) => [
        step,
        ...all.map((t) => (current ? t.group.loss[0] : valueAt(t.history.steps, t.history.losses, t.history.length, step))),
        ...scheduled.map((t) => valueAt(t.history.steps, t.lr!.losses, t.lr!.length, step)),
      ];
      return { head, rows: [...picks.map((s) => row(s, false)), row(now, true)], total: Math.max(length, now + 1), integerX: true };
    },
  };
}
