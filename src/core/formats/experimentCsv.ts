import type { ExperimentDocument, RunDocument } from './experimentDocument.ts';

/** A run's column name: its optimizer, with its batch size when the runs differ in it. */
const columnOf = (run: RunDocument, doc: ExperimentDocument, mixed: boolean) => (mixed ? `${run.optimizer} (batch ${run.batchSize ?? doc.batchSize})` : run.optimizer);

/**
 * The experiment's loss histories: one row per epoch (the full-data mean squared error after its
 * last step), one column per run, header first. Runs must have been trained (epochLoss filled in).
 */
export function experimentCsv(doc: ExperimentDocument): string {
  const mixed = new Set(doc.runs.map((r) => r.batchSize ?? doc.batchSize)).size > 1;
  const names = doc.runs.map((r) => columnOf(r, doc, mixed));
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [['epoch', ...names].map(quote).join(',')];
  for (let e = 0; e < doc.epochs; e++) rows.push([e + 1, ...doc.runs.map((r) => r.epochLoss?.[e] ?? '')].join(','));
  return `${rows.join('\n')}\n`;
}
