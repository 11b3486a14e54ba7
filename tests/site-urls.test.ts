import { describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPublishedUrls, parseUrlList } from '../scripts/check-urls.ts';
import { DIST } from './helpers/site.ts';

/** A tiny dist with the given pages, plus a list and redirects file beside it. */
async function fixture(pages: string[], list: string[] | undefined, redirects?: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'planvev-urls-'));
  const dist = path.join(root, 'dist');
  for (const p of pages) {
    await mkdir(path.join(dist, p), { recursive: true });
    await writeFile(path.join(dist, p, 'index.html'), '<!doctype html><title>x</title>');
  }
  await writeFile(path.join(dist, '404.html'), 'ikke funnet');
  const listFile = path.join(root, 'published-urls.txt');
  const redirectsFile = path.join(root, 'redirects.yaml');
  if (list) await writeFile(listFile, list.join('\n') + '\n');
  if (redirects !== undefined) await writeFile(redirectsFile, redirects);
  return { dist, listFile, redirectsFile, opts: { dist, listFile, redirectsFile, site: 'https://eksempel.no' } };
}

describe('published URLs stay published', () => {
  test('a listed URL that disappears fails and names the list file and line', async () => {
    const f = await fixture(['/', '/tema/'], ['/', '/tema/', '/tema/ikt/']);
    const r = await checkPublishedUrls(f.opts);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual([expect.stringMatching(/published-urls\.txt:3: \/tema\/ikt\/ finnes ikke lenger.*redirects\.yaml/)]);
  });

  test('a recorded redirect lets the build pass and writes a forwarding page at the old address', async () => {
    const f = await fixture(['/', '/tema/', '/tema/ikt-og-digitalisering/'], ['/', '/tema/', '/tema/ikt/'], '/tema/ikt/: /tema/ikt-og-digitalisering/\n');
    const r = await checkPublishedUrls(f.opts);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    const page = await readFile(path.join(f.dist, 'tema/ikt/index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/tema/ikt-og-digitalisering/">');
    expect(page).toContain('<link rel="canonical" href="https://eksempel.no/tema/ikt-og-digitalisering/">');
    expect(page).toContain('lang="nb"');
  });

  test('a prefix rule forwards every gone URL under the prefix, and only those', async () => {
    const f = await fixture(['/', '/aktorer/', '/aktorer/lru/'], ['/', '/aktorer/', '/aktorer/lru/', '/aktorer/pa-minst-tre-arr/', '/tema/borte/'], '/aktorer/*: /aktorer/\n');
    const r = await checkPublishedUrls(f.opts);
    expect(r.errors).toEqual([expect.stringMatching(/:5: \/tema\/borte\//)]);
    expect(existsSync(path.join(f.dist, 'aktorer/pa-minst-tre-arr/index.html'))).toBe(false); // nothing written while the check fails
    const again = await fixture(['/', '/aktorer/', '/aktorer/lru/'], ['/', '/aktorer/', '/aktorer/lru/', '/aktorer/pa-minst-tre-arr/'], '/aktorer/*: /aktorer/\n');
    expect((await checkPublishedUrls(again.opts)).ok).toBe(true);
    expect(await readFile(path.join(again.dist, 'aktorer/pa-minst-tre-arr/index.html'), 'utf8')).toContain('url=/aktorer/');
  });

  test('a redirect to an address that does not exist fails', async () => {
    const f = await fixture(['/'], ['/', '/gammel/'], '/gammel/: /ny/\n');
    const r = await checkPublishedUrls(f.opts);
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatch(/\/gammel\/ peker til \/ny\/, som ikke finnes/);
  });

  test('new URLs are reported, and added to the sorted list only with update', async () => {
    const f = await fixture(['/', '/tema/', '/regioner/'], ['/', '/tema/']);
    const r = await checkPublishedUrls(f.opts);
    expect(r).toMatchObject({ ok: true, added: ['/regioner/'] });
    expect(parseUrlList(await readFile(f.listFile, 'utf8')).map((l) => l.url)).toEqual(['/', '/tema/']);
    await checkPublishedUrls({ ...f.opts, update: true });
    expect(await readFile(f.listFile, 'utf8')).toBe('/\n/regioner/\n/tema/\n');
  });

  test('the 404 page is not a published URL', async () => {
    const f = await fixture(['/'], ['/']);
    expect((await checkPublishedUrls(f.opts)).added).toEqual([]);
  });

  test('the committed list is sorted, has no duplicates and every URL is in the test build', async () => {
    const urls = parseUrlList(await readFile('published-urls.txt', 'utf8')).map((l) => l.url);
    expect(urls.length).toBeGreaterThan(50);
    expect(urls).toEqual([...new Set(urls)].sort());
    const missing = urls.filter((u) => !existsSync(path.join(DIST, u, 'index.html')));
    expect(missing).toEqual([]);
  });
});
