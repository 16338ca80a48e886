import type { AppState } from '../state/AppState.ts';
import type { SectionId, Sections } from '../state/sections.ts';
import { nested, openNested, shown } from './nestedSections.ts';

/** A folded section of the side column that the state opens. */
export interface ToggledSection {
  readonly id: SectionId;
  readonly details: HTMLDetailsElement;
}

export interface SectionsHost {
  getState: () => AppState;
  setState: (patch: unknown) => unknown;
}

/**
 * Keeps the sections and the state's `sections` one. Opening or folding a section by its heading
 * (or by a tool that opens itself) is written to the state; the returned function shows the state:
 * an open section opens the sections around it too and, on a change, comes into view.
 */
export function bindSections(sections: readonly ToggledSection[], host: SectionsHost): (next: Sections, prev: Sections | null) => void {
  for (const { id, details } of sections) {
    for (const d of nested(details)) {
      // The event comes a task after the change: what is shown then is what the state must hold.
      d.addEventListener('toggle', () => {
        const open = shown(details);
        if (host.getState().sections[id] !== open) host.setState({ sections: { [id]: open } });
      });
    }
  }
  return (next, prev) => {
    for (const { id, details } of sections) {
      if (next[id] === shown(details)) continue;
      if (!next[id]) details.open = false;
      else {
        openNested(details);
        if (prev) details.scrollIntoView({ block: 'nearest' });
      }
    }
  };
}
