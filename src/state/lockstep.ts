import type { ParamValue } from '../core/optimizers/Optimizer.ts';
import type { AppState } from './AppState.ts';

type Shared = { lr: ParamValue; momentum: ParamValue };
const shared = (s: AppState, id: 'momentum' | 'nag'): Shared => ({ lr: s.optimizers[id].params.lr, momentum: s.optimizers[id].params.momentum });
const same = (a: Shared, b: Shared) => a.lr === b.lr && a.momentum === b.momentum;

/**
 * What keeps Momentum and NAG in lockstep: switched on, both run (from the one start every ball
 * shares) with Momentum's lr and momentum, undamped (PyTorch's Nesterov allows no dampening), the
 * race paused so each step key takes one update of both, and NAG's look-ahead drawn. While it is on,
 * a change of lr or momentum to either is copied to the other. null when nothing needs to change.
 */
export function lockstepPatch(prev: AppState | null, next: AppState): object | null {
  if (!next.overlays.lockstep) return null;
  const momentum = shared(next, 'momentum');
  const nag = shared(next, 'nag');
  const starting = !prev?.overlays.lockstep;
  // Whichever was just changed leads; at the switch, Momentum does (its momentum, like NAG's, is above 0).
  const nagLeads = !starting && prev !== null && !same(shared(prev, 'nag'), nag) && same(shared(prev, 'momentum'), momentum);
  const lead = nagLeads ? nag : momentum;
  const patch = { optimizers: { momentum: { params: { ...lead } }, nag: { params: { ...lead } } } };
  if (starting) {
    return {
      ...patch,
      optimizers: { momentum: { enabled: true, params: { ...lead, dampening: 0 } }, nag: { enabled: true, params: { ...lead } } },
      running: false,
      overlays: { lookAhead: true },
    };
  }
  return same(momentum, nag) ? null : patch;
}
