import type GUI from 'lil-gui';
import type { Words } from '../i18n/words.ts';
import type { AppState } from '../state/AppState.ts';
import { describeControl } from './describeControl.ts';

/** The NAG instruments' three switches, declared once: the state field each sets and its words. */
const SWITCHES = ['lookAhead', 'sutskever', 'lockstep'] as const;

/** The NAG-against-Momentum switches, in the folder given; `refresh` copies the state back. */
export function addNesterovControls(folder: GUI, state: () => AppState, set: (patch: unknown) => void, words: Words): { refresh(): void } {
  const w = words.instruments;
  const proxy = { ...state().overlays };
  const controls = SWITCHES.map((key) => describeControl(folder.add(proxy, key).name(w[key]), w[`${key}Hint`]).onChange((v: boolean) => set({ overlays: { [key]: v } })));
  return {
    refresh() {
      Object.assign(proxy, state().overlays);
      for (const c of controls) c.updateDisplay();
    },
  };
}
