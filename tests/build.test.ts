import { describe, expect, inject, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, readJson, readPage } from './helpers/site.ts';

interface Doc { id: string; title: string; kind: string; year?: number; regions: string[]; themes: string[]; url: string; source: { file: string; lines: [number, number] } }

describe('the built site', () => {
  test('has a Norwegian home page with the site shell', async () => {
    const html = await readPage('/');
    expect(html).toContain('<html lang="nb"');
    expect(html).toContain('Hopp til hovedinnhold');
    expect(html).toMatch(/<form[^>]+role="search"[^>]+action="\/sok\/"/);
    expect(html).toContain('<footer');
  });

  test('publishes /data/documents.json with the fields of SPEC §5, one entry per seed', async () => {
    const docs = await readJson<Doc[]>('data/documents.json');
    const seeds = docs.filter((d) => d.source.file.includes('/seeds/') || d.source.file.startsWith('seeds/'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'regions', 'themes', 'url', 'source']));
      expect(d.source.lines[0]).toBe(1);
      expect(existsSync(path.join(DIST, d.url, 'index.html'))).toBe(true);
    }
    const plan = docs.find((d) => d.id === 'naeringsplan-lillehammer-regionen-2014')!;
    expect(plan).toMatchObject({ kind: 'plan', year: 2014, regions: ['lillehammer-regionen'] });
  });

  test('each document page shows its title as the h1', async () => {
    const docs = await readJson<Doc[]>('data/documents.json');
    for (const d of docs) {
      const html = await readPage(d.url);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/\u00ad/g, '').replace(/<[^>]+>/g, '');
      expect(h1?.trim()).toBe(d.title.replace(/&/g, '&amp;'));
    }
  });

  test('the build prints which lines it dropped as artefacts', () => {
    const log = inject('buildLog');
    expect(log).toMatch(/fjernet som artefakt \(linje\): \d+ linjer/);
    expect(log).toMatch(/fjernet som artefakt \(sidetall\): \d+ linjer/);
  });
});
