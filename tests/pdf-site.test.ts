import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PublishedDocument, Strategy } from '../src/schemas/index.ts';
import { DIST, readJson, readPage } from './helpers/site.ts';

/** The test site holds one PDF plan (tests/fixtures/site-extra/zz-pdf-midt-telemark.pdf). */
const documents = await readJson<PublishedDocument[]>('data/documents.json');
const strategies = await readJson<Strategy[]>('data/strategies.json');
const pdfDoc = documents.find((d) => d.original?.ext === 'pdf');

describe('a plan published from its PDF', () => {
  test('the original PDF is published and the document page names it with its size', async () => {
    expect(pdfDoc).toBeDefined();
    expect(existsSync(path.join(DIST, 'filer', `${pdfDoc!.id}.pdf`))).toBe(true);
    const html = await readPage(pdfDoc!.url);
    expect(html).toContain(`/filer/${pdfDoc!.id}.pdf`);
    expect(html).toMatch(/PDF, \d/);
  });

  test('every strategy page shows its page and links the PDF at that page', async () => {
    const own = strategies.filter((s) => s.documentId === pdfDoc!.id);
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) {
      expect(s.source.page, s.id).toBeGreaterThan(0);
      const html = await readPage(s.url);
      expect(html, s.url).toContain(`s. ${s.source.page}`);
      expect(html, s.url).toContain(`/filer/${pdfDoc!.id}.pdf#page=${s.source.page}`);
    }
  });

  test('a text seed links its original text, without a page anchor', async () => {
    const txt = strategies.find((s) => documents.find((d) => d.id === s.documentId)?.original?.ext === 'txt')!;
    const html = await readPage(txt.url);
    expect(html).toMatch(new RegExp(`/filer/${txt.documentId}\\.txt"`));
  });
});
