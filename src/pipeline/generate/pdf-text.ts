/**
 * The seeds' PDF-extraction artefacts, for generated documents: Norwegian number formatting, lines
 * wrapped with a trailing space, and pages whose first line starts with a space, sometimes after a
 * bare page number. Family generators write their text through a {@link PageWriter}.
 */
import type { Random } from './random.ts';

/** Formats a number the Norwegian way with spaces as thousands separators. @example formatNb(4478497) // '4 478 497' */
export function formatNb(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/** A day or month number with a leading zero, as in `dd.mm.yyyy`. @example twoDigits(7) // '07' */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** Wraps text at `width` characters the way the PDF extraction did: each line keeps a trailing space. */
export function wrapPdf(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + word.length + 1 > width) {
      lines.push(cur + ' ');
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur + ' ');
  return lines;
}

/** Output lines with page bookkeeping: every ~50 lines a page ends, marked like the PDF extraction did. */
export class PageWriter {
  lines: string[] = [];
  private sincePage = 0;
  private page = 1;
  constructor(private rng: Random, private pageLength = 50) {}
  /** Adds lines; a line that starts a new page gets a leading space, sometimes after a bare page number. */
  push(...lines: string[]): void {
    for (const line of lines) {
      if (this.sincePage >= this.pageLength && line.trim()) {
        this.page++;
        this.sincePage = 0;
        if (this.rng.chance(0.35)) this.lines.push(String(this.page), '');
        this.lines.push(' ' + line);
      } else this.lines.push(line);
      this.sincePage++;
    }
  }
  /** Wrapped paragraph followed by a blank line. */
  paragraph(text: string, width: number): void {
    this.push(...wrapPdf(text, width), '');
  }
  text(): string {
    return this.lines.join('\n') + '\n';
  }
}
