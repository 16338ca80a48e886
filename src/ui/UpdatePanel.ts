import type { SlopesController } from '../app/SlopesController.ts';
import type { Lang } from '../i18n/Lang.ts';
import type { Words } from '../i18n/words.ts';
import type { Inspection } from '../sim/inspectTrack.ts';
import { ruleId } from '../state/ruleSettings.ts';
import type { UpdateLine } from '../sim/updateLines.ts';
import { divergeReason } from './divergeReason.ts';
import { instrumentNumber } from './instrumentNumber.ts';
import { ruleName } from './ruleName.ts';
import { updateMath, valueData } from './updateMath.ts';
import './instruments.css';

export type UpdatePanelHost = Pick<SlopesController, 'getState' | 'updateAt' | 'inspect'> & {
  /** When and why an optimizer's first ball diverged (status.ts's reason code); null while it has not. */
  divergence(id: string): { step: number; reason: number } | null;
  /** The selected ball's optimizer, each time it changes (by select(), the ball field, or its ball leaving). */
  selectedChanged(optimizer: string | null): void;
};

/** The stability limit that applies to a ball's own rule (GD, heavy ball or Nesterov), null for the adaptive ones. */
export function ownLimit(i: Inspection): number | null {
  return i.rule === null ? null : i.limits[i.rule === 'gd' ? 'gd' : i.rule === 'heavyBall' ? 'heavyBall' : 'nesterov'];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  parent.append(e);
  return e;
}

/**
 * The update panel: the selected ball's update rule as MathML with the numbers of one update filled
 * in, stepping back and forward through the ball's bounded history. Every number comes from the
 * controller's updateAt(), which reads the simulation's own record of that update; each row carries
 * its value in full (`data-value`) beside the rounded one shown.
 */
export class UpdatePanel {
  readonly root: HTMLDetailsElement;
  private readonly words: Words['instruments'];
  private readonly format: (v: number | null) => string;
  private readonly ball: HTMLSelectElement;
  private readonly stepLine: HTMLParagraphElement;
  private readonly used: HTMLParagraphElement;
  private readonly limit: HTMLParagraphElement;
  private readonly lines: HTMLTableSectionElement;
  private readonly table: HTMLTableElement;
  private readonly earlier: HTMLButtonElement;
  private readonly later: HTMLButtonElement;
  private readonly latest: HTMLButtonElement;
  /** The update shown; null follows the latest. */
  private step: number | null = null;
  /** The balls and rule texts the menu was built from. */
  private shown = '';
  private shownKey = '';
  /** The selection last reported to the host. */
  private reported: string | null = null;

  constructor(
    parent: HTMLElement,
    private readonly host: UpdatePanelHost,
    private readonly allWords: Words,
    private readonly lang: Lang,
    /** The selected ball's lr and its stability limit, for the mark on the lr control. */
    private readonly onLimit: (optimizer: string | null, lr: number, limit: number | null) => void,
  ) {
    const w = (this.words = allWords.instruments);
    this.format = instrumentNumber(lang);
    this.root = el('details', parent, 'instruments update-panel');
    this.root.dataset.role = 'update-panel';
    el('summary', this.root).textContent = w.updateHeading;
    const section = el('section', this.root, 'instrument');
    el('p', section, 'instrument-note').textContent = w.pickBall;
    const label = el('label', section, 'instrument-field');
    el('span', label).textContent = w.ball;
    this.ball = el('select', label);
    this.ball.dataset.role = 'update-optimizer';
    const nav = el('div', section, 'update-nav');
    const button = (text: string, role: string, run: () => void) => {
      const b = el('button', nav, 'instrument-optimal');
      b.type = 'button';
      b.textContent = text;
      b.dataset.role = role;
      b.addEventListener('click', () => {
        run();
        this.update();
      });
      return b;
    };
    this.earlier = button(w.earlier, 'update-earlier', () => this.move(-1));
    this.later = button(w.later, 'update-later', () => this.move(1));
    this.latest = button(w.latest, 'update-latest', () => (this.step = null));
    this.stepLine = el('p', section, 'instrument-where');
    this.stepLine.dataset.role = 'update-step';
    this.stepLine.setAttribute('aria-live', 'polite');
    this.used = el('p', section, 'instrument-where');
    this.used.dataset.role = 'update-used';
    this.limit = el('p', section, 'instrument-where');
    this.limit.dataset.role = 'update-limit';
    this.table = el('table', section, 'instrument-table update-lines');
    this.table.dataset.role = 'update-lines';
    el('caption', this.table).textContent = w.updateLines;
    this.lines = el('tbody', this.table);
    this.ball.addEventListener('change', () => {
      this.step = null;
      this.report();
      this.update();
    });
    this.root.addEventListener('toggle', () => this.update());
  }

