/**
 * What a first search costs a visitor: loads the built site in Chromium and sums the bytes of
 * every response under `/pagefind/` (pagefind.js, the wasm, entry and meta, the index chunks and
 * the result fragments). Two measures: the bare Pagefind API (`search('næring')` and the first
 * five results' data), and the search page itself (`/sok/?q=næring`) when the site has one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchBrowser, serveDist } from '../../tests/helpers/browser.ts';

export interface SearchBytes {
  query: string;
  /** Bytes under /pagefind/ for the API query plus five result fragments. */
  apiBytes?: number;
  apiRequests?: number;
  apiResults?: number;
  /** Bytes under /pagefind/ when `/sok/?q=…` loads, and all bytes that page load fetched. */
  pageBytes?: number;
  pageRequests?: number;
  pageTotalBytes?: number;
  skipped?: string;
}

function countPagefind(page: Page) {
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (r) => {
    bodies.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, bytes: b.length }), () => ({ url: new URL(r.url()).pathname, bytes: 0 })));
  });
  return async () => {
    const all = await Promise.all(bodies);
    const pf = all.filter((x) => x.url.startsWith('/pagefind/'));
    return { pagefind: pf.reduce((s, x) => s + x.bytes, 0), pagefindRequests: pf.length, total: all.reduce((s, x) => s + x.bytes, 0) };
  };
}

/** Longest wait for one measurement: the page's own script has no timeout, and a stalled search must not hang the bench. */
const MEASURE_TIMEOUT_MS = 180_000;

/** Measures the bytes of a first query against `dist` (needs Chromium; returns `skipped` otherwise, also after a timeout). */
export async function measureSearchBytes(dist: string, query = 'næring'): Promise<SearchBytes> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SearchBytes>((resolve) => {
    timer = setTimeout(() => resolve({ query, skipped: `ingen svar etter ${MEASURE_TIMEOUT_MS / 1000} s` }), MEASURE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([measure(dist, query), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function measure(dist: string, query: string): Promise<SearchBytes> {
  if (!CHROMIUM) return { query, skipped: 'fant ikke Chromium' };
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) return { query, skipped: 'ingen pagefind/pagefind.js i dist' };
  const { url, server } = await serveDist(dist);
  const browser = await launchBrowser();
  const out: SearchBytes = { query };
  try {
    {
      const page = await browser.newPage();
      await page.goto(`${url}/`);
      const done = countPagefind(page);
      out.apiResults = await page.evaluate(async (q) => {
        // a variable specifier, so TypeScript does not try to resolve the site's URL as a module
        const pagefindUrl = '/pagefind/pagefind.js';
        const pf = await import(/* @vite-ignore */ pagefindUrl);
        await pf.init?.();
        const search = await pf.search(q);
        await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
        return search.results.length as number;
      }, query);
      const c = await done();
      out.apiBytes = c.pagefind;
      out.apiRequests = c.pagefindRequests;
      await page.close();
    }
    if (existsSync(path.join(dist, 'sok', 'index.html'))) {
      const page = await browser.newPage();
      const done = countPagefind(page);
      await page.goto(`${url}/sok/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      await page.waitForLoadState('networkidle');
      const c = await done();
      out.pageBytes = c.pagefind;
      out.pageRequests = c.pagefindRequests;
      out.pageTotalBytes = c.total;
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
