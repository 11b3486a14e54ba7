import { IngestError } from '../errors.ts';

/** Largest PDF accepted. A plan with pictures is rarely over 30 MB; bigger files are split or scanned. */
export const MAX_PDF_BYTES = 40 * 1024 * 1024;
/** A page with fewer characters than this on average over the document has no text layer worth reading. */
const MIN_CHARS_PER_PAGE = 15;
/** A horizontal path segment shorter than this (pt) is a glyph or a bullet, not a rule. */
const MIN_RULE_WIDTH = 8;

/** One run of text on a page; coordinates in points from the top left of the page. */
export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  size: number;
  bold: boolean;
  font: string;
}

/** A horizontal line drawn on the page (a table rule or the edge of a filled box). */
export interface PdfRule {
  x1: number;
  x2: number;
  y: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  rules: PdfRule[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** pdf.js drawing operators used here (OPS in pdf.js) and the path codes inside constructPath (DrawOPS). */
const OP = { save: 10, restore: 11, transform: 12, constructPath: 91 } as const;
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/**
 * The horizontal segments of every path on a page, in page coordinates (top-down y). Follows the
 * transformation matrix through save/restore so rules drawn in a scaled coordinate system land right.
 */
export function horizontalRules(fnArray: number[], argsArray: unknown[][], pageHeight: number): PdfRule[] {
  const rules: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OP.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
    else if (fn === OP.constructPath) {
      const data = (argsArray[i] as [number, ArrayLike<number>[] | ArrayLike<number>])[1];
      const path = (Array.isArray(data) ? data[0] : data) as ArrayLike<number> | undefined;
      if (path) pathRules(path, ctm, pageHeight, rules);
    }
  }
  return rules;
}

function pathRules(d: ArrayLike<number>, ctm: Matrix, pageHeight: number, out: PdfRule[]): void {
  let start: [number, number] | undefined;
  let cur: [number, number] | undefined;
  const seg = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 0.6 && Math.abs(a[0] - b[0]) >= MIN_RULE_WIDTH) out.push({ x1: Math.min(a[0], b[0]), x2: Math.max(a[0], b[0]), y: pageHeight - a[1] });
  };
  for (let k = 0; k < d.length; ) {
    const op = d[k];
    if (op === DRAW.moveTo) {
      cur = start = apply(ctm, d[k + 1], d[k + 2]);
      k += 3;
    } else if (op === DRAW.lineTo) {
      const p = apply(ctm, d[k + 1], d[k + 2]);
      if (cur) seg(cur, p);
      cur = p;
      k += 3;
    } else if (op === DRAW.curveTo) {
      cur = apply(ctm, d[k + 5], d[k + 6]);
      k += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      cur = apply(ctm, d[k + 3], d[k + 4]);
      k += 5;
    } else if (op === DRAW.closePath) {
      if (cur && start) seg(cur, start);
      cur = start;
      k += 1;
    } else break;
  }
}

/** Why a PDF cannot be read, in words an editor can act on. */
function failure(file: string, e: unknown): IngestError {
  const name = (e as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return new IngestError(file, undefined, 'PDF-en er kryptert eller passordbeskyttet og kan ikke leses. Lagre en kopi uten passord og prøv igjen.');
  return new IngestError(file, undefined, `PDF-en er ødelagt eller avkuttet og kan ikke leses (${(e as Error)?.message ?? e}). Last ned originalen på nytt.`);
}

/** Rejects what is plainly not a whole PDF before pdf.js sees it. */
export function checkPdfBytes(file: string, bytes: Uint8Array): void {
  if (bytes.length > MAX_PDF_BYTES) {
    throw new IngestError(file, undefined, `PDF-en er ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB; største tillatte størrelse er ${MAX_PDF_BYTES / 1024 / 1024} MB. Del dokumentet opp eller komprimer bildene.`);
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new IngestError(file, undefined, 'filen har endelsen .pdf, men er ikke en PDF (mangler «%PDF-» i starten).');
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) throw new IngestError(file, undefined, 'PDF-en er avkuttet (slutten av filen mangler, «%%EOF»). Last ned originalen på nytt.');
}

/**
 * Opens a PDF and gives every page's text runs (with font size and weight) and horizontal rules.
 * Encrypted, corrupt, truncated, oversized and text-less (scanned) files give an IngestError naming the file.
 */
export async function loadPdf(file: string, bytes: Uint8Array): Promise<PdfPage[]> {
  checkPdfBytes(file, bytes);
  const { getDocumentProxy } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: true });
  } catch (e) {
    throw failure(file, e);
  }
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(await pdf.getPage(n), n));
  } catch (e) {
    throw failure(file, e);
  } finally {
    await pdf.cleanup?.();
  }
  const chars = pages.reduce((s, p) => s + p.items.reduce((t, i) => t + i.str.trim().length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * pages.length) {
    throw new IngestError(file, undefined, `PDF-en har nesten ingen tekst (${chars} tegn på ${pages.length} ${pages.length === 1 ? "side" : "sider"}): den er trolig skannet og trenger OCR først. Kjør tekstgjenkjenning (OCR) og legg inn den nye PDF-en.`);
  }
  return pages;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function readPage(page: any, number: number): Promise<PdfPage> {
  const [x0, y0, x1, y1] = page.view as number[];
  const height = y1 - y0;
  const ops = await page.getOperatorList();
  const content = await page.getTextContent({ disableNormalization: false });
  const fontName = (id: string): string => {
    try {
      return String(page.commonObjs.get(id)?.name ?? id);
    } catch {
      return id;
    }
  };
  const items: PdfItem[] = [];
  for (const it of content.items as { str?: string; transform: number[]; width: number; fontName: string }[]) {
    if (typeof it.str !== 'string' || it.str === '') continue;
    const [a, b, , , e, f] = it.transform;
    const font = fontName(it.fontName);
    items.push({ str: it.str, x: e - x0, y: height - (f - y0), width: it.width, size: Math.hypot(a, b), bold: /bold|black|heavy|semibold|demi/i.test(font), font });
  }
  const rules = horizontalRules(ops.fnArray, ops.argsArray, y1).map((r) => ({ ...r, x1: r.x1 - x0, x2: r.x2 - x0 }));
  return { number, width: x1 - x0, height, items, rules };
}
