import type { Words } from '../i18n/words.ts';
import type { Track } from '../sim/Simulation.ts';
import type { SwarmCounts } from '../sim/swarmSummary.ts';
import { CONVERGED, DIVERGED, RUNNING, STATUS_NAMES } from '../sim/status.ts';
import { divergeReason } from './divergeReason.ts';
import { markerSvg } from './markerSvg.ts';
import { optimizerName } from './optimizerName.ts';
import { swarmLine } from './swarmLine.ts';
import './legend.css';

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
  /** Selects an optimizer's first ball, exactly as a click on the ball does. */
  select(id: string): void;
}

/** Shown, not heard: the first column's header names the optimizer for screen readers only. */
const visuallyHidden = (text: string) => Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: text });

interface Row {
  readonly tr: HTMLTableRowElement;
  readonly loss: Text;
  /** The lr the next step uses; only while some optimizer has a schedule. */
  readonly lr: Text | null;
  readonly status: HTMLElement;
  readonly detail: HTMLElement;
  /** Selects the row's ball; null for an optimizer switched off, which has none. */
  readonly pick: HTMLButtonElement | null;
  /** Status counts last written, so a swarm's label is rebuilt only when they change. */
  readonly shown: Uint32Array;
  /** A swarm's line under its row: where its balls ended up; null for a single ball. */
  readonly swarm: Text | null;
  track: Track | undefined;
}

/**
 * Beside the map: each optimizer's colour and marker, current loss, the lr in use (while some
 * optimizer has a schedule, so a student sees it fall) and status. A row picks out its
 * optimizer on hover or focus and switches it on or off on click, Enter or Space; rows of optimizers
 * switched off stay, so they can be switched back. The last column's button selects the row's ball
 * (as clicking it on the map does) and stays pressed while it is the selected one, so the row's own
 * click keeps its switch. Rows are built when the set changes; each frame only text changes.
 */
