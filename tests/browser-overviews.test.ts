import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from './helpers/site.ts';
import { browserAvailable } from './helpers/browser.ts';
import { openSiteInBrowser } from './helpers/browser-session.ts';
import { pageOfEveryKind } from './helpers/page-kinds.ts';
import { csvRecords } from '../src/lib/overview/filter.ts';

const nf = new Intl.NumberFormat('nb-NO');
const SCREEN = { width: 375, height: 800 };
/** A page kind may be at most this many phone screens tall. */
const MAX_SCREENS = 15;

describe.skipIf(!browserAvailable())('overviews on a phone (375 px) in Chromium', () => {
  const site = openSiteInBrowser({ viewport: SCREEN, acceptDownloads: true });

  const firstResultTop = () => site.page.evaluate(() => (document.querySelector('#ov-list > li, main .item-list > li') as HTMLElement | null)?.getBoundingClientRect().top ?? Infinity);

  test('on /tiltak/ and a region page the first result is on the first screen', async () => {
    for (const url of ['/tiltak/', '/regioner/lillehammer-regionen/']) {
      await site.page.goto(site.base + url);
      expect(await firstResultTop(), url).toBeLessThan(SCREEN.height - 40);
    }
  });

  test('no page kind is taller than about fifteen phone screens', async () => {
    for (const [kind, url] of Object.entries(await pageOfEveryKind())) {
      // a chapter's text is as long as the chapter; actor pages are paged by their own owner (PageNav is there for them)
      if (!url || ['dokument', 'kapittel', 'aktør'].includes(kind)) continue;
      await site.page.goto(site.base + url);
      const height = await site.page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${kind} ${url}`).toBeLessThanOrEqual(MAX_SCREENS * SCREEN.height);
    }
  });

  test('the filters fold behind one button on a phone', async () => {
    await site.page.goto(site.base + '/tiltak/');
    expect(await site.page.locator('#ov-filter').getAttribute('open')).toBeNull();
    expect(await site.page.locator('#ov-filter a[data-facet]').first().isVisible()).toBe(false);
    await site.page.click('#ov-filter > summary');
    expect(await site.page.locator('#ov-filter a[data-facet]').first().isVisible()).toBe(true);
  });

  test('facet counts follow the other chosen filters, and the list and status match them', async () => {
    await site.page.goto(site.base + '/tiltak/');
    await site.page.click('#ov-filter > summary');
    const deadlineCounts = () => site.page.locator('a[data-facet="frist"] .ov-n').allTextContents();
    const before = await deadlineCounts();
    // the theme with the fewest actions narrows the list
    const themes = await site.page.locator('a[data-facet="tema"]').evaluateAll((as) => as.map((a) => ({ value: (a as HTMLElement).dataset.value!, n: Number(a.querySelector('.ov-n')!.textContent!.replace(/\D/g, '')) })));
    const pick = themes.sort((a, b) => a.n - b.n)[0];
    await site.page.click(`a[data-facet="tema"][data-value="${pick.value}"]`);
    await expect.poll(() => site.page.locator('#ov-status').textContent()).toMatch(/^Viser/);
    const total: number = await site.page.evaluate(() => fetch('/tiltak/indeks.json').then((r) => r.json()).then((j) => j.rows.length));
    expect(await site.page.locator('#ov-status').textContent()).toBe(`Viser ${nf.format(pick.n)} av ${nf.format(total)} tiltak`);
    expect(await deadlineCounts()).not.toEqual(before);
    const deadlineSum = (await deadlineCounts()).reduce((s, t) => s + Number(t.replace(/\D/g, '')), 0);
    expect(deadlineSum).toBe(pick.n); // every action has exactly one deadline value
    expect(new URL(site.page.url()).searchParams.get('tema')).toBe(pick.value);
    // the cards shown are the filtered ones (all of them, or the first page and «Vis flere»)
    const cards = await site.page.locator('#ov-list > li').count();
    expect(cards).toBe(Math.min(pick.n, 25));
  });

  test('an empty combination says which filter to loosen', async () => {
    await site.page.goto(site.base + '/tiltak/');
    const index = await site.page.evaluate(() => fetch('/tiltak/indeks.json').then((r) => r.json()));
    type Row = { f: Record<string, string[]> };
    const rows = index.rows as Row[];
    // a theme and a deadline year that never occur together
    const years = [...new Set(rows.flatMap((r) => r.f.frist))];
    const themes = [...new Set(rows.flatMap((r) => r.f.tema))];
    const pair = themes.flatMap((t) => years.map((y) => [t, y])).find(([t, y]) => !rows.some((r) => r.f.tema.includes(t) && r.f.frist.includes(y)));
    expect(pair).toBeDefined();
    await site.page.goto(`${site.base}/tiltak/?tema=${pair![0]}&frist=${pair![1]}`);
    await expect.poll(() => site.page.locator('#ov-empty').isVisible()).toBe(true);
    expect(await site.page.locator('#ov-empty').textContent()).toMatch(/^Ingen tiltak passer alle filtrene\. Fjern filteret «(Tema|Frist \(år\)): [^»]+» for å se \d+ tiltak\.$/);
    expect(await site.page.locator('#ov-list > li').count()).toBe(0);
  });

  test('the CSV download has exactly the filtered rows, semicolon-separated with a BOM', async () => {
    await site.page.goto(site.base + '/tiltak/');
    await site.page.click('#ov-filter > summary');
    const pick = await site.page.locator('a[data-facet="frist"]').first();
    await pick.click();
    await expect.poll(() => site.page.locator('#ov-status').textContent()).toMatch(/^Viser/);
    while (await site.page.locator('#ov-more').isVisible()) await site.page.click('#ov-more');
    const shown = await site.page.locator('#ov-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
    const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#ov-csv')]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeffid;')).toBe(true);
    const [, ...records] = csvRecords(csv);
    expect(records.map((r) => r.id)).toEqual(shown);
  });

  test('without JavaScript a filter is a link to a static page of that filter', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false, viewport: SCREEN });
    const p = await noJs.newPage();
    await p.goto(site.base + '/tiltak/');
    await p.click('#ov-filter > summary');
    const link = p.locator('a[data-facet="tema"]').first();
    const n = Number((await link.locator('.ov-n').textContent())!.replace(/\D/g, ''));
    await link.click();
    expect(new URL(p.url()).pathname).toMatch(/^\/tiltak\/tema\/[^/]+\/$/);
    expect(await p.locator('#ov-status').textContent()).toMatch(new RegExp(`^${nf.format(n)} tiltak`));
    expect(await p.locator('#ov-list > li').count()).toBe(Math.min(n, 25));
    await noJs.close();
  });

  test('the actor register is paged, and «Finn en aktør» finds an actor that stands on another page', async () => {
    const index = JSON.parse(await readFile(path.join(DIST, 'aktorer', 'indeks.json'), 'utf8')) as [string, string, string, string, number, number, string][];
    expect(index.length).toBeGreaterThan(100); // the test site names some 150 actors: more than one page of 100
    await site.page.goto(site.base + '/aktorer/');
    expect(await site.page.locator('#aktorliste tbody tr').count()).toBe(100);
    // an actor from the second page: not on the first, found by the filter
    const [name, , url] = index[index.length - 1];
    expect(await site.page.locator('#aktorliste').textContent()).not.toContain(name);
    await site.page.fill('#aktorfilter-q', name.toLocaleLowerCase('nb'));
    await expect.poll(() => site.page.locator('#aktortreff tbody tr').count()).toBeGreaterThan(0);
    expect(await site.page.locator('#aktorliste').isHidden()).toBe(true);
    expect(await site.page.locator('#aktortreff th a').allTextContents()).toContain(name);
    if (url) expect(await site.page.locator(`#aktortreff a[href="${url}"]`).count()).toBe(1);
    expect(await site.page.locator('#aktorantall').textContent()).toMatch(new RegExp(`av ${index.length} aktører passer$`));
    expect(new URL(site.page.url()).searchParams.get('q')).toBe(name.toLocaleLowerCase('nb'));
    await site.page.fill('#aktorfilter-q', '');
    await expect.poll(() => site.page.locator('#aktorliste').isVisible()).toBe(true);
    expect(await site.page.locator('#aktorantall').textContent()).toContain('side 1 av 2');
  });
});
