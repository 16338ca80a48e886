import type { AppState } from './AppState.ts';
import { encodeHash } from './hash.ts';

/** What the Share dialog offers: the page's link, the embedded page's link, and an iframe snippet of it. */
export interface ShareLinks {
  link: string;
  embed: string;
  iframe: string;
}

/** A frame the size of a course page's column, where the embedded map and its legend both fit. */
export const FRAME = { width: 800, height: 500 } as const;

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const attribute = (text: string) => text.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]);

/**
 * The links of one state: `page` is the page's address without its fragment, `fragment` the
 * state's. The embedded page is the same address with `embed=1` added to its query, so the frame
 * shows the same scene; the snippet's attributes are escaped, since a title may hold any text.
 */
export function shareLinks(page: string, fragment: string, title: string): ShareLinks {
  const hash = fragment ? `#${fragment}` : '';
  const url = new URL(page);
  url.hash = '';
  url.searchParams.set('embed', '1');
  const embed = `${url.href}${hash}`;
  const iframe = `<iframe src="${attribute(embed)}" width="${FRAME.width}" height="${FRAME.height}" title="${attribute(title)}" style="border:0" loading="lazy"></iframe>`;
  return { link: `${page.replace(/#.*$/, '')}${hash}`, embed, iframe };
}

/**
 * A scene's fragment as links carry it: the state (playing, so the scene rolls when opened) as it
 * differs from its preset, then the presenting fields, if any.
 */
export function sceneFragment(state: AppState, preset: { id: string; state: AppState } | undefined, classroom: string): string {
  return [encodeHash({ ...state, running: true }, preset), classroom].filter(Boolean).join('&');
}
