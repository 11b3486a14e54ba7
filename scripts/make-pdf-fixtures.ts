/**
 * Makes the PDF fixtures in tests/fixtures/pdf/ from plan fixtures whose text version the tests
 * already read exactly: the text is laid out as HTML with the action tables as real tables (narrow
 * columns that wrap, A5 pages so tables cross page breaks, a running header and a `Side n av m`
 * footer) and printed twice — by headless Chromium (serif font) and by LibreOffice (sans font).
 *
 *   npx tsx scripts/make-pdf-fixtures.ts            # needs /usr/bin/chromium and soffice
 *
 * The tests read the committed PDFs and need neither program.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { processDocument } from '../src/pipeline/process.ts';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { parseTableHeader } from '../src/pipeline/extract/table-header.ts';
import type { Strategy } from '../src/schemas/index.ts';

const root = path.join(import.meta.dirname, '..');
const outDir = path.join(root, 'tests/fixtures/pdf');
/** Fixture → short title in the running header. */
export const PDF_FIXTURES: Record<string, string> = {
  'plan-hallingdal': 'Næringsplan Hallingdal',
  'plan-kongsvinger-wrapped-cells': 'Næringsplan Kongsvingerregionen',
  'plan-nord-osterdal-five-columns': 'Næringsplan Nord-Østerdal',
  'plan-midt-telemark-repeated-header': 'Næringsplan Midt-Telemark',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Role = 'text' | 'responsible' | 'partners' | 'timeframe' | 'financing';
/** A piece of the laid-out document. */
type Part = { kind: 'h' | 'p' | 'strategi' | 'fotnote'; text: string } | { kind: 'table'; columns: string[]; rows: string[][] };

/** The table of one strategy's actions, cells as the text path read them (footnote markers left out). */
function tablePart(s: Strategy): Part {
  const columns = s.columns ?? ['Tiltak', 'Ansvar', 'Partnere', 'Frist'];
  const roles = (parseTableHeader(columns.join(' '))?.roles ?? columns.map(() => 'text')) as Role[];
  const cell = (a: Strategy['actions'][number], role: Role) =>
    role === 'text' ? a.text : role === 'responsible' ? (a.responsibleText ?? a.responsible.join(', ')) : role === 'partners' ? (a.partnersText ?? a.partners.join(', ')) : role === 'timeframe' ? a.timeframe.text : (a.financing ?? '');
  return { kind: 'table', columns, rows: s.actions.map((a) => roles.map((r) => cell(a, r).replace(/\[\^\w+\]/g, ''))) };
}

/** The fixture's text as headings (a line over a rule, or a numbered line opening a page), paragraphs, footnotes and the action tables. */
function documentParts(fixture: string): Part[] {
  const file = `src/pipeline/families/plan/fixtures/${fixture}/input.txt`;
  const text = readFileSync(path.join(root, file), 'utf8');
  const p = processDocument({ file, bytes: new TextEncoder().encode(text) });
  const doc = normaliseText(file, text);
  const tables = new Map<number, Strategy>();
  const skip = new Set<number>();
  for (const s of p.strategies) {
    if (!s.actions.length) continue;
    const first = s.actions[0].source.lines[0];
    const last = s.actions[s.actions.length - 1].source.lines[1];
    const start = [...doc.lines].reverse().find((l) => l.no < first && parseTableHeader(l.text))?.no ?? first;
    tables.set(start, s);
    for (let n = start; n <= last; n++) skip.add(n);
  }
  const ruled = new Set(doc.dropped.filter((d) => d.reason === 'linje').map((d) => d.no - 1));
  const out: Part[] = [];
  let para: string[] = [];
  let footnote = false;
  const flush = () => {
    if (para.length) out.push({ kind: footnote ? 'fotnote' : /^Strategi\b/.test(para[0]) ? 'strategi' : 'p', text: para.join(' ') });
    para = [];
    footnote = false;
  };
  for (const l of doc.lines) {
    if (tables.has(l.no)) {
      flush();
      out.push(tablePart(tables.get(l.no)!));
    }
    if (skip.has(l.no)) continue;
    if (l.text === '' && l.raw.length >= 20) {
      // the whitespace line PDF-to-text leaves above a page's footnotes: the next paragraph is a footnote, set small
      flush();
      footnote = true;
    } else if (l.text === '') flush();
    else if (ruled.has(l.no) || (l.indented && !para.length && /^\d+\.?\s+[A-ZÆØÅ]/.test(l.text) && l.text.length < 60)) {
      flush();
      out.push({ kind: 'h', text: l.text });
    } else para.push(l.bullet ? `• ${l.text}` : l.text);
  }
  flush();
  return out;
}

/** HTML for Chromium: bordered tables with narrow columns (the text column takes what the others leave). */
function toHtml(parts: Part[]): string {
  return parts.map((x) => {
    if (x.kind === 'table') {
      const w = x.columns.map((_, k) => (k === 0 ? 100 - 18 * (x.columns.length - 1) : 18));
      const head = `<thead><tr>${x.columns.map((c, k) => `<th style="width:${w[k]}%">${esc(c)}</th>`).join('')}</tr></thead>`;
      return `<table>${head}<tbody>${x.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
    }
    return x.kind === 'h' ? `<h2>${esc(x.text)}</h2>` : `<p class="${x.kind}">${esc(x.text)}</p>`;
  }).join('\n');
}

/**
 * Flat ODT for LibreOffice: A5 pages with a running header and a `Side n av m` footer, a sans font,
 * tables without rules whose rows may break across pages and whose header row repeats on the next page.
 */
function toFodt(parts: Part[], title: string): string {
  const P = (style: string, t: string) => `<text:p text:style-name="${style}">${esc(t)}</text:p>`;
  const body = parts.map((x, n) => {
    if (x.kind !== 'table') return P({ h: 'H', p: 'P', strategi: 'S', fotnote: 'F' }[x.kind], x.text);
    const cols = x.columns.map((_, k) => `<table:table-column table:style-name="c${k === 0 ? 'w' : 'n'}"/>`).join('');
    const row = (cells: string[], style: string) => `<table:table-row>${cells.map((c) => `<table:table-cell table:style-name="td" office:value-type="string">${P(style, c)}</table:table-cell>`).join('')}</table:table-row>`;
    return `<table:table table:name="T${n}" table:style-name="tab">${cols}<table:table-header-rows>${row(x.columns, 'TH')}</table:table-header-rows>${x.rows.map((r) => row(r, 'TD')).join('')}</table:table>`;
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nb" fo:country="NO"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="14.8cm" fo:page-height="21cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm"/><style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="F" style:family="paragraph"><style:text-properties fo:font-size="7pt"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TD" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="7pt"/></style:style>
<style:style style:name="FF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt"/></style:style>
<style:style style:name="tab" style:family="table"><style:table-properties style:width="12.4cm" table:align="left" fo:margin-bottom="0.3cm" style:may-break-between-rows="true"/></style:style>
<style:style style:name="cw" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="cn" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="td" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" style:vertical-align="top"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pl"><style:header>${P('HF', title)}</style:header><style:footer><text:p text:style-name="FF">Side <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>`;
}

const css = (font: string) => `
  body { font-family: ${font}; font-size: 10pt; line-height: 1.3; }
  h2 { font-size: 15pt; margin: 1.2em 0 0.4em; }
  p { margin: 0 0 0.6em; }
  p.strategi { font-weight: bold; }
  p.fotnote { font-size: 7.5pt; }
  table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-bottom: 1em; }
  th, td { border: 0.5pt solid #444; padding: 2pt 3pt; vertical-align: top; text-align: left; }
  th { background: #eee; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }`;

async function viaChromium(fixture: string, title: string, parts: Part[]): Promise<void> {
  const html = toHtml(parts);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="nb"><meta charset="utf-8"><style>${css("'DejaVu Serif', serif")}</style><body>${html}</body></html>`);
  const small = 'font-size:8px;font-family:sans-serif;width:100%;margin:0 12mm;';
  await page.pdf({
    path: path.join(outDir, `${fixture}.chromium.pdf`),
    format: 'A5',
    margin: { top: '18mm', bottom: '18mm', left: '12mm', right: '12mm' },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${small}text-align:right">${esc(title)}</div>`,
    footerTemplate: `<div style="${small}text-align:center">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>`,
  });
  await browser.close();
}

function viaLibreOffice(fixture: string, title: string, parts: Part[]): void {
  const work = path.join(tmpdir(), `pdf-fixtures-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const src = path.join(work, `${fixture}.libreoffice.fodt`);
  writeFileSync(src, toFodt(parts, title));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, src], { stdio: 'ignore' });
  writeFileSync(path.join(outDir, `${fixture}.libreoffice.pdf`), readFileSync(src.replace(/\.fodt$/, '.pdf')));
  rmSync(work, { recursive: true, force: true });
}

/** Two bad PDFs for the error messages: one locked with a password (LibreOffice), one with no text layer, as a scan has (Chromium, shapes only). */
async function badFixtures(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><svg width="400" height="500"><rect x="20" y="20" width="360" height="40" fill="#333"/><rect x="20" y="80" width="300" height="12" fill="#888"/><rect x="20" y="100" width="340" height="12" fill="#888"/></svg>');
  await page.pdf({ path: path.join(outDir, 'bad-scanned.pdf'), format: 'A5' });
  await browser.close();
  const work = path.join(tmpdir(), `pdf-fixtures-bad-${process.pid}`);
  mkdirSync(work, { recursive: true });
  writeFileSync(path.join(work, 'bad-encrypted.fodt'), toFodt([{ kind: 'p', text: 'Hemmelig plan.' }], 'Hemmelig'));
  const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"hemmelig"}}';
  execFileSync('soffice', ['--headless', '--convert-to', filter, '--outdir', work, path.join(work, 'bad-encrypted.fodt')], { stdio: 'ignore' });
  writeFileSync(path.join(outDir, 'bad-encrypted.pdf'), readFileSync(path.join(work, 'bad-encrypted.pdf')));
  rmSync(work, { recursive: true, force: true });
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const only = process.argv.slice(2);
  for (const [fixture, title] of Object.entries(PDF_FIXTURES)) {
    if (only.length && !only.includes(fixture)) continue;
    const parts = documentParts(fixture);
    await viaChromium(fixture, title, parts);
    if (existsSync('/usr/bin/soffice') || existsSync('/usr/lib/libreoffice/program/soffice')) viaLibreOffice(fixture, title, parts);
    else console.warn('soffice mangler: hopper over LibreOffice-utgaven');
    console.log(`${fixture}: ferdig`);
  }
  if (!only.length) await badFixtures();
}

if (process.argv[1] === import.meta.filename) await main();
