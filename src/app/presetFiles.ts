import { parsePresets } from '../state/presets.ts';

/** Presets are bundled at build time, so the single-file build needs no fetch. */
const modules = import.meta.glob('../../presets/*.json', { eager: true, import: 'default' });

export function loadPresets() {
  const files: Record<string, unknown> = {};
  for (const [path, json] of Object.entries(modules)) files[path.replace(/^.*\/(.*)\.json$/, '$1')] = json;
  return parsePresets(files);
}
