/**
 * Search in a real Chromium against the built Pagefind index: the kept query set, compound parts,
 * filters, the search page (URL state, status line, no-results message) and what the build adds.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, serveDist } from './helpers/browser.ts';
import { DIST, allPages, htmlText, readPage } from './helpers/site.ts';
import { compoundParts, compoundTails } from '../src/search/compound.ts';
import { prepareHtml } from '../src/search/prepare-html.ts';
import { bestSubResults, cleanExcerpt, queryWords, rankByTitle, readSearchState, searchUrl, titleMatch, type SubResult } from '../src/lib/search-state.ts';

const queries = JSON.parse(await readFile('tests/fixtures/search-queries.json', 'utf8')) as { q: string; expect: string; within: number; why: string }[];

describe('compound words', () => {
  test('splits compounds into known words, joining s kept on its part', () => {
    expect(compoundParts('kompetansearbeidsplasser')).toEqual(['kompetanse', 'arbeids', 'plasser']);
    expect(compoundTails('næringsklyngesamarbeid')).toEqual(['klyngesamarbeid', 'samarbeid']);
    expect(compoundTails('næringsutvikling')).toEqual(['utvikling']);
    expect(compoundTails('næringsklynger')).toEqual(['klynger']);
  });
  test('leaves plain words, short words and names it cannot split alone', () => {
    for (const w of ['innovasjon', 'kommunene', 'strategien', 'Jørstadmoen', 'samarbeid', 'LRU']) expect(compoundTails(w), w).toEqual([]);
  });
});

describe('page preparation for the index', () => {
  const page = (main: string) => `<html><head><title>Næringsutvikling</title></head><body><nav>Næringsutvikling</nav><main id="m" data-pagefind-body>${main}</main></body></html>`;
  test('adds hidden, low-weight compound tails right after the word, and weights the title', () => {
    const out = prepareHtml(page('<h1>Næringsklynger</h1><p>Styrke næringsutvikling.</p>'));
    expect(out).toContain('<h1 data-pagefind-weight="10">Næringsklynger</h1><span hidden data-pagefind-weight="0.5"> klynger</span> ');
    expect(out).toContain('<p>Styrke næringsutvikling<span hidden data-pagefind-weight="0.5"> utvikling</span>.</p>');
    expect(out).toContain('<title>Næringsutvikling</title><');
    expect(out).toContain('<nav>Næringsutvikling</nav>');
  });
  test('leaves attributes, scripts, text areas and ignored parts alone', () => {
    const main = '<canvas data-chart="{&quot;a&quot;:&quot;x>næringsutvikling&quot;}"></canvas><script>const næringsutvikling = 1</script><textarea>næringsutvikling</textarea><div data-pagefind-ignore><span>næringsutvikling</span></div>';
    expect(prepareHtml(page(main))).toBe(page(main.replace(/<\/div>$/, '</div> ')));
  });
  test('an ignored heading gives no compound parts, also when it is the ignored element itself', () => {
    const main = '<h3 data-pagefind-ignore="all"><a href="/x/">Næringsklynger</a></h3><section data-pagefind-ignore><h2>Næringsutvikling</h2></section>';
    expect(prepareHtml(page(main))).toBe(page(main.replace('</a></h3>', '</a></h3> ').replace('</h2></section>', '</h2> </section> ')));
  });
  test('keeps the words of neighbouring cells and list items apart, and drops soft hyphens', () => {
    const out = prepareHtml(page('<table><tr><th>Tiltak</th><td>1</td><td>An\u00adsvar</td></tr></table><ul><li>LRU</li><li>HiL</li></ul>'));
    expect(out).toContain('<th>Tiltak</th> <td>1</td> <td>Ansvar</td> ');
    expect(out).toContain('<li>LRU</li> <li>HiL</li> ');
  });
  test('pages outside the index are untouched', () => {
    const html = '<html><body><main>næringsutvikling</main></body></html>';
    expect(prepareHtml(html)).toBe(html);
  });
  test('the search page removes the tails from excerpts again', () => {
    expect(cleanExcerpt('styrke næringsklynger <mark>klynger</mark> i regionen')).toBe('styrke <mark>næringsklynger</mark> i regionen');
    expect(cleanExcerpt('<mark>næringsklyngesamarbeid</mark> klyngesamarbeid samarbeid og mer')).toBe('<mark>næringsklyngesamarbeid</mark> og mer');
    expect(cleanExcerpt('en plan og en plan')).toBe('en plan og en plan');
    expect(cleanExcerpt('<mark>Næringsklynger</mark> Tiltak under klynger og mer')).toBe('<mark>Næringsklynger</mark> Tiltak under og mer');
  });
});

test('search state round-trips through the URL', () => {
  const state = { q: 'klynge', filters: { region: ['Gjøvikregionen', 'Mjøsbyen'], år: ['2014'] } };
  const url = searchUrl(state);
  expect(url).toBe('/sok/?q=klynge&region=Gj%C3%B8vikregionen&region=Mj%C3%B8sbyen&ar=2014');
  expect(readSearchState(url.slice(url.indexOf('?')))).toEqual(state);
});

describe('the built index', () => {
  test('one Norwegian index, page bodies only (search page and 404 left out)', async () => {
    const entry = JSON.parse(await readFile(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['nb']);
    const pages = await allPages();
    const indexed = [];
    for (const p of pages) if ((await readPage(p)).includes('data-pagefind-body')) indexed.push(p);
    expect(entry.languages.nb.page_count).toBe(indexed.length);
    expect(indexed).not.toContain('/sok/');
    expect(await readPage('/sok/')).not.toContain('data-pagefind-body');
  });
  test('strategy, activity and table pages stay out of the index: each is found under its own anchor in an indexed chapter or document page', async () => {
    const pages = await allPages();
    const items = pages.filter((p) => /^\/dokumenter\/[^/]+\/(strategi|aktivitet|tabell)-[^/]+\/$/.test(p));
    expect(items.length).toBeGreaterThan(40);
    const indexedIds = new Map<string, string>(); // `<document>#<id>` → indexed page holding that anchor
    for (const p of pages.filter((x) => x.startsWith('/dokumenter/'))) {
      const html = await readPage(p);
      if (!html.includes('data-pagefind-body')) continue;
      const doc = p.split('/')[2];
      for (const m of html.matchAll(/\sid="([^"]+)"/g)) indexedIds.set(`${doc}#${m[1]}`, p);
    }
    for (const p of items) {
      expect(await readPage(p), p).not.toContain('data-pagefind-body');
      const [, , doc, id] = p.split('/');
      expect(indexedIds.get(`${doc}#${id}`), `${p}: no indexed page of the document has id="${id}"`).toBeDefined();
    }
  });
  test('only the search page ships the search script', async () => {
    for (const p of await allPages()) {
      const html = await readPage(p);
      expect(/_astro\/[^"]*(index\.astro_astro_type_script|search)[^"]*\.js/.test(html) && p !== '/sok/', p).toBe(false);
    }
    const files = await readdir(path.join(DIST, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.startsWith('pagefind-ui'))).toBe(true); // Pagefind always writes its UI; we do not load it
  });
});

const run = browserAvailable();
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let api: Page;
beforeAll(async () => {
  if (!run) return;
  server = await serveDist(DIST);
  browser = await launchBrowser();
  api = await browser.newPage();
  await api.goto(`${server.url}/`);
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

/** Runs a query through Pagefind's API in the page: result URLs (and meta) best first. */
async function searchApi(q: string | null, filters: Record<string, { any: string[] }> = {}) {
  // a string, so vitest does not rewrite the dynamic import meant for the browser
  const list = (await api.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const s = await pf.search(${JSON.stringify(q)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(s.results.map((r) => r.data()));
    return data.map((x) => ({ url: x.url, meta: x.meta, filters: x.filters, excerpt: x.excerpt, subResults: x.sub_results.map((s) => ({ title: s.title, url: s.url, anchor: Boolean(s.anchor), locations: s.locations, weighted_locations: s.weighted_locations })) }));
  })()`)) as { url: string; meta: Record<string, string>; filters: Record<string, string[]>; excerpt: string; subResults: SubResult[] }[];
  // the sections the search page shows under each result
  return list.map((r) => ({ ...r, subs: bestSubResults(r.subResults, r.url).map((s) => s.url) }));
}

describe.runIf(run)('the kept query set in Chromium', () => {
  test.each(queries.map((x) => [x.q, x] as const))('«%s» finds its expected page near the top', async (_, x) => {
    // a strategy is found in its chapter: the result, or one of the sections shown under it, is the expected page
    const results = await searchApi(x.q);
    const reached = results.slice(0, x.within).flatMap((r) => [r.url, ...r.subs]);
    expect(reached, `${x.why}; topp: ${results.slice(0, 5).map((r) => `${r.url} [${r.subs.join(' ')}]`).join(', ')}`).toContain(x.expect);
  });

  test('a compound part alone finds the compound, though the word never stands alone', async () => {
    const html = await readPage('/dokumenter/naeringsplan-lillehammer-regionen-2014/kapittel-4/');
    const visible = htmlText(html.replace(/<span hidden[^>]*>[^<]*<\/span>/g, ''));
    expect(visible).toContain('næringsarealpolitikk');
    expect(visible).not.toMatch(/(^|[^\p{L}])arealpolitikk/iu); // only inside «næringsarealpolitikk»
    expect((await searchApi('arealpolitikk')).flatMap((r) => [r.url, ...r.subs])).toContain('/dokumenter/naeringsplan-lillehammer-regionen-2014/kapittel-4/#strategi-4-2');
  });

  test('excerpts for twenty queries come from content only, with words of neighbouring cells apart', async () => {
    const furniture = /Kilde:|Egen side for|Kopier lenke|Siter denne siden|Lenken er permanent|Ingen andre dokumenter|Samme tema i andre|Andre strategier i kapitlet|Hopp til hovedinnhold|Forrige kapittel|Neste kapittel|seeds\//;
    const qs = [...new Set([...queries.map((x) => x.q), 'reiseliv', 'turisme', 'samarbeid'])].slice(0, 20);
    expect(qs.length).toBe(20);
    for (const q of qs) {
      for (const r of (await searchApi(q)).slice(0, 10)) {
        expect(r.excerpt, `${q} → ${r.url}`).not.toMatch(furniture);
        expect(r.excerpt, `${q} → ${r.url}`).not.toMatch(/Tiltak\d|\dHovedansvar/);
      }
    }
  });

  test('«reiseliv» finds neither the varehandel strategy nor its chapter, which name it only in a related-theme box and the contents list', async () => {
    const reached = (await searchApi('reiseliv')).flatMap((r) => [r.url, ...r.subs]);
    expect(reached).toContain('/dokumenter/naeringsplan-lillehammer-regionen-2014/kapittel-7/');
    for (const u of ['/dokumenter/naeringsplan-lillehammer-regionen-2014/strategi-11-1/', '/dokumenter/naeringsplan-lillehammer-regionen-2014/kapittel-11/', '/dokumenter/naeringsplan-lillehammer-regionen-2014/kapittel-11/#strategi-11-1']) expect(reached).not.toContain(u);
  });

  test('the tail of a compound finds the compound near the top: «turisme» → idrettsturisme', async () => {
    expect((await searchApi('turisme')).slice(0, 3).flatMap((r) => [r.url, ...r.subs])).toContain('/dokumenter/naeringsplan-lillehammer-regionen-2014/kapittel-7/#strategi-7-2');
  });

  test('sections and strategies come back as deep links', async () => {
    const results = await searchApi('Cyberforsvaret');
    expect(results.flatMap((r) => r.subs).some((u) => /#[a-z0-9-]+$/.test(u))).toBe(true);
  });

  test('results carry document, region and type meta', async () => {
    const [hit] = await searchApi('idrettsturisme');
    expect(hit.meta).toMatchObject({ dokument: 'Regional næringsplan for Lillehammer-regionen 2014–2024', region: 'Lillehammer-regionen', type: expect.any(String) });
  });

  test('filters narrow the results to pages that carry the filter value', async () => {
    const all = await searchApi('næring');
    for (const [key, value] of [['region', 'Gjøvikregionen'], ['type', all[0].filters.type?.[0] ?? 'Plan'], ['år', '2024']] as const) {
      const narrowed = await searchApi('næring', { [key]: { any: [value] } });
      expect(narrowed.length, `${key}=${value}`).toBeGreaterThan(0);
      expect(narrowed.length, `${key}=${value}`).toBeLessThan(all.length);
      for (const r of narrowed) expect(r.filters[key], r.url).toContain(value);
    }
    const tema = await searchApi(null, { tema: { any: ['IKT'] } });
    expect(tema.length).toBeGreaterThan(0);
    for (const r of tema) expect(r.filters.tema).toContain('IKT');
  });
});

/** Polls wait long: the search runs in a real browser on a shared machine; no timing is asserted. */
const POLL = { timeout: 20_000 };

describe.runIf(run)('the search page', () => {
  async function open(query: string) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sok/${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    return page;
  }

  test('a linked search restores its query and filters and announces the count', async () => {
    const page = await open('?q=klynge&region=Lillehammer-regionen');
    expect(await page.inputValue('#sok-q')).toBe('klynge');
    expect(await page.isChecked('input[name="region"][value="Lillehammer-regionen"]')).toBe(true);
    expect(await page.isChecked('input[name="region"][value="Gjøvikregionen"]')).toBe(false);
    const status = page.locator('#sok-status[role="status"]');
    await expect.poll(() => status.textContent(), POLL).toMatch(/^\d+ treff for «klynge» med valgte filtre\.$/);
    const n = Number((await status.textContent())!.match(/^\d+/)![0]);
    expect(await page.locator('#sok-treff > li').count()).toBe(Math.min(n, 10));
    expect(await page.locator('#sok-treff a').first().getAttribute('href')).toMatch(/^\/dokumenter\/|^\/tema\/|^\/aktorer\/|^\/regioner\//);
    await page.close();
  });

  test('typing and ticking a facet with the keyboard update results and URL', async () => {
    const page = await open('');
    await page.focus('#sok-q');
    await page.keyboard.type('reiseliv');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=reiseliv$/);
    await expect.poll(() => page.locator('#sok-status').textContent(), POLL).toMatch(/treff for «reiseliv»/);
    const box = page.locator('input[name="tema"][value="Reiseliv"]');
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/\?q=reiseliv&tema=Reiseliv$/);
    await expect.poll(() => page.locator('#sok-status').textContent(), POLL).toMatch(/med valgte filtre/);
    await page.goBack();
    await page.waitForURL(/\?q=reiseliv$/);
    await expect.poll(() => box.isChecked(), POLL).toBe(false);
    await page.close();
  });

  test('nothing found gives a Norwegian message', async () => {
    // Pagefind forgives typos in long words, so take the first nonsense word the index really has nothing for
    let q = '';
    for (const c of ['xyzzy', 'pingvinfôr', 'qwxqwx', 'ØØØØØ']) if ((await searchApi(c)).length === 0) { q = c; break; }
    expect(q).not.toBe('');
    const page = await open(`?q=${encodeURIComponent(q)}`);
    await expect.poll(() => page.locator('#sok-status').textContent(), POLL).toBe(`Ingen treff for «${q}». Prøv et annet eller kortere ord.`);
    expect(await page.locator('#sok-treff > li').count()).toBe(0);
    await page.close();
  });

  test('a word no page has, beside one that many have, gives a clear message instead of being dropped', async () => {
    let q = '';
    for (const c of ['xyzzy', 'pingvinfôr', 'qwxqwx', 'ØØØØØ']) if ((await searchApi(c)).length === 0) { q = c; break; }
    const page = await open(`?q=reiseliv+${encodeURIComponent(q)}`);
    await expect.poll(() => page.locator('#sok-status').textContent(), POLL).toBe(`Ingen treff: «${q}» finnes ikke på noen side. Alle ordene må finnes; prøv et annet ord, eller ta det bort.`);
    expect(await page.locator('#sok-treff > li').count()).toBe(0);
    await page.close();
  });

  test('an actor\'s own page comes first for its acronym', async () => {
    const page = await open('?q=LRU');
    await expect.poll(() => page.locator('#sok-treff > li').count(), POLL).toBeGreaterThan(0);
    expect(await page.locator('#sok-treff h2 a').first().getAttribute('href')).toBe('/aktorer/lillehammer-regionen-utvikling/');
    await page.close();
  });

  test('excerpts show no hidden compound parts', async () => {
    const page = await open('?q=klynge');
    await expect.poll(() => page.locator('#sok-treff .excerpt').count(), POLL).toBeGreaterThan(0);
    const texts = await page.locator('#sok-treff .excerpt').allTextContents();
    expect(texts.join(' ')).not.toMatch(/næringsklynger klynger/i);
    await page.close();
  });

  test('without JavaScript the page says so', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/sok/?q=klynge`);
    expect(await page.locator('noscript').first().innerHTML()).toContain('Søket trenger JavaScript');
    await ctx.close();
  });
});

describe('ranking and query words', () => {
  test('a title that is the query, or names it as acronym, goes first; otherwise the index order stays', () => {
    expect(titleMatch('Lillehammer-regionen utvikling (LRU)', 'LRU')).toBe(2);
    expect(titleMatch('Innovasjon Norge', 'innovasjon norge')).toBe(2);
    expect(titleMatch('LRU med egen stimulator', 'LRU')).toBe(1);
    expect(titleMatch('Strategi 2.1: samferdsel', 'LRU')).toBe(0);
    const titles = ['LRU med egen stimulator', 'Strategi 10.5', 'Lillehammer-regionen utvikling (LRU)', 'Strategi 2.1'];
    expect(rankByTitle(titles, (t) => t, 'LRU')).toEqual(['Lillehammer-regionen utvikling (LRU)', 'LRU med egen stimulator', 'Strategi 10.5', 'Strategi 2.1']);
  });
  test('query words are letters and digits', () => {
    expect(queryWords('klynge, «reiseliv» 2014')).toEqual(['klynge', 'reiseliv', '2014']);
  });
});