  /** The ball whose updates are shown: the panel opens on it, at its latest update. */
  select(id: string | null): void {
    this.syncOptions();
    if (id !== null && [...this.ball.options].some((o) => o.value === id)) this.ball.value = id;
    this.step = null;
    if (id !== null) this.root.open = true;
    this.report();
    this.update();
  }

  selected(): { optimizer: string | null; step: number | null } {
    return { optimizer: this.ball.value || null, step: this.step };
  }

  /** Refreshes what is shown; called on still frames and after each change. */
  update(): void {
    if (!this.root.open) return;
    this.syncOptions();
    const id = this.ball.value;
    const u = id ? this.host.updateAt(id, this.step ?? undefined) : null;
    const key = u ? `${id}:${u.step}:${u.firstStep}:${u.lastStep}` : `${id}:none`;
    const inspection = id ? this.host.inspect(id) : null;
    this.showLimit(id, inspection);
    if (key === this.shownKey) return;
    this.shownKey = key;
    const w = this.words;
    this.earlier.disabled = !u || u.step <= u.firstStep;
    this.later.disabled = !u || u.step >= u.lastStep;
    this.latest.disabled = !u || this.step === null;
    if (!u) {
      this.stepLine.textContent = w.updateNone;
      this.used.textContent = '';
      this.lines.replaceChildren();
      return;
    }
    const diverged = u.step === u.lastStep ? this.host.divergence(id) : null;
    const at = diverged ? ` ${w.updateDiverged(this.allWords.shell.legend.divergedAt(diverged.step, divergeReason(diverged.reason, this.allWords)))}` : '';
    this.stepLine.textContent = `${w.updateStep(u.step, u.firstStep, u.lastStep)}${at}`;
    this.used.textContent = `${w.updateUsed(this.format(u.record.lr), this.format(u.record.momentum))}${u.lines ? '' : ` ${w.updateRuleOnly}`}`;
    const lines: UpdateLine[] = u.lines ?? [
      { target: 'g', quantity: 'gradient', expr: null, value: u.record.grad },
      { target: 'x', quantity: 'position', expr: null, value: u.record.to },
    ];
    this.lines.replaceChildren(
      ...lines.map((line) => {
        const tr = document.createElement('tr');
        tr.dataset.target = line.target;
        tr.dataset.quantity = line.quantity;
        tr.dataset.value = valueData(line.value);
        const th = el('th', tr);
        th.scope = 'row';
        th.textContent = w.quantities[line.quantity];
        el('td', tr).append(updateMath(document, line, this.allWords, this.lang));
        return tr;
      }),
    );
  }

  private showLimit(id: string, i: Inspection | null): void {
    const limit = i ? ownLimit(i) : null;
    this.limit.textContent = i ? (limit === null ? this.words.limitMarkNone : this.words.limitMark(this.format(limit), this.format(i.lr))) : '';
    this.onLimit(i ? id : null, i?.lr ?? 0, limit);
  }

  private move(delta: number): void {
    const id = this.ball.value;
    const now = id ? this.host.updateAt(id, this.step ?? undefined) : null;
    if (!now) return;
    const next = Math.min(now.lastStep, Math.max(now.firstStep, now.step + delta));
    this.step = next === now.lastStep && delta > 0 ? null : next;
  }

  private syncOptions(): void {
    const { optimizers, rules } = this.host.getState();
    const builtIns = Object.keys(optimizers).filter((id) => optimizers[id].enabled);
    const ids = builtIns.concat(rules.map((_, k) => ruleId(k)));
    const shown = JSON.stringify([builtIns, rules.map((r) => r.text)]);
    if (shown === this.shown) return;
    this.shown = shown;
    const names = builtIns.map((id) => this.allWords.declarations.optimizerNames[id] ?? id).concat(rules.map((r, k) => ruleName(r.text, k, this.allWords)));
    const wanted = this.ball.value;
    this.ball.replaceChildren(
      ...ids.map((id, k) => {
        const option = document.createElement('option');
        option.value = id;
        option.textContent = names[k];
        return option;
      }),
    );
    this.ball.value = ids.includes(wanted) ? wanted : (ids[0] ?? '');
    this.report();
  }

  private report(): void {
    const now = this.ball.value || null;
    if (now === this.reported) return;
    this.reported = now;
    this.host.selectedChanged(now);
  }
}
