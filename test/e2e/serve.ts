import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';
import { CHROMIUM_FLAGS } from '../../src/cli/bench/chromiumFlags.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWs: string;
  }
}

/**
 * Serves the built app (dist/) on a free port and starts one browser for the whole run: test files
 * connect to it and run side by side rather than each paying for a browser of its own.
 */
export default async function setup(project: TestProject) {
  const server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launchServer({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  project.provide('baseUrl', url);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
