/**
 * PDF read time for the benchmark: a generated plan of N pages (prose, a ruled action table on every
 * page, running header and `Side n av N` footer), written by a minimal PDF writer so the benchmark needs
 * no browser, then read by the PDF path (`readPdf`) and timed per page.
 */
import { readPdf } from '../pipeline/pdf/index.ts';

const PAGE = { width: 420, height: 595 };
const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
const text = (x: number, y: number, size: number, s: string, font = 'F1') => `BT /${font} ${size} Tf ${x} ${PAGE.height - y} Td (${esc(s)}) Tj ET`;
const rule = (x1: number, x2: number, y: number) => `${x1} ${PAGE.height - y} m ${x2} ${PAGE.height - y} l S`;

/** The drawing operators of page n: header, prose, a four-column ruled table with wrapped cells, footer. */
function pageContent(n: number, pages: number): string {
  const ops = [text(260, 30, 7, 'Næringsplan Testregionen'), text(40, 60, 11, `Strategi ${n}: Styrke næringslivet i del ${n} av regionen`, 'F2')];
  let y = 80;
  for (let k = 0; k < 8; k++, y += 13) ops.push(text(40, y, 10, `Dette er linje ${k + 1} i avsnittet om tiltakene på side ${n}, med tekst som går over hele bredden.`));
  const cols = [40, 170, 250, 330];
  y += 12;
  ops.push(rule(38, 382, y - 10), ...['Tiltak', 'Ansvar', 'Partnere', 'Frist'].map((h, c) => text(cols[c], y, 9, h, 'F2')), rule(38, 382, y + 4));
  y += 16;
  for (let r = 0; r < 8; r++) {
    ops.push(text(cols[0], y, 9, `Gjennomføre tiltak ${n}.${r + 1} for`), text(cols[0], y + 11, 9, 'bedriftene i regionen'));
    ops.push(text(cols[1], y, 9, 'Regionrådet'), text(cols[2], y, 9, 'Kommunene,'), text(cols[2], y + 11, 9, 'næringslivet'), text(cols[3], y, 9, `Innen ${2025 + (r % 3)}`));
    y += 26;
    ops.push(rule(38, 382, y - 10));
  }
  ops.push(text(190, 570, 7, `Side ${n} av ${pages}`));
  return ops.join('\n');
}

/** A PDF of `pages` pages (WinAnsi Helvetica, so æøå are single bytes). */
export function generatePdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids: number[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  for (let n = 1; n <= pages; n++) {
    const content = pageContent(n, pages);
    const c = objects.length;
    objects[c] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
    objects[c + 1] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${c} 0 R >>`;
    kids.push(c + 1);
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = Buffer.byteLength(out, 'latin1');
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

export interface PdfReadMeasure {
  pages: number;
  bytes: number;
  seconds: number;
  msPerPage: number;
  /** Table rows read (8 per page when every row is found). */
  tableRows: number;
}

/** Reads a generated PDF of `pages` pages and times it (after one warm-up read that loads pdf.js). */
export async function measurePdfRead(pages = 100): Promise<PdfReadMeasure> {
  const bytes = generatePdf(pages);
  await readPdf('bench.pdf', generatePdf(1));
  const t0 = performance.now();
  const r = await readPdf('bench.pdf', bytes);
  const seconds = (performance.now() - t0) / 1000;
  const tableRows = r.text.split('\n').filter((l) => l.includes('\t') && !l.startsWith('Tiltak\t')).length;
  return { pages: r.pages, bytes: bytes.length, seconds, msPerPage: (seconds * 1000) / pages, tableRows };
}
