import { optimizerById } from '../core/optimizers/registry.ts';
import type { Track } from '../sim/Simulation.ts';
import { CONVERGED, DIVERGED, RUNNING, STATUS_NAMES } from '../sim/status.ts';
import { markerSvg } from './markerSvg.ts';

/** Loss values span many decades: 4 significant digits, exponent form when small or huge. */
export function formatLoss(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(2) : v.toPrecision(4);
}

/**
 * The overlay listing each optimizer with its colour, current loss, step count and status. Rows
 * are built when the set of optimizers changes; each frame only their text nodes change.
 */
export class Legend {
  private rows: { loss: Text; step: Text; status: HTMLElement; track: Track }[] = [];

  constructor(private readonly root: HTMLElement) {}

  setTracks(tracks: readonly Track[]): void {
    const table = document.createElement('table');
    this.rows = tracks.map((track) => {
      const id = track.group.optimizer.id;
      const tr = table.insertRow();
      tr.dataset.optimizer = id;
      tr.insertCell().innerHTML = `${markerSvg(id)} ${optimizerById(id)?.name ?? id}`;
      const loss = document.createTextNode('');
      const lossCell = tr.insertCell();
      lossCell.className = 'num';
      lossCell.append(loss);
      const step = document.createTextNode('');
      const stepCell = tr.insertCell();
      stepCell.className = 'num';
      stepCell.append(step);
      const status = tr.insertCell();
      return { loss, step, status, track };
    });
    this.root.replaceChildren(table);
    this.root.hidden = tracks.length === 0;
  }

  /** Particles per status, reused every frame. */
  private readonly counts = new Uint32Array(3);

  /** Called once per frame; for a swarm it shows the best loss and how many particles are in each state. */
  update(): void {
    const counts = this.counts;
    for (const row of this.rows) {
      const g = row.track.group;
      let best = Infinity;
      counts.fill(0);
      for (let p = 0; p < g.count; p++) {
        counts[g.status[p]]++;
        if (g.status[p] !== DIVERGED && g.loss[p] < best) best = g.loss[p];
      }
      const text = g.count === 1 ? formatLoss(g.loss[0]) : `best ${formatLoss(best)}`;
      if (row.loss.data !== text) row.loss.data = text;
      const step = `step ${g.steps[0]}`;
      if (row.step.data !== step) row.step.data = step;
      const state = g.count === 1 ? g.status[0] : counts[DIVERGED] === g.count ? DIVERGED : counts[RUNNING] ? RUNNING : CONVERGED;
      const label = g.count === 1 ? STATUS_NAMES[state] : `${counts[RUNNING]} running · ${counts[CONVERGED]} converged · ${counts[DIVERGED]} diverged`;
      if (row.status.textContent !== label) {
        row.status.textContent = label;
        row.status.className = `status-${STATUS_NAMES[state]}`;
      }
    }
  }
}
