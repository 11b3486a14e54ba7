import type { NormalisedDoc } from './types.ts';

/**
 * An indented line opens a page only this many lines after the last break (else it is a lost bullet or a
 * wrapped heading). The seeds' extractions run about 40 lines a page.
 */
const MIN_PAGE_LINES = 25;
/** A page-start line this close below a page-number line belongs to the same break. */
const SAME_BREAK = 4;
/** Counted breaks may miss or add this many pages before a printed page number and still be trusted. */
const PAGE_COUNT_SLACK = 2;
const PAGE_NUMBER = /^(?:side\s+)?(\d{1,4})(?:\s*(?:av|\/)\s*\d{1,4})?$/i;

/** Where a new page begins (1-based line number) and, when the text prints it, the number of the page that ended. */
interface PageBreak {
  line: number;
  endedPage?: number;
}

/**
 * The page breaks a PDF-to-text extraction shows: form feeds, bare page-number lines the normaliser
 * dropped (`44`, `Side 3 av 12`, read as the footer of the page that ends), and a line that starts
 * with a space (the first line of a page), when far enough from the last break.
 */
export function textPageBreaks(doc: NormalisedDoc, rawText: string): PageBreak[] {
  const raw = rawText.replace(/\r\n?/g, '\n').split('\n');
  const numbers = new Map(doc.dropped.filter((d) => d.reason === 'sidetall').map((d) => [d.no, Number(PAGE_NUMBER.exec(d.text.trim())?.[1])]));
  const breaks: PageBreak[] = [];
  let last = 1;
  const add = (b: PageBreak) => {
    breaks.push(b);
    last = b.line;
  };
  for (let i = 0; i < raw.length; i++) {
    const no = i + 1;
    if (raw[i].includes('\f') && no > 1) add({ line: no });
    else if (numbers.has(no)) add({ line: no + 1, endedPage: numbers.get(no) || undefined });
    else if (/^[ \t]+\S/.test(raw[i]) && no - last >= MIN_PAGE_LINES) add({ line: no });
    else if (/^[ \t]+\S/.test(raw[i]) && i > 0 && raw[i - 1].trim() === '' && no - last <= SAME_BREAK && breaks.length && numbers.has(last - 1)) breaks[breaks.length - 1].line = no;
  }
  return breaks;
}

/**
 * The page of every line, from the breaks: pages count up from 1, and where the text prints page
 * numbers they set the count (a document whose first pages are unnumbered starts at the right page).
 * @returns page of line n at index n − 1 (0 where the text does not settle it)
 */
export function pagesFromBreaks(lineCount: number, breaks: PageBreak[]): number[] {
  const starts = [1, ...breaks.map((b) => b.line)];
  const numbers: (number | undefined)[] = [...breaks.map((b) => b.endedPage), undefined];
  // count pages; a printed number fixes the count from there on. Before the first printed number the
  // counted breaks are used when they agree with it; when they do not (page starts the text does not
  // show), those lines get no page (0).
  const firstKnown = numbers.findIndex((n) => n !== undefined);
  const agree = firstKnown < 0 || Math.abs(numbers[firstKnown]! - (firstKnown + 1)) <= PAGE_COUNT_SLACK;
  const pageNo: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const known = numbers[k];
    const prev = pageNo[k - 1];
    if (known !== undefined) pageNo.push(known);
    else if (k > firstKnown && prev !== undefined) pageNo.push(prev + 1);
    else if (agree) pageNo.push(firstKnown >= 0 ? Math.max(1, numbers[firstKnown]! - (firstKnown - k)) : k + 1);
    else pageNo.push(0); // the text shows fewer page starts than the printed number says: no page rather than a wrong one
  }
  // numbers must rise: a stray number that goes back is ignored
  for (let k = 1; k < pageNo.length; k++) if (pageNo[k - 1] && pageNo[k] <= pageNo[k - 1]) pageNo[k] = pageNo[k - 1] + 1;
  const out: number[] = new Array(lineCount);
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : lineCount;
    for (let n = starts[k]; n <= Math.min(end, lineCount); n++) out[n - 1] = pageNo[k];
  }
  return out;
}
