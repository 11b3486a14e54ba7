import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { builtPageUrls } from '../scripts/check-urls.ts';
import { browserAvailable, launchBrowser, serveDist } from './helpers/browser.ts';

/**
 * The site deployed under a base path (/planvev/), built as a production build from a complete
 * configuration: every link, asset, search index, redirect and sitemap entry must carry the base.
 */
const ROOT = path.resolve(`tests/.tmp/base-${process.pid}`);
const DIST = path.join(ROOT, 'dist');
const BASE = '/planvev/';
const CONFIG = 'tests/fixtures/site-config/planvev.config.yaml';

function build(env: Record<string, string>, args: string[] = []) {
  return spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--seeds', 'seeds', '--content', path.join(ROOT, 'content'), '--dist', DIST, '--quiet', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

beforeAll(async () => {
  await rm(ROOT, { recursive: true, force: true });
  const r = build({ PLANVEV_CONFIG: CONFIG, PLANVEV_BASE: BASE }, ['--production']);
  if (r.status !== 0) throw new Error(`Bygg med base-sti feilet:\n${r.stdout}\n${r.stderr}`);
}, 300_000);
afterAll(async () => {
  if (!process.env.PLANVEV_KEEP_TEST_SITE) await rm(ROOT, { recursive: true, force: true });
});

/** Internal href/src/action values of a page, scripts left out. */
function internalLinks(html: string): string[] {
  return [...html.replace(/<script[\s\S]*?<\/script>/gi, '').matchAll(/\s(?:href|src|action)="([^"]*)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((h) => !/^(?:[a-z]+:|\/\/)/i.test(h));
}

describe('a production build under a base path', () => {
  test('a production build without an owner stops and names the missing field', () => {
    const r = build({ PLANVEV_CONFIG: 'tests/fixtures/site-config/ufullstendig.yaml', PLANVEV_PRODUCTION: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ufullstendig\.yaml: et produksjonsbygg trenger «owner»/);
  });

  test('every internal link, asset and form on every page stays under the base path and exists', async () => {
    const pages = [...(await builtPageUrls(DIST)), '/404.html'];
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(DIST, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
      for (const href of new Set(internalLinks(html))) {
        const url = new URL(href, `http://x${BASE}${page.slice(1)}`);
        if (!url.pathname.startsWith(BASE)) { problems.push(`${page}: ${href} ligger utenfor ${BASE}`); continue; }
        const rel = decodeURIComponent(url.pathname.slice(BASE.length));
        const file = path.join(DIST, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) problems.push(`${page}: ${href} finnes ikke`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('sitemap, canonical links, redirects, data URLs and the catalogue carry the base path', async () => {
    const sitemap = await readFile(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(50);
    for (const l of locs) expect(l).toMatch(/^https:\/\/plan\.eksempel\.no\/planvev\//);
    expect(await readFile(path.join(DIST, 'tema/ikt/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://plan.eksempel.no/planvev/tema/ikt/"');
    let redirects = 0;
    for (const page of await builtPageUrls(DIST)) {
      const html = await readFile(path.join(DIST, page, 'index.html'), 'utf8').catch(() => '');
      if (!html.includes('http-equiv="refresh"')) continue;
      redirects++;
      expect(html, page).toMatch(/content="0; url=\/planvev\//);
    }
    expect(redirects).toBeGreaterThan(0);
    const docs = JSON.parse(await readFile(path.join(DIST, 'data/documents.json'), 'utf8')) as { url: string }[];
    for (const d of docs) expect(d.url.startsWith(BASE)).toBe(true);
    expect(await readFile(path.join(DIST, 'data/catalog.jsonld'), 'utf8')).toContain('"https://plan.eksempel.no/planvev/data/tiltak.csv"');
  });

  test('the about page and the catalogue name the owner and contact from the configuration', async () => {
    const about = await readFile(path.join(DIST, 'om/index.html'), 'utf8');
    expect(about).toContain('Regionrådet for Eksempelregionen');
    expect(about).toContain('href="mailto:post@eksempel.no"');
    expect(about).not.toContain('[mangler:');
  });

  describe.runIf(browserAvailable())('search in Chromium', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveDist>>;
    beforeAll(async () => {
      server = await serveDist(DIST, BASE);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      server?.server.close();
    });
    test('the search page loads the index under the base path and links results under it', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}${BASE}sok/?q=klynge`);
      await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
      await expect.poll(() => page.locator('#sok-treff > li').count()).toBeGreaterThan(0);
      const hrefs = await page.locator('#sok-treff h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const h of hrefs) expect(h).toMatch(/^\/planvev\//);
      expect(server.requests.filter((r) => r.includes('/pagefind/')).every((r) => r.startsWith(`${BASE}pagefind/`))).toBe(true);
      await page.close();
    });
  });
});
