import { optimizerById } from '../core/optimizers/registry.ts';
import type { Track } from '../sim/Simulation.ts';
import type { SwarmCounts } from '../sim/swarmSummary.ts';
import { CONVERGED, DIVERGE_REASONS, DIVERGED, RUNNING, STATUS_NAMES } from '../sim/status.ts';
import { markerSvg } from './markerSvg.ts';
import { swarmLine } from './swarmLine.ts';

/** Four significant digits always; exponent form when the value is tiny or huge, so widths stay alike. */
export function formatLoss(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(3) : v.toPrecision(4);
}

export interface LegendHost {
  /** Switches an optimizer on or off (the whole race restarts, as with the controls). */
  toggle(id: string): void;
  /** Picks out one optimizer's ball, trail and curves; null shows all alike. */
  highlight(id: string | null): void;
}

interface Row {
  readonly tr: HTMLTableRowElement;
  readonly loss: Text;
  /** The lr the next step uses; only while some optimizer has a schedule. */
  readonly lr: Text | null;
  readonly status: HTMLElement;
  readonly detail: HTMLElement;
  /** Status counts last written, so a swarm's label is rebuilt only when they change. */
  readonly shown: Uint32Array;
  /** A swarm's line under its row: where its balls ended up; null for a single ball. */
  readonly swarm: Text | null;
  track: Track | undefined;
}

/**
 * Beside the map: each optimizer's colour and marker, current loss, the lr in use (while some
 * optimizer has a schedule, so a student sees it fall) and status. A row picks out its
 * optimizer on hover and switches it on or off on click; rows of optimizers switched off stay, so
 * they can be switched back. Rows are built when the set changes; each frame only text changes.
 */
export class Legend {
  private rows: Row[] = [];
  private readonly step = document.createTextNode('');
  private readonly table = document.createElement('table');
  /** Particles per status, reused every frame. */
  private readonly counts = new Uint32Array(3);

  constructor(
    private readonly root: HTMLElement,
    private readonly host: LegendHost,
  ) {
    const head = document.createElement('div');
    head.className = 'legend-head';
    const hint = document.createElement('span');
    hint.textContent = 'click: on / off';
    const step = document.createElement('span');
    step.append(this.step);
    head.append(step, hint);
    root.replaceChildren(head, this.table);
    root.setAttribute('aria-label', 'Optimizers on the map');
    root.addEventListener('pointerleave', () => host.highlight(null));
  }