export class Legend {
  private rows: Row[] = [];
  private readonly step = document.createTextNode('');
  private readonly table = document.createElement('table');
  /** Particles per status, reused every frame. */
  private readonly counts = new Uint32Array(3);
  /** The selected ball's optimizer, marked again on rows rebuilt. */
  private selected: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: LegendHost,
    private readonly words: Words,
  ) {
    const head = document.createElement('div');
    head.className = 'legend-head';
    const hint = document.createElement('span');
    hint.textContent = words.shell.legend.hint;
    const step = document.createElement('span');
    step.append(this.step);
    head.append(step, hint);
    root.replaceChildren(head, this.table);
    this.table.setAttribute('aria-label', words.shell.legend.label);
    root.addEventListener('pointerleave', () => host.highlight(null));
  }

  /** One row per id, in order; an id without a track is an optimizer switched off. */
  setTracks(tracks: readonly Track[], ids: readonly string[]): void {
    const byId = new Map(tracks.map((t) => [t.group.optimizer.id, t]));
    // A row switched by keyboard is rebuilt: its new row takes the focus back, so the reader stays in place.
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && this.table.contains(active) ? active.dataset.optimizer : undefined;
    this.table.replaceChildren();
    const head = this.table.createTHead().insertRow();
    const swarm = tracks.some((t) => t.group.count > 1);
    const scheduled = tracks.some((t) => t.schedule);
    this.root.classList.toggle('with-lr', scheduled);
    const w = this.words.shell.legend;
    const loss = swarm ? w.bestLoss : w.loss;
    const labels = scheduled ? [w.optimizer, loss, w.lr, w.status, w.select] : [w.optimizer, loss, w.status, w.select];
    labels.forEach((label, k) => {
      const th = Object.assign(document.createElement('th'), { scope: 'col' });
      // The marker and the name say what the first column is; a reader hears it.
      th.append(k === 0 ? visuallyHidden(label) : label);
      head.append(th);
    });
    const body = this.table.createTBody();
    this.rows = ids.map((id) => {
      const tr = body.insertRow();
      tr.dataset.optimizer = id;
      tr.tabIndex = 0;
      const track = byId.get(id);
      tr.classList.toggle('off', !track);
      tr.title = track ? w.switchOff : w.switchOn;
      const name = tr.insertCell();
      name.className = 'name';
      // markerSvg is constant markup from the palette; the name is text.
      name.innerHTML = markerSvg(id);
      const shownName = optimizerName(track?.group.optimizer ?? { id, name: '' }, this.words);
      name.append(shownName);
      const loss = document.createTextNode('');
      const lossCell = tr.insertCell();
      lossCell.className = 'num';
      lossCell.append(loss);
      const lr = scheduled ? document.createTextNode('') : null;
      if (lr) {
        const lrCell = tr.insertCell();
        lrCell.className = 'num lr';
        lrCell.title = track?.schedule ? w.lrScheduled : w.lrConstant;
        lrCell.append(lr);
      }
      const status = tr.insertCell();
      status.className = 'status';
      // Why and when a ball diverged, under its name where the row has room.
      const detail = document.createElement('span');
      detail.className = 'reason';
      name.append(detail);
      const pickCell = tr.insertCell();
      pickCell.className = 'pick';
      const pick = track ? this.pickButton(pickCell, id, shownName) : null;
      tr.addEventListener('click', () => this.host.toggle(id));
      tr.addEventListener('keydown', (e) => {
        // Enter on the select button is the button's, not the row's switch.
        if (e.target !== tr || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        e.stopPropagation();
        this.host.toggle(id);
      });
      tr.addEventListener('pointerenter', () => this.host.highlight(track ? id : null));
      tr.addEventListener('focusin', () => this.host.highlight(track ? id : null));
      tr.addEventListener('focusout', () => this.host.highlight(null));
      if (!track) status.textContent = w.off;
      const swarm = track && track.group.count > 1 ? this.swarmRow(body, id, labels.length) : null;
      return { tr, loss, lr, status, detail, pick, shown: new Uint32Array(3).fill(-1 >>> 0), swarm, track };
    });
    this.root.hidden = ids.length === 0;
    this.showSelected(this.selected);
    this.rows.find((r) => r.tr.dataset.optimizer === focused)?.tr.focus();
  }

  /** The button that selects a row's ball; its click is kept from the row, whose click is the switch. */
  private pickButton(cell: HTMLTableCellElement, id: string, name: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'legend-pick';
    button.dataset.role = 'legend-select';
    button.setAttribute('aria-label', this.words.shell.legend.selectBall(name));
    button.title = this.words.shell.legend.selectBall(name);
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      this.host.select(id);
    });
    cell.append(button);
    return button;
  }

  /** Marks the selected ball's row (its button pressed, the row in bold); null marks none. */
  showSelected(id: string | null): void {
    this.selected = id;
    for (const row of this.rows) {
      const on = row.pick !== null && row.tr.dataset.optimizer === id;
      row.tr.classList.toggle('selected', on);
      row.pick?.setAttribute('aria-pressed', String(on));
    }
  }

  /** A line spanning the row below a swarm's, for its summary. */
  private swarmRow(body: HTMLTableSectionElement, id: string, columns: number): Text {
    const tr = body.insertRow();
    tr.className = 'swarm-summary';
    tr.dataset.swarm = id;
    const cell = tr.insertCell();
    cell.colSpan = columns;
    cell.title = this.words.shell.legend.swarmHint;
    const text = document.createTextNode('');
    cell.append(text);
    return text;
  }

  /** Where each swarm's balls ended up; the app calls it with the simulation's summary, and only changed text is written. */
  showSwarms(summaries: readonly SwarmCounts[]): void {
    for (const s of summaries) {
      const text = this.rows.find((r) => r.swarm && r.track?.group.optimizer.id === s.optimizer)?.swarm;
      if (!text) continue;
      const line = swarmLine(s, this.words);
      if (text.data !== line) text.data = line;
    }
  }

  /** Called once per frame; for a swarm it shows its best particle's loss and how many particles are in each state. */
  update(): void {
    const w = this.words.shell.legend;
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
      const label = g.count === 1 ? w.statusNames[STATUS_NAMES[state]] : swarmLabel(counts, this.words);
      const detail = g.count === 1 && state === DIVERGED ? w.divergedAt(taken, divergeReason(g.reason[0], this.words)) : '';
      row.status.className = `status status-${STATUS_NAMES[state]}${g.count > 1 ? ' swarm' : ''}`;
      row.detail.textContent = detail;
      row.status.textContent = label;
    }
    const step = w.step(steps);
    if (this.step.data !== step) this.step.data = step;
  }
}

/** "480 running, 20 converged": the non-zero counts of a swarm's particles. */
function swarmLabel(counts: Uint32Array, words: Words): string {
  const w = words.shell.legend;
  const parts: string[] = [];
  for (const status of [RUNNING, CONVERGED, DIVERGED]) if (counts[status]) parts.push(w.statusCount(counts[status], w.statusNames[STATUS_NAMES[status]]));
  return parts.join(w.listSeparator);
}
