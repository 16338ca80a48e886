import type { Words } from '../i18n/words.ts';
import { NON_FINITE, OUT_OF_BOUNDS } from '../sim/status.ts';

/** The catalogue's key for each of the simulation's divergence reason codes: the sim stays free of interface words. */
const REASON_KEYS: Record<number, keyof Words['shell']['legend']['reasons']> = { [NON_FINITE]: 'nonFinite', [OUT_OF_BOUNDS]: 'outOfBounds' };

/** Why a ball diverged, in the reader's language, from the reason code its group stores. */
export function divergeReason(code: number, words: Words): string {
  return words.shell.legend.reasons[REASON_KEYS[code]];
}
