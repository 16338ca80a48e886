import type { Minimum } from '../core/surfaces/Surface.ts';
import type { Words } from '../i18n/words.ts';
import type { RaceEvent } from '../sim/raceEvents.ts';
import { NON_FINITE } from '../sim/status.ts';

/**
 * A race event in the reader's words, the ball named by `nameOf` (the host knows its rules' names);
 * `key` is set where a later message of the same key supersedes it.
 */
export function raceMessage(e: RaceEvent, words: Words, minima: readonly Minimum[], nameOf: (id: string) => string): { text: string; key: string | null } {
  const w = words.map;
  const name = nameOf(e.optimizer);
  const said = (text: string, key: string | null = null) => ({ text: w.sentence(text), key });
  switch (e.kind) {
    case 'reached': {
      const kind = e.minimum >= 0 ? minima[e.minimum].kind : null;
      const say = kind === 'global' ? w.reached : kind === 'local' ? w.reachedLocal : kind === 'saddle' ? w.reachedSaddle : w.reachedElsewhere;
      return said(say(name, e.step));
    }
    case 'diverged':
      return said(w.diverged(name, e.step, e.reason === NON_FINITE ? w.reasonNonFinite : w.reasonOutOfBounds));
    case 'winner':
      return said(w.winner(name));
    case 'swarm':
      return said(w.swarm(e.reached, e.count, name, e.diverged), `swarm-${e.optimizer}`);
    case 'stopped':
      return said(w.allStopped);
  }
}
