import type { TraceDocument } from './sceneTraces.ts';

export const TRACES_CSV_HEADER = 'optimizer,particle,step,x,y,loss';

/** One row per point of every case: optimizer id, particle index, step, x, y and the loss there (every digit). */
export function tracesCsv(doc: TraceDocument): string {
  const rows = [TRACES_CSV_HEADER];
  for (const c of doc.cases) {
    const particle = c.id.slice(c.id.lastIndexOf('/') + 1);
    c.trajectory.forEach(([x, y, f], k) => rows.push(`${c.optimizer},${particle},${k},${x},${y},${f}`));
  }
  return `${rows.join('\n')}\n`;
}
