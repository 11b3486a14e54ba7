import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './browser.ts';

/** The built site open in Chromium: the browser, the address dist/ is served at, and one page. */
export interface SiteSession {
  browser: Browser;
  base: string;
  page: Page;
}

/**
 * Opens the built site in Chromium for the tests of one describe block: dist/ served on a free port
 * and a page in a browser context with `options`, before the tests, closed after them. Read the
 * fields inside tests (they are filled in `beforeAll`).
 * @example const site = openSiteInBrowser({ viewport: { width: 375, height: 800 } }); … await site.page.goto(site.base + '/tiltak/');
 */
export function openSiteInBrowser(options: BrowserContextOptions): SiteSession {
  const session = {} as SiteSession;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveDist();
    server = served.server;
    session.base = served.url;
    session.browser = await launchBrowser();
    session.page = await (await session.browser.newContext(options)).newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    server?.close();
  });
  return session;
}
