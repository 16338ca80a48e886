import { PAGE_KEYS } from './pageOptions.ts';

/** The address of the full page an embedded page came from: the same address without its page options or fragment. */
export function fullPageUrl(href: string): string {
  const url = new URL(href);
  for (const key of PAGE_KEYS) url.searchParams.delete(key);
  url.hash = '';
  return url.href;
}
