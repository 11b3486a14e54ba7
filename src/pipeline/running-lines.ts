/**
 * Running headers and footers in extracted text: a line the PDF printed on every page (`Namdal regionråd
 * Handlingsplan næring 2026–2027`, ` Årsmelding 2023 – Regionalt næringsfond for Midt-Troms`) comes out of
 * the extraction once per page, each time next to a page break. A line is taken as one when it occurs
 * `MIN_PAGES` times or more and **every** occurrence stands at a page boundary: first or last line of the
 * document, next to a page number (`4`, `Side 2 av 5`), or itself a page-start line (indented). A table
 * header repeated after page breaks is not one: its first occurrence stands under the table's heading, not
 * at a page boundary (true of every table in the development corpora and seeds).
 */

/** Fewest occurrences for a running line: one per page over three pages. */
const MIN_PAGES = 3;
/** Shortest running line: a bare word or number is something else. */
const MIN_LENGTH = 10;
const PAGE_NUMBER = /^(?:side\s+)?\d{1,3}(?:\s*(?:av|\/)\s*\d{1,3})?$/i;
const PAGE_START = /^\s+\S/;

/** Indexes (0-based) of the raw lines that are running headers or footers. */
export function runningLineIndexes(raw: readonly string[]): Set<number> {
  const nonBlank: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i].trim() !== '') nonBlank.push(i);
  const byText = new Map<string, number[]>(); // text → positions in nonBlank
  nonBlank.forEach((i, k) => {
    const t = raw[i].trim();
    if (t.length >= MIN_LENGTH && /\s/.test(t) && /\p{L}{3}/u.test(t) && !PAGE_NUMBER.test(t)) byText.set(t, [...(byText.get(t) ?? []), k]);
  });
  const atBoundary = (k: number) => {
    if (k === 0 || k === nonBlank.length - 1) return true;
    const i = nonBlank[k];
    return PAGE_START.test(raw[i]) || PAGE_NUMBER.test(raw[nonBlank[k - 1]].trim()) || PAGE_NUMBER.test(raw[nonBlank[k + 1]].trim());
  };
  const out = new Set<number>();
  for (const ks of byText.values()) {
    if (ks.length >= MIN_PAGES && ks.every(atBoundary)) for (const k of ks) out.add(nonBlank[k]);
  }
  return out;
}
