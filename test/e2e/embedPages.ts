import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { MountedController } from '../../src/app/mount.ts';
import { STRICT_CSP } from '../../vite-plugins/singleFile.ts';

export { STRICT_CSP };

declare global {
  interface Window {
    demos: MountedController[];
  }
}

export interface Opened {
  page: Page;
  errors: string[];
}

/** A page in a context of its own, collecting console errors (a CSP violation is one) and page errors. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 860 }): Promise<Opened> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // Closing a page ends its context too; by then the browser may be going, which is fine.
  page.on('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/**
 * Serves `files` (path → [content type, text]) at the preview server's origin, beside the built app
 * and dist/lib, each answered with the strict policy as its Content-Security-Policy header.
 */
export async function serveStrict(page: Page, files: Record<string, [string, string]>): Promise<string> {
  const base = inject('baseUrl');
  for (const [path, [type, body]] of Object.entries(files)) {
    await page.route(`${base}${path}`, (route) => route.fulfill({ contentType: type, body, headers: { 'content-security-policy': STRICT_CSP } }).catch(() => undefined));
  }
  return base;
}

/** The built page itself (index.html from dist/), answered with the strict policy as its header. */
export async function routeAppStrict(page: Page): Promise<string> {
  const base = inject('baseUrl');
  await page.route(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?[^#]*)?$`), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  return base;
}

/** Each ball's position, to tell a rolling instance from a paused one. */
export const positions = (page: Page, k: number) => page.evaluate((i) => window.demos[i].particles().map((p) => [p.x, p.y]), k);
