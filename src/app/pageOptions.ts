import type { Note } from '../state/Note.ts';

/**
 * What an embed may keep on screen besides the map, legend and transport (`controls=speed,preset`):
 * the preset picker, the speed slider, the language switch, the preset's story line, the loss-per-step
 * chart and the settings panel.
 */
export const EMBED_CONTROLS = ['preset', 'speed', 'lang', 'story', 'chart', 'settings'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

/** What the map's place shows: the map, or the experiment panel in its stead (`panel=experiment`). */
export const EMBED_PANELS = ['map', 'experiment'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

/** How the page is laid out, as opposed to the scene it shows: these never go into the state. */
export interface PageOptions {
  embed: boolean;
  controls: EmbedControl[];
  panel: EmbedPanel;
}

/** The link keys that set page options rather than the scene. */
export const PAGE_KEYS = ['embed', 'controls', 'panel'] as const;

export const FULL_PAGE: PageOptions = { embed: false, controls: [], panel: 'map' };

const TRUE = new Set(['1', 'true', 'yes', '']);
const FALSE = new Set(['0', 'false', 'no']);

/** A link value as text: a flag or a list as written, an object as its JSON rather than "[object Object]". */
const linkText = (value: unknown): string => (typeof value === 'object' && value !== null && !Array.isArray(value) ? JSON.stringify(value) : String(value));

/**
 * Page options from link values (the query's and then the fragment's, the later winning); a bad
 * value is reported and left at its default.
 */
export function readPageOptions(...sources: Record<string, unknown>[]): { options: PageOptions; notes: Note[] } {
  const merged = sources.reduce<Record<string, unknown>>((all, source) => ({ ...all, ...source }), {});
  const options: PageOptions = { ...FULL_PAGE, controls: [] };
  const notes: Note[] = [];
  if (merged.embed !== undefined) {
    const text = linkText(merged.embed).toLowerCase();
    if (TRUE.has(text)) options.embed = true;
    else if (!FALSE.has(text)) notes.push({ kind: 'invalid', field: 'embed', expected: { is: 'flag' }, got: JSON.stringify(merged.embed) });
  }
  if (merged.controls !== undefined) {
    for (const name of linkText(merged.controls).split(',').filter(Boolean)) {
      if ((EMBED_CONTROLS as readonly string[]).includes(name)) options.controls.push(name as EmbedControl);
      else notes.push({ kind: 'unknownChoice', field: 'controls', what: 'control', got: JSON.stringify(name), allowed: EMBED_CONTROLS });
    }
  }
  if (merged.panel !== undefined) {
    if ((EMBED_PANELS as readonly unknown[]).includes(merged.panel)) options.panel = merged.panel as EmbedPanel;
    else notes.push({ kind: 'unknownChoice', field: 'panel', what: 'panel', got: JSON.stringify(merged.panel) ?? linkText(merged.panel), allowed: EMBED_PANELS });
  }
  return { options, notes };
}

/** The options as link fields (only those that differ from the full page), to carry across a reload. */
export function pageOptionsFragment(options: PageOptions): string {
  const parts = options.embed ? ['embed=1'] : [];
  if (options.controls.length) parts.push(`controls=${options.controls.join(',')}`);
  if (options.panel !== FULL_PAGE.panel) parts.push(`panel=${options.panel}`);
  return parts.join('&');
}
