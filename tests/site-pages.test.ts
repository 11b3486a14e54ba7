import { csvRecords } from '../src/lib/overview/filter.ts';
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, htmlText, readJson, readPage } from './helpers/site.ts';
import { copyLinkScript } from '../src/lib/copy-link.ts';

interface Action { id: string; anchor: string; number: string; responsible: string[] }
interface Strategy { id: string; documentId: string; url: string; number: string; columns: string[]; actions: Action[] }
interface Region { id: string; url: string; municipalities: { name: string; historicNumber: string; currentNumber: string }[] }

const PLAN = '/dokumenter/naeringsplan-lillehammer-regionen-2014/';

describe('site pages', () => {
  test('every fixed page exists with a Norwegian h1', async () => {
    const expected: Record<string, string> = {
      '/tema/': 'Tema', '/regioner/': 'Regioner', '/aktorer/': 'Aktører', '/tiltak/': 'Tiltak', '/mal/': 'Mål',
      '/om/': 'Om Planvev', '/tilgjengelighet/': 'Tilgjengelighetserklæring', '/apne-data/': 'Åpne data', '/404.html': 'Fant ikke siden',
    };
    for (const [url, h1] of Object.entries(expected)) {
      const html = await readPage(url);
      expect(html).toContain('<html lang="nb"');
      expect(htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]).trim()).toBe(h1);
    }
  });

  test('pages carry canonical URL and OpenGraph metadata; the 404 page is noindex', async () => {
    const html = await readPage('/tiltak/');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/tiltak\/"/);
    expect(html).toMatch(/<meta property="og:url" content="https?:\/\/[^"]+\/tiltak\/"/);
    expect(html).toContain('<meta property="og:title" content="Tiltak"');
    expect(html).toContain('<meta property="og:locale" content="nb_NO"');
    const notFound = await readPage('/404.html');
    expect(notFound).toContain('<meta name="robots" content="noindex"');
    expect(notFound).not.toContain('rel="canonical"');
  });

  test('the sitemap lists the pages and leaves out the 404 page', async () => {
    const index = await readFile(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    const sitemap = await readFile(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(index).toContain('sitemap-0.xml');
    expect(sitemap).toMatch(/<loc>https?:\/\/[^<]+\/tiltak\/<\/loc>/);
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${PLAN}</loc>`));
    expect(sitemap).not.toContain('404');
    expect(await readFile(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
  });

  test('the copy-link script is inline, well under 1 KB, and only on pages with copy links', async () => {
    expect(Buffer.byteLength(copyLinkScript)).toBeLessThan(900);
    const strategy = (await readJson<Strategy[]>('data/strategies.json'))[0];
    const page = await readPage(strategy.url);
    expect(page).toContain(copyLinkScript.slice(0, 60));
    expect(page).toMatch(/<div id="kopistatus"[^>]*role="status"[^>]*aria-live="polite"/);
    expect(await readPage('/om/')).not.toContain('<script');
  });

  test('a strategy page has the actions table with caption, header scope, a labelled cell per column and a copy link per action', async () => {
    const strategy = (await readJson<Strategy[]>('data/strategies.json')).find((s) => s.actions.length > 0 && s.columns.length >= 4)!;
    const html = await readPage(strategy.url);
    const table = /<div class="actions-table">([\s\S]*?)<\/table>/.exec(html)![1];
    expect(table).toMatch(/<caption[^>]*>Tiltak under strategi /);
    expect(table.match(/<th scope="col"/g)!.length).toBeGreaterThanOrEqual(5);
    const rows = table.match(/<tr id="[^"]+"/g)!;
    expect(rows.length).toBe(strategy.actions.length);
    for (const a of strategy.actions) {
      const row = new RegExp(`<tr id="${a.anchor}"[\\s\\S]*?</tr>`).exec(table)![0];
      expect(row).toContain(`href="#${a.anchor}"`);
      expect(row).toMatch(/data-copy-link/);
      // the cards are labelled with the column headings the document itself used (Tidsbruk, Ansvar, …)
      for (const label of strategy.columns.slice(0, 4)) expect(row).toContain(`data-label="${label}"`);
    }
    expect(html).toContain('Siter denne siden');
    // the source reads as the document's title and chapter, or its page where the text shows it, never a file name
    const doc = (await readJson<{ id: string; title: string }[]>('data/documents.json')).find((d) => d.id === strategy.documentId)!;
    expect(htmlText(html)).toMatch(new RegExp(`Kilde: ${doc.title} , (?:kapittel \\d+ |s\\. \\d+)`));
    expect(htmlText(html)).not.toMatch(/\.txt\b/);
  });

  test('a region page lists its municipalities with historic and current kommunenummer', async () => {
    const regions = await readJson<Region[]>('data/regions.json');
    const lillehammer = regions.find((r) => r.id === 'lillehammer-regionen')!;
    const text = htmlText(await readPage(lillehammer.url));
    expect(text).toMatch(/Lillehammer 0501 3405/);
    expect(text).toMatch(/Gausdal 0522 3441/);
    expect(text).toContain('Regional næringsplan for Lillehammer-regionen');
  });

  test('the actions overview lists every action across its static pages, a few dozen per page, each linked to its anchor', async () => {
    const strategies = await readJson<Strategy[]>('data/strategies.json');
    const anchors = strategies.flatMap((s) => s.actions.map((a) => `${s.url}#${a.anchor}`));
    const first = await readPage('/tiltak/');
    const pages = Number(/side 1 av (\d+)/.exec(first)?.[1] ?? 1);
    const found: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const html = await readPage(n === 1 ? '/tiltak/' : `/tiltak/side-${n}/`);
      const cards = [...html.matchAll(/<li class="ov-card" data-id="[^"]+"><h3><a href="([^"]+)">/g)].map((m) => m[1]);
      expect(cards.length).toBeLessThanOrEqual(25);
      found.push(...cards);
    }
    expect(found.sort()).toEqual(anchors.sort());
    expect(first).toMatch(/<p class="result-count" id="ov-status" role="status"[^>]*>\d+ tiltak · side 1 av \d+<\/p>/);
  });

  test('each theme has a static page of its actions, the filter that works without JavaScript', async () => {
    type Themed = { themes: { id: string }[] };
    const strategies = await readJson<(Themed & { actions: Themed[] })[]>('data/strategies.json');
    const ikt = strategies.flatMap((s) => s.actions.filter((a) => [...s.themes, ...a.themes].some((t) => t.id === 'ikt')));
    const html = await readPage('/tiltak/tema/ikt/');
    expect(htmlText(html)).toMatch(new RegExp(`${ikt.length} tiltak`));
    expect(html).toMatch(/<h1[^>]*>Tiltak: IKT<\/h1>/);
  });

  test('the goals register shows numeric targets in Norwegian number format on the pages of goals with numbers', async () => {
    const goals = await readJson<{ targets: { value: number }[] }[]>('data/goals.json');
    const targets = goals.flatMap((g) => g.targets);
    if (targets.length === 0) return;
    const first = await readPage('/mal/tall/med-tall/');
    const pages = Number(/side 1 av (\d+)/.exec(first)?.[1] ?? 1);
    let html = first;
    for (let n = 2; n <= pages; n++) html += await readPage(`/mal/tall/med-tall/side-${n}/`);
    for (const t of targets) expect(html).toContain(new Intl.NumberFormat('nb-NO').format(t.value));
  });

  test('the goals CSV behind the filtered download has one row per goal, semicolon-separated with a BOM', async () => {
    const goals = await readJson<{ id: string }[]>('data/goals.json');
    const csv = await readPage('/mal/mal.csv');
    expect(csv.startsWith('\ufeffid;dokument;type;')).toBe(true);
    const [, ...records] = csvRecords(csv);
    expect(records.map((r) => r.id).sort()).toEqual(goals.map((g) => g.id).sort());
  });

  test('the open data page describes each /data file and links to the schemas that exist', async () => {
    const html = await readPage('/apne-data/');
    for (const f of ['documents.json', 'strategies.json', 'goals.json', 'datasets.json', 'activities.json', 'actors.json', 'themes.json', 'regions.json', 'tiltak.csv']) {
      expect(html).toContain(`href="/data/${f}"`);
      expect(existsSync(path.join(DIST, 'data', f))).toBe(true);
    }
    const schemas = [...html.matchAll(/href="(\/data\/schemas\/[^"]+)"/g)].map((m) => m[1]);
    expect(schemas).toContain('/data/schemas/strategies.schema.json');
    expect(htmlText(html)).toMatch(/semikolon/);
  });

  test('a theme page gathers strategies from the documents, the rest on its paged list, and links to the filtered actions', async () => {
    const strategies = await readJson<(Strategy & { themes: { id: string }[] })[]>('data/strategies.json');
    const withIkt = strategies.filter((s) => s.themes.some((t) => t.id === 'ikt'));
    let html = await readPage('/tema/ikt/');
    if (html.includes('href="/tema/ikt/strategier/"')) {
      const list = await readPage('/tema/ikt/strategier/');
      const pages = Number(/side 1 av (\d+)/.exec(list)?.[1] ?? 1);
      html += list;
      for (let n = 2; n <= pages; n++) html += await readPage(`/tema/ikt/strategier/side-${n}/`);
    }
    for (const s of withIkt) expect(html).toContain(`href="${s.url}"`);
    if (withIkt.length) expect(html).toContain('href="/tiltak/tema/ikt/"');
  });

  test('an actor page shows its first 25 actions it leads and links the paged list that holds all of them, each linked to its anchor', async () => {
    const actors = await readJson<{ url: string; roles: { actionId: string; role: string }[] }[]>('data/actors.json');
    const strategies = await readJson<(Strategy & { actions: (Action & { id: string })[] })[]>('data/strategies.json');
    const lead = [...actors].sort((a, b) => b.roles.length - a.roles.length)[0];
    const leads = lead.roles.filter((x) => x.role === 'responsible');
    expect(leads.length).toBeGreaterThan(25); // LRU leads 38 actions in the seeds: the page cannot show them all
    const href = (id: string) => {
      const s = strategies.find((x) => x.actions.some((a) => a.id === id))!;
      return `href="${s.url}#${s.actions.find((x) => x.id === id)!.anchor}"`;
    };
    const page = await readPage(lead.url);
    expect(leads.filter((r) => page.includes(href(r.actionId)))).toHaveLength(25);
    expect(page).toContain(`<a href="${lead.url}hovedansvar/">Alle tiltak med hovedansvar (${leads.length})</a>`);
    const list = (await readPage(`${lead.url}hovedansvar/`)) + (await readPage(`${lead.url}hovedansvar/side-2/`));
    for (const r of leads) expect(list).toContain(href(r.actionId));
    expect(list).toContain(`href="${lead.url}hovedansvar/side-2/"`);
  });

  test('a long document has chapter pages with previous/next links and the contents with the current chapter marked', async () => {
    const docs = await readJson<{ url: string; split: boolean; chapters: { url: string }[] }[]>('data/documents.json');
    const d = docs.find((x) => x.split && x.chapters.length > 2)!;
    const html = await readPage(d.chapters[1].url);
    expect(html).toContain(`rel="prev" href="${d.chapters[0].url}"`);
    expect(html).toContain(`rel="next" href="${d.chapters[2].url}"`);
    expect(html).toContain(`href="${d.chapters[1].url}" aria-current="page"`);
    expect(html).toContain('<nav class="breadcrumbs');
  });
});
