import type GUI from 'lil-gui';
import { describeControl } from './describeControl.ts';

/** A folded section of the side column that a switch in the controls shows or hides. */
export interface ToggledSection {
  readonly name: string;
  readonly details: HTMLDetailsElement;
}

/** The section and the sections it sits in, innermost first. */
function nested(details: HTMLDetailsElement): HTMLDetailsElement[] {
  const out: HTMLDetailsElement[] = [];
  for (let d: HTMLDetailsElement | null = details; d; d = d.parentElement?.closest('details') ?? null) out.push(d);
  return out;
}

const shown = (details: HTMLDetailsElement) => nested(details).every((d) => d.open);

/**
 * One switch per section, in the folder given: on opens the section (and the sections around it)
 * and brings it into view; off folds it. Opening or folding a section by its own heading moves its
 * switch too, so the two never disagree.
 */
export function addSectionToggles(folder: GUI, sections: readonly ToggledSection[], hint: string): void {
  const view: Record<string, boolean> = {};
  sections.forEach(({ name, details }, k) => {
    const key = `section${k}`;
    view[key] = shown(details);
    const control = describeControl(folder.add(view, key).name(name), hint).onChange((on: boolean) => {
      if (on) {
        for (const d of nested(details)) d.open = true;
        details.scrollIntoView({ block: 'nearest' });
      } else details.open = false;
    });
    for (const d of nested(details)) {
      d.addEventListener('toggle', () => {
        view[key] = shown(details);
        control.updateDisplay();
      });
    }
  });
}
