import { describe, expect, test } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT, htmlText, readPage } from './helpers/site.ts';
import { unwrapTrackingLink } from '../src/pipeline/render/inline.ts';

/** Letters and digits only, lower-cased: spacing, hyphen joins, escaping and number formats don't count. */
const fold = (s: string) => s.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');

interface Report { file: string; id: string; dropped: { no: number }[] }

describe('faithfulness', async () => {
  const reports = JSON.parse(await readFile(path.join(CONTENT, 'reports/ingest-report.json'), 'utf8')) as Report[];
  const documents = JSON.parse(await readFile(path.join(CONTENT, 'data/documents.json'), 'utf8')) as { id: string; chapters: { url: string }[] }[];
  const seeds = (await readdir('seeds')).filter((f) => f.endsWith('.txt'));

  test('every seed is published', () => {
    expect(reports.map((r) => path.basename(r.file)).sort()).toEqual(expect.arrayContaining(seeds));
  });

  for (const seed of seeds) {
    test(`every non-blank line of ${seed} appears in its HTML or is reported as a dropped artefact`, async () => {
      const report = reports.find((r) => path.basename(r.file) === seed)!;
      const doc = documents.find((d) => d.id === report.id)!;
      const pages = new Set([`/dokumenter/${doc.id}/`, ...doc.chapters.map((c) => c.url.split('#')[0])]);
      let html = '';
      for (const p of pages) html += ' ' + htmlText(await readPage(p));
      const haystack = fold(html);
      const dropped = new Set(report.dropped.map((d) => d.no));
      const lines = (await readFile(path.join('seeds', seed), 'utf8')).split(/\r?\n/);
      const missing: string[] = [];
      lines.forEach((line, i) => {
        // tracking links are published as the address they wrap: that is the documented transformation
        const f = fold(line.replace(/https?:\/\/\S+/g, (u) => unwrapTrackingLink(u)));
        if (!f || dropped.has(i + 1)) return;
        if (!haystack.includes(f)) missing.push(`${seed}:${i + 1}: ${line.trim().slice(0, 80)}`);
      });
      expect(missing).toEqual([]);
    });
  }
});
