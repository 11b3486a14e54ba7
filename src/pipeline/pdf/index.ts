import { loadPdf } from './load.ts';
import { pdfToText, type PdfText } from './assemble.ts';

export type { PdfText } from './assemble.ts';
export { MAX_PDF_BYTES } from './load.ts';

/**
 * Reads a PDF seed into the text path's input: lines in reading order, tables as tab-separated cells,
 * the page of every line and the running headers and footers it left out.
 * Throws IngestError (naming the file) for encrypted, corrupt, truncated, oversized or scanned PDFs.
 */
export async function readPdf(file: string, bytes: Uint8Array): Promise<PdfText> {
  return pdfToText(await loadPdf(file, bytes));
}
