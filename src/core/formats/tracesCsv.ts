import type { TraceDocument } from './sceneTraces.ts';

export const TRACES_CSV_HEADER = 'optimizer,particle,step,x,y,loss';

/**
 * One row per point of every case: optimizer id, particle index, step, x, y and the loss there (every
 * digit). Both come from the case id, `<optimizer>/<particle>`, which names a rule's run (rule-1) too.
 */
export function tracesCsv(doc: TraceDocument): string {
  const rows = [TRACES_CSV_HEADER];
  for (const c of doc.cases) {
    const cut = c.id.lastIndexOf('/');
    const [optimizer, particle] = [c.id.slice(0, cut), c.id.slice(cut + 1)];
    c.trajectory.forEach(([x, y, f], k) => rows.push(`${optimizer},${particle},${k},${x},${y},${f}`));
  }
  return `${rows.join('\n')}\n`;
}
