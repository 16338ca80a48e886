import { decodeHash, encodeHash } from '../state/hash.ts';
import type { Preset } from '../state/presets.ts';
import type { Store } from '../state/store.ts';
import { PAGE_KEYS } from './pageOptions.ts';

export interface LinkHost {
  store: Store;
  presets: readonly Preset[];
  /** The preset the scene came from, if any: a link names it and carries only what differs from it. */
  origin(): Preset | null;
  loadPreset(id: string): { notes: string[] };
  report(notes: string[]): void;
}

export interface Link<P> {
  preset?: P;
  patch: Record<string, unknown>;
  /** How the page is laid out (`embed`, `controls`, `panel`): not part of the scene. */
  page: Record<string, unknown>;
  notes: string[];
}

/**
 * A link's patch split into the preset it names (`preset=<id>`), the page options and the overrides
 * on top of the preset. An unknown preset is reported and the overrides still apply.
 */
export function readLink<P extends { id: string }>(hash: string, presets: readonly P[]): Link<P> {
  const { patch: all, notes } = decodeHash(hash);
  const { preset: id, ...fields } = all;
  const isPage = (key: string) => (PAGE_KEYS as readonly string[]).includes(key);
  const page = Object.fromEntries(Object.entries(fields).filter(([key]) => isPage(key)));
  const patch = Object.fromEntries(Object.entries(fields).filter(([key]) => !isPage(key)));
  if (id === undefined) return { patch, page, notes };
  const preset = presets.find((p) => p.id === id);
  if (!preset) notes.push(`preset: unknown preset ${JSON.stringify(id)} (allowed: ${presets.map((p) => p.id).join(', ')})`);
  return { preset, patch, page, notes };
}

/**
 * The only code that touches location: the state is written to the fragment after changes settle,
 * and a pasted link is read back field by field (bad fields are reported, the rest applies).
 */
export function syncLocation(host: LinkHost): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written = location.hash.replace(/^#/, '');
  host.store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      written = encodeHash({ ...host.store.get(), running: true }, host.origin() ?? undefined);
      history.replaceState(null, '', written ? `#${written}` : location.pathname + location.search);
    }, 400);
  });
  window.addEventListener('hashchange', () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === written) return;
    const { preset, patch, notes } = readLink(hash, host.presets);
    if (preset) notes.push(...host.loadPreset(preset.id).notes);
    host.report([...notes, ...host.store.set(patch)]);
  });
}
