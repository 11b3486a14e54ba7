import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { browserAvailable, launchBrowser, serveDist } from './helpers/browser.ts';
import { pageOfEveryKind } from './helpers/page-kinds.ts';
import { csvRecords } from '../src/lib/overview/filter.ts';

const nf = new Intl.NumberFormat('nb-NO');
const SCREEN = { width: 375, height: 800 };
/** A page kind may be at most this many phone screens tall. */
const MAX_SCREENS = 15;

describe.skipIf(!browserAvailable())('overviews on a phone (375 px) in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const s = await serveDist();
    server = s.server;
    base = s.url;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: SCREEN, acceptDownloads: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const firstResultTop = () => page.evaluate(() => (document.querySelector('#ov-list > li, main .item-list > li') as HTMLElement | null)?.getBoundingClientRect().top ?? Infinity);

  test('on /tiltak/ and a region page the first result is on the first screen', async () => {
    for (const url of ['/tiltak/', '/regioner/lillehammer-regionen/']) {
      await page.goto(base + url);
      expect(await firstResultTop(), url).toBeLessThan(SCREEN.height - 40);
    }
  });

  test('no page kind is taller than about fifteen phone screens', async () => {
    for (const [kind, url] of Object.entries(await pageOfEveryKind())) {
      // a chapter's text is as long as the chapter; actor pages are paged by their own owner (PageNav is there for them)
      if (!url || ['dokument', 'kapittel', 'aktør'].includes(kind)) continue;
      await page.goto(base + url);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${kind} ${url}`).toBeLessThanOrEqual(MAX_SCREENS * SCREEN.height);
    }
  });

  test('the filters fold behind one button on a phone', async () => {
    await page.goto(base + '/tiltak/');
    expect(await page.locator('#ov-filter').getAttribute('open')).toBeNull();
    expect(await page.locator('#ov-filter a[data-facet]').first().isVisible()).toBe(false);
    await page.click('#ov-filter > summary');
    expect(await page.locator('#ov-filter a[data-facet]').first().isVisible()).toBe(true);
  });

  test('facet counts follow the other chosen filters, and the list and status match them', async () => {
    await page.goto(base + '/tiltak/');
    await page.click('#ov-filter > summary');
    const deadlineCounts = () => page.locator('a[data-facet="frist"] .ov-n').allTextContents();
    const before = await deadlineCounts();
    // the theme with the fewest actions narrows the list
    const themes = await page.locator('a[data-facet="tema"]').evaluateAll((as) => as.map((a) => ({ value: (a as HTMLElement).dataset.value!, n: Number(a.querySelector('.ov-n')!.textContent!.replace(/\D/g, '')) })));
    const pick = themes.sort((a, b) => a.n - b.n)[0];
    await page.click(`a[data-facet="tema"][data-value="${pick.value}"]`);
    await expect.poll(() => page.locator('#ov-status').textContent()).toMatch(/^Viser/);
    const total: number = await page.evaluate(() => fetch('/tiltak/indeks.json').then((r) => r.json()).then((j) => j.rows.length));
    expect(await page.locator('#ov-status').textContent()).toBe(`Viser ${nf.format(pick.n)} av ${nf.format(total)} tiltak`);
    expect(await deadlineCounts()).not.toEqual(before);
    const deadlineSum = (await deadlineCounts()).reduce((s, t) => s + Number(t.replace(/\D/g, '')), 0);
    expect(deadlineSum).toBe(pick.n); // every action has exactly one deadline value
    expect(new URL(page.url()).searchParams.get('tema')).toBe(pick.value);
    // the cards shown are the filtered ones (all of them, or the first page and «Vis flere»)
    const cards = await page.locator('#ov-list > li').count();
    expect(cards).toBe(Math.min(pick.n, 25));
  });

  test('an empty combination says which filter to loosen', async () => {
    await page.goto(base + '/tiltak/');
    const index = await page.evaluate(() => fetch('/tiltak/indeks.json').then((r) => r.json()));
    type Row = { f: Record<string, string[]> };
    const rows = index.rows as Row[];
    // a theme and a deadline year that never occur together
    const years = [...new Set(rows.flatMap((r) => r.f.frist))];
    const themes = [...new Set(rows.flatMap((r) => r.f.tema))];
    const pair = themes.flatMap((t) => years.map((y) => [t, y])).find(([t, y]) => !rows.some((r) => r.f.tema.includes(t) && r.f.frist.includes(y)));
    expect(pair).toBeDefined();
    await page.goto(`${base}/tiltak/?tema=${pair![0]}&frist=${pair![1]}`);
    await expect.poll(() => page.locator('#ov-empty').isVisible()).toBe(true);
    expect(await page.locator('#ov-empty').textContent()).toMatch(/^Ingen tiltak passer alle filtrene\. Fjern filteret «(Tema|Frist \(år\)): [^»]+» for å se \d+ tiltak\.$/);
    expect(await page.locator('#ov-list > li').count()).toBe(0);
  });

  test('the CSV download has exactly the filtered rows, semicolon-separated with a BOM', async () => {
    await page.goto(base + '/tiltak/');
    await page.click('#ov-filter > summary');
    const pick = await page.locator('a[data-facet="frist"]').first();
    await pick.click();
    await expect.poll(() => page.locator('#ov-status').textContent()).toMatch(/^Viser/);
    while (await page.locator('#ov-more').isVisible()) await page.click('#ov-more');
    const shown = await page.locator('#ov-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ov-csv')]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeffid;')).toBe(true);
    const [, ...records] = csvRecords(csv);
    expect(records.map((r) => r.id)).toEqual(shown);
  });

  test('without JavaScript a filter is a link to a static page of that filter', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: SCREEN });
    const p = await noJs.newPage();
    await p.goto(base + '/tiltak/');
    await p.click('#ov-filter > summary');
    const link = p.locator('a[data-facet="tema"]').first();
    const n = Number((await link.locator('.ov-n').textContent())!.replace(/\D/g, ''));
    await link.click();
    expect(new URL(p.url()).pathname).toMatch(/^\/tiltak\/tema\/[^/]+\/$/);
    expect(await p.locator('#ov-status').textContent()).toMatch(new RegExp(`^${nf.format(n)} tiltak`));
    expect(await p.locator('#ov-list > li').count()).toBe(Math.min(n, 25));
    await noJs.close();
  });
});
