import { IngestError } from './errors.ts';

/** Largest document accepted. Bigger files are almost certainly not a plan text. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  hadBom: boolean;
}

/**
 * Decodes a seed's bytes: UTF-8 (BOM stripped), falling back to Windows-1252 for legacy exports.
 * Rejects empty, binary and oversized files with a message naming the file.
 * @example decodeDocument('seeds/x.txt', Buffer.from('Mål\n')).text // 'Mål\n'
 */
export function decodeDocument(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new IngestError(file, undefined, `filen er ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB; største tillatte størrelse er ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Del dokumentet opp eller sjekk at det er riktig fil.`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = countLines(bytes, nul);
    throw new IngestError(file, line, 'filen ser ut til å være binær (inneholder NUL-tegn), ikke tekst. Lagre dokumentet som ren tekst (UTF-8).');
  }
  let hadBom = false;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    hadBom = true;
    body = bytes.subarray(3);
  }
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('windows-1252').decode(body);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') throw new IngestError(file, 1, 'filen er tom: ingen tekst å publisere.');
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g);
  if (controls && controls.length > 20) {
    const idx = text.search(/[\u0001-\u0008\u000e-\u001f]/);
    throw new IngestError(file, text.slice(0, idx).split('\n').length, `filen inneholder ${controls.length} kontrolltegn og ser ut til å være binær, ikke tekst.`);
  }
  return { text, encoding, hadBom };
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let n = 1;
  for (let i = 0; i < upTo; i++) if (bytes[i] === 10) n++;
  return n;
}
