import { decodeHash, encodeHash } from '../state/hash.ts';
import type { Store } from '../state/store.ts';

/**
 * The only code that touches location: the state is written to the fragment after changes settle,
 * and a pasted link is read back field by field (bad fields are reported, the rest applies).
 */
export function syncLocation(store: Store, report: (notes: string[]) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash.replace(/^#/, '');
  store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      written = encodeHash({ ...store.get(), running: true });
      history.replaceState(null, '', written ? `#${written}` : location.pathname + location.search);
    }, 400);
  });
  window.addEventListener('hashchange', () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === written) return;
    const { patch, notes } = decodeHash(hash);
    report([...notes, ...store.set(patch)]);
  });
}

export function initialHashPatch(): { patch: Record<string, unknown>; notes: string[] } {
  return decodeHash(location.hash);
}