  /** One row per id, in order; an id without a track is an optimizer switched off. */
  setTracks(tracks: readonly Track[], ids: readonly string[]): void {
    const byId = new Map(tracks.map((t) => [t.group.optimizer.id, t]));
    this.table.replaceChildren();
    const head = this.table.createTHead().insertRow();
    const swarm = tracks.some((t) => t.group.count > 1);
    const scheduled = tracks.some((t) => t.schedule);
    this.root.classList.toggle('with-lr', scheduled);
    const labels = scheduled ? ['', swarm ? 'best loss' : 'loss', 'lr', 'status'] : ['', swarm ? 'best loss' : 'loss', 'status'];
    for (const label of labels) head.append(Object.assign(document.createElement('th'), { textContent: label }));
    const body = this.table.createTBody();
    this.rows = ids.map((id) => {
      const tr = body.insertRow();
      tr.dataset.optimizer = id;
      tr.tabIndex = 0;
      const track = byId.get(id);
      tr.classList.toggle('off', !track);
      tr.title = track ? 'Click to switch off (the race restarts)' : 'Switched off: click to switch on';
      const name = tr.insertCell();
      name.className = 'name';
      // markerSvg is constant markup from the palette; the name is text.
      name.innerHTML = markerSvg(id);
      name.append(track?.group.optimizer.name ?? optimizerById(id)?.name ?? id);
      const loss = document.createTextNode('');
      const lossCell = tr.insertCell();
      lossCell.className = 'num';
      lossCell.append(loss);
      const lr = scheduled ? document.createTextNode('') : null;
      if (lr) {
        const lrCell = tr.insertCell();
        lrCell.className = 'num lr';
        lrCell.title = track?.schedule ? 'The learning rate of the next step, as the schedule sets it' : 'A constant learning rate';
        lrCell.append(lr);
      }
      const status = tr.insertCell();
      status.className = 'status';
      // Why and when a ball diverged, under its name where the row has room.
      const detail = document.createElement('span');
      detail.className = 'reason';
      name.append(detail);
      tr.addEventListener('click', () => this.host.toggle(id));
      tr.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        e.stopPropagation();
        this.host.toggle(id);
      });
      tr.addEventListener('pointerenter', () => this.host.highlight(track ? id : null));
      tr.addEventListener('focus', () => this.host.highlight(track ? id : null));
      tr.addEventListener('blur', () => this.host.highlight(null));
      if (!track) status.textContent = 'off';
      const swarm = track && track.group.count > 1 ? this.swarmRow(body, id, labels.length) : null;
      return { tr, loss, lr, status, detail, shown: new Uint32Array(3).fill(-1 >>> 0), swarm, track };
    });
    this.root.hidden = ids.length === 0;
  }

  /** A line spanning the row below a swarm's, for its summary. */
  private swarmRow(body: HTMLTableSectionElement, id: string, columns: number): Text {
    const tr = body.insertRow();
    tr.className = 'swarm-summary';
    tr.dataset.swarm = id;
    const cell = tr.insertCell();
    cell.colSpan = columns;
    cell.title = 'Balls that reached each known minimum of the surface (within a hundredth of the view and nearly still), and the median step they arrived at';
    const text = document.createTextNode('');
    cell.append(text);
    return text;
  }

  /** Where each swarm's balls ended up; the app calls it with the simulation's summary, and only changed text is written. */
  showSwarms(summaries: readonly SwarmCounts[]): void {
    for (const s of summaries) {
      const text = this.rows.find((r) => r.swarm && r.track?.group.optimizer.id === s.optimizer)?.swarm;
      if (!text) continue;
      const line = swarmLine(s);
      if (text.data !== line) text.data = line;
    }
  }

  /** Called once per frame; for a swarm it shows its best particle's loss and how many particles are in each state. */
  update(): void {
    const counts = this.counts;
    let steps = 0;
    for (const row of this.rows) {
      const g = row.track?.group;
      if (!g) continue;
      const status = g.status;
      const taken = g.steps[0];
      if (taken > steps) steps = taken;
      let best = Infinity;
      counts.fill(0);
      for (let p = 0; p < g.count; p++) {
        counts[status[p]]++;
        if (status[p] !== DIVERGED && g.loss[p] < best) best = g.loss[p];
      }
      // A diverged ball's last loss is a runaway number, not a result.
      const text = g.count === 1 && status[0] === DIVERGED ? '—' : formatLoss(g.count === 1 ? g.loss[0] : best);
      if (row.loss.data !== text) row.loss.data = text;
      if (row.lr) {
        const lr = formatLoss(g.live.lr);
        if (row.lr.data !== lr) row.lr.data = lr;
      }
      const state = g.count === 1 ? status[0] : counts[DIVERGED] === g.count ? DIVERGED : counts[RUNNING] ? RUNNING : CONVERGED;
      const same = row.shown[0] === counts[0] && row.shown[1] === counts[1] && row.shown[2] === counts[2];
      // A diverged ball stops stepping, so its "at step n" is fixed once its status is.
      if (same) continue;
      row.shown.set(counts);
      const label = g.count === 1 ? STATUS_NAMES[state] : swarmLabel(counts);
      const detail = g.count === 1 && state === DIVERGED ? `at step ${taken}: ${DIVERGE_REASONS[g.reason[0]]}` : '';
      row.status.className = `status status-${STATUS_NAMES[state]}${g.count > 1 ? ' swarm' : ''}`;
      row.detail.textContent = detail;
      row.status.textContent = label;
    }
    const step = `step ${steps}`;
    if (this.step.data !== step) this.step.data = step;
  }
}

/** "480 running, 20 converged": the non-zero counts of a swarm's particles. */
function swarmLabel(counts: Uint32Array): string {
  const parts: string[] = [];
  for (const status of [RUNNING, CONVERGED, DIVERGED]) if (counts[status]) parts.push(`${counts[status]} ${STATUS_NAMES[status]}`);
  return parts.join(', ');
}
