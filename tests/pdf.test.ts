import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { processDocument, type ProcessedDocument } from '../src/pipeline/process.ts';
import { pdfSeed } from '../src/pipeline/io.ts';
import { readPdf, MAX_PDF_BYTES } from '../src/pipeline/pdf/index.ts';
import { runIngest } from '../src/pipeline/run.ts';
import { fixtureInput } from './helpers/fixture-documents.ts';

/**
 * PDF input. The fixtures in tests/fixtures/pdf/ were laid out from plan fixtures whose text the other
 * tests read exactly (scripts/make-pdf-fixtures.ts): action tables as real tables with narrow columns
 * that wrap, A5 pages so tables cross page breaks, a running header and a `Side n av m` footer — printed
 * by Chromium (serif, ruled tables) and LibreOffice (sans, no rules, rows that break across pages, the
 * header row repeated). The PDF path must give what the text path gives, with every cell exact.
 */
const root = path.join(import.meta.dirname, '..');
const pdfDir = path.join(root, 'tests/fixtures/pdf');
const FIXTURES = ['plan-hallingdal', 'plan-kongsvinger-wrapped-cells', 'plan-nord-osterdal-five-columns', 'plan-midt-telemark-repeated-header'];
const PRINTERS = ['chromium', 'libreoffice'];

const fromText = (fixture: string) => processDocument({ file: fixtureInput(fixture), bytes: readFileSync(path.join(root, fixtureInput(fixture))) });
async function fromPdf(name: string): Promise<ProcessedDocument> {
  return processDocument(await pdfSeed(`tests/fixtures/pdf/${name}`, new Uint8Array(readFileSync(path.join(pdfDir, name)))));
}
const strategies = (p: ProcessedDocument) => p.strategies.map((s) => [s.number, s.title, s.columns]);
const cells = (p: ProcessedDocument) => p.strategies.flatMap((s) => s.actions.map((a) => ({ number: a.number, text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe, financing: a.financing })));

