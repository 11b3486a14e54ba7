import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, allPages, readJson } from './helpers/site.ts';

interface Linkable { id: string; url: string }

/** The file dist serves for a URL path, like the static host does. */
function fileFor(urlPath: string): string {
  const p = decodeURIComponent(urlPath);
  return p.endsWith('/') ? path.join(DIST, p, 'index.html') : path.join(DIST, p);
}

const idCache = new Map<string, Set<string>>();
/** Every id (and legacy `name`) on a built page. */
async function idsOn(urlPath: string): Promise<Set<string>> {
  const file = fileFor(urlPath);
  if (!idCache.has(file)) {
    const html = await readFile(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))));
  }
  return idCache.get(file)!;
}

/** Internal href/src values of a page (external, mailto and tel links left out). */
function internalLinks(html: string): string[] {
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/gi, '');
  return [...withoutScripts.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((h) => !/^(?:[a-z]+:|\/\/)/i.test(h));
}

/** Checks one link from `page`; returns a problem or undefined. */
async function check(page: string, href: string): Promise<string | undefined> {
  const url = new URL(href, `http://x${page}`);
  if (url.pathname.startsWith('/pagefind/')) return undefined; // written by Pagefind after the test build's HTML
  const target = url.pathname;
  if (!existsSync(fileFor(target))) return `${page}: lenke til ${href} – finnes ikke`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && (target.endsWith('/') || target.endsWith('.html')) && !(await idsOn(target)).has(anchor)) return `${page}: lenke til ${href} – ankeret #${anchor} finnes ikke`;
  return undefined;
}

describe('links in the built site', () => {
  test('no internal link or anchor on any page is broken', async () => {
    const pages = await allPages();
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const html = await readFile(fileFor(page), 'utf8');
      for (const href of new Set(internalLinks(html))) {
        const p = await check(page, href);
        if (p) problems.push(p);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every document, strategy, dataset, activity, goal, actor, theme and region in /data has a page at its url', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of ['documents', 'strategies', 'datasets', 'activities', 'goals', 'actors', 'themes', 'regions']) {
      const items = await readJson<Linkable[]>(`data/${file}.json`);
      for (const item of items) {
        // groups in the actor register (`kommunene`) are shown as written and have no page
        if (file === 'actors' && !item.url) continue;
        checked++;
        const p = await check('/data/' + file + '.json', item.url);
        if (p) problems.push(`${item.id}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  test('every action in strategies.json has an anchor on its strategy page', async () => {
    const strategies = await readJson<(Linkable & { actions: { anchor: string }[] })[]>('data/strategies.json');
    const missing: string[] = [];
    for (const s of strategies) {
      const ids = await idsOn(s.url);
      for (const a of s.actions) if (!ids.has(a.anchor)) missing.push(`${s.url}#${a.anchor}`);
    }
    expect(missing).toEqual([]);
  });

  test('the link checker notices a broken link and a missing anchor', async () => {
    // guards the checker itself: a checker that passes everything would make the tests above worthless
    expect(await check('/', '/finnes-ikke/')).toMatch(/finnes ikke/);
    expect(await check('/', '/tiltak/#finnes-ikke')).toMatch(/ankeret #finnes-ikke/);
    expect(await check('/', '/tiltak/#hovedinnhold')).toBeUndefined();
  });
});