describe.each(FIXTURES.flatMap((f) => PRINTERS.map((p) => [f, p])))('the PDF of %s printed by %s', (fixture, printer) => {
  let pdf: ProcessedDocument;
  let txt: ProcessedDocument;
  beforeAll(async () => {
    pdf = await fromPdf(`${fixture}.${printer}.pdf`);
    txt = fromText(fixture);
  });

  test('gives the same strategies as the text', () => {
    expect(strategies(pdf)).toEqual(strategies(txt));
  });

  test('gives the same actions as the text with every cell exact', () => {
    expect(cells(pdf)).toEqual(cells(txt));
  });

  test('drops the running header and the page footers as artefacts', () => {
    const dropped = pdf.dropped.filter((d) => d.reason === 'topp- eller bunntekst' || d.reason === 'sidetall').map((d) => d.text);
    expect(dropped.filter((t) => /^Side \d+ av \d+$/.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(dropped.some((t) => t.startsWith('Næringsplan '))).toBe(true);
  });

  test('gives every strategy and action the page it stands on', () => {
    const items = [...pdf.strategies, ...pdf.strategies.flatMap((s) => s.actions), ...pdf.document.chapters];
    expect(items.every((i) => Number.isInteger(i.source.page) && i.source.page! >= 1)).toBe(true);
    const pages = pdf.strategies.map((s) => s.source.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});

describe('a table across a page break', () => {
  test('is one table when the next page goes on without a header (Chromium, Hallingdal)', async () => {
    const pdf = await fromPdf('plan-hallingdal.chromium.pdf');
    // the four actions of strategy 2.1 stand under one header, on page 2
    expect(pdf.strategies[0].actions.map((a) => a.number)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4']);
  });

  test('is one table when the header is repeated on the next page (LibreOffice)', async () => {
    const seed = await pdfSeed('x.pdf', new Uint8Array(readFileSync(path.join(pdfDir, 'plan-kongsvinger-wrapped-cells.libreoffice.pdf'))));
    const text = new TextDecoder().decode(seed.bytes);
    // each header is written once per table, however many pages the table runs over
    expect(text.split('\n').filter((l) => l.startsWith('Tiltak\tAnsvarlig')).length).toBe(3);
  });
});

describe('a PDF that cannot be read', () => {
  const read = async (name: string, bytes: Uint8Array) => {
    try {
      await readPdf(`seeds/${name}`, bytes);
      return 'lest';
    } catch (e) {
      return (e as Error).message;
    }
  };
  const good = () => new Uint8Array(readFileSync(path.join(pdfDir, 'plan-hallingdal.chromium.pdf')));

  test('is refused when it is encrypted, with a message naming the file', async () => {
    expect(await read('laast.pdf', new Uint8Array(readFileSync(path.join(pdfDir, 'bad-encrypted.pdf'))))).toBe('seeds/laast.pdf: PDF-en er kryptert eller passordbeskyttet og kan ikke leses. Lagre en kopi uten passord og prøv igjen.');
  });

  test('is refused when it is truncated', async () => {
    const bytes = good();
    expect(await read('halv.pdf', bytes.subarray(0, bytes.length / 2))).toBe('seeds/halv.pdf: PDF-en er avkuttet (slutten av filen mangler, «%%EOF»). Last ned originalen på nytt.');
  });

  test('is refused when it is corrupt', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> søppel\n%%EOF\n');
    expect(await read('odelagt.pdf', bytes)).toBe('seeds/odelagt.pdf: PDF-en er ødelagt eller avkuttet og kan ikke leses (Invalid PDF structure.). Last ned originalen på nytt.');
  });

  test('is refused when it is no PDF at all', async () => {
    expect(await read('tekst.pdf', new TextEncoder().encode('Dette er tekst.\n'))).toBe('seeds/tekst.pdf: filen har endelsen .pdf, men er ikke en PDF (mangler «%PDF-» i starten).');
  });

  test('is refused when it is a scan without a text layer, saying it needs OCR first', async () => {
    expect(await read('skann.pdf', new Uint8Array(readFileSync(path.join(pdfDir, 'bad-scanned.pdf'))))).toBe('seeds/skann.pdf: PDF-en har nesten ingen tekst (0 tegn på 1 side): den er trolig skannet og trenger OCR først. Kjør tekstgjenkjenning (OCR) og legg inn den nye PDF-en.');
  });

  test('is refused when it is over the size limit', async () => {
    const bytes = new Uint8Array(MAX_PDF_BYTES + 1);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await read('stor.pdf', bytes)).toBe(`seeds/stor.pdf: PDF-en er 40,0 MB; største tillatte størrelse er ${MAX_PDF_BYTES / 1024 / 1024} MB. Del dokumentet opp eller komprimer bildene.`);
  });
});

describe('a seeds folder', () => {
  let dir: string;
  let seeds: string;
  let out: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'planvev-pdf-'));
    seeds = path.join(dir, 'seeds');
    out = path.join(dir, 'out');
    await mkdir(seeds);
  });

  test('publishes a PDF beside a text, each with its original under filer/', async () => {
    await writeFile(path.join(seeds, 'hallingdal.pdf'), readFileSync(path.join(pdfDir, 'plan-hallingdal.chromium.pdf')));
    await writeFile(path.join(seeds, 'hallingdal.meta.yaml'), 'id: hallingdal-pdf\n');
    await writeFile(path.join(seeds, 'kongsvinger.txt'), readFileSync(path.join(root, fixtureInput('plan-kongsvinger-wrapped-cells'))));
    await writeFile(path.join(seeds, 'kongsvinger.meta.yml'), 'id: kongsvinger-tekst\n');
    const result = await runIngest(seeds, out);
    expect(result.errors).toEqual([]);
    expect((await readdir(path.join(out, 'filer'))).sort()).toEqual(['hallingdal-pdf.pdf', 'kongsvinger-tekst.txt']);
    expect(await readFile(path.join(out, 'filer/hallingdal-pdf.pdf'))).toEqual(readFileSync(path.join(pdfDir, 'plan-hallingdal.chromium.pdf')));
  });

  test('reads sidecars and corrections spelled .yml and .meta.yml, and names every other file in a warning', async () => {
    await writeFile(path.join(seeds, 'a.txt'), readFileSync(path.join(root, fixtureInput('plan-hallingdal'))));
    await writeFile(path.join(seeds, 'a.meta.yml'), 'id: plan-a\n');
    await writeFile(path.join(seeds, 'a.corrections.yml'), 'set:\n  - id: tiltak-2-1-1\n    field: responsible\n    value: [Visit Hallingdal AS]\n');
    await writeFile(path.join(seeds, 'actors.yaml'), 'actors: []\n');
    await writeFile(path.join(seeds, 'notater.docx'), 'x');
    const result = await runIngest(seeds, out);
    expect(result.errors).toEqual([]);
    expect(result.reports.map((r) => r.id)).toEqual(['plan-a']);
    const docs = JSON.parse(await readFile(path.join(out, 'data/strategies.json'), 'utf8')) as { actions: { number: string; responsible: string[] }[] }[];
    expect(docs.flatMap((s) => s.actions).find((a) => a.number === '2.1.1')?.responsible).toEqual(['Visit Hallingdal AS']);
    expect(result.warnings.map((w) => w.replace(dir + '/', ''))).toEqual(['seeds/notater.docx: ukjent fil i seeds-mappa – verken dokument (.txt, .pdf) eller sidefil (.meta.yaml, .corrections.yaml); den blir ikke lest']);
  });

  test('refuses two sidecars for one document, naming both', async () => {
    await writeFile(path.join(seeds, 'a.txt'), readFileSync(path.join(root, fixtureInput('plan-hallingdal'))));
    await writeFile(path.join(seeds, 'a.meta.yaml'), 'id: plan-a\n');
    await writeFile(path.join(seeds, 'a.meta.yml'), 'id: plan-b\n');
    const result = await runIngest(seeds, out);
    expect(result.errors.map((e) => e.replace(dir + '/', ''))).toEqual(['seeds/a.meta.yml: a.txt har flere sidefiler (a.meta.yaml, a.meta.yml); behold én']);
  });
});

describe('the benchmark PDF', () => {
  test('a generated plan reads with its eight table rows on every page and its running header dropped', async () => {
    const { generatePdf } = await import('../src/bench/pdf-read.ts');
    const r = await readPdf('bench.pdf', generatePdf(3));
    const lines = r.text.split('\n');
    expect(lines.filter((l) => l.includes('\t') && !l.startsWith('Tiltak\t')).length).toBe(24);
    expect(lines.filter((l) => l.startsWith('Tiltak\t')).length).toBe(3);
    expect(r.dropped.map((d) => d.text)).toEqual(['Næringsplan Testregionen', 'Side 1 av 3', 'Næringsplan Testregionen', 'Side 2 av 3', 'Næringsplan Testregionen', 'Side 3 av 3']);
    expect(new Set(r.pageOfLine)).toEqual(new Set([1, 2, 3]));
  });
});
