import type { DroppedLine } from '../types.ts';
import type { PdfPage } from './load.ts';
import { pageLines, lineText, type VisualLine } from './lines.ts';
import { runningLines, bodySize } from './artefacts.ts';
import { findTables, type PdfTable } from './tables.ts';
import { joinPair } from './hyphen.ts';
import { SUSPENDED_HYPHEN_FOLLOWERS } from '../../vocabulary/hyphenation.ts';

/** A line this much larger than the body text is a heading (the text path's cue: a rule under it). */
const HEADING_RATIO = 1.25;
/** Lines further apart than this many ems are separate paragraphs. */
const PARAGRAPH_GAP = 1.75;
/** The rule the text path's readers know from chapter headings in PDF-to-text extractions. */
const HEADING_RULE = '_'.repeat(40);
const ENDS_SENTENCE = /[.!?:;»"”)\]]$/;
/** A line this much smaller than the body text, opening with a number, starts a footnote. */
const FOOTNOTE_RATIO = 0.9;
/** The whitespace line PDF-to-text extractions leave above footnotes, which the text path's footnote reader knows. */
const FOOTNOTE_SEPARATOR = ' '.repeat(40);

/** The PDF as the text path's input: lines (table rows as tab-separated cells), and the page of each line. */
export interface PdfText {
  text: string;
  /** Page of line n at index n − 1. */
  pageOfLine: number[];
  dropped: DroppedLine[];
  pages: number;
}

type Block = { line: VisualLine } | { table: PdfTable };

/** Orders a document's lines and tables, tables continued across page breaks kept as one. */
function documentBlocks(pages: PdfPage[]): { blocks: Block[]; artefacts: { line: VisualLine; reason: DroppedLine['reason'] }[] } {
  const perPage = pages.map((p) => ({ lines: pageLines(p), height: p.height }));
  const running = runningLines(perPage);
  const words = new Map<string, number>();
  for (const p of perPage) for (const l of p.lines) for (const w of lineText(l).toLowerCase().split(/\s+/)) words.set(w.replace(/[,.;:]$/, ''), (words.get(w.replace(/[,.;:]$/, '')) ?? 0) + 1);
  const blocks: Block[] = [];
  let open: PdfTable | undefined;
  perPage.forEach(({ lines: all }, k) => {
    const lines = all.filter((l) => !running.has(l));
    const { tables, continued, used } = findTables(lines, pages[k].rules, open, words);
    const firstLine = new Map(tables.map((t) => [t.lines[0], t]));
    for (const l of lines) {
      const t = firstLine.get(l);
      if (t) blocks.push({ table: t });
      else if (!used.has(l)) blocks.push({ line: l });
    }
    const last = lines[lines.length - 1];
    const lastTable = [...tables, ...(continued ? [continued] : [])].find((t) => t.lines.includes(last));
    open = lastTable;
  });
  const artefacts = [...running.entries()].map(([line, reason]) => ({ line, reason }));
  return { blocks, artefacts };
}

/**
 * Lays a PDF's pages out as the text path reads them: prose lines in reading order with blank lines
 * between paragraphs, headings (by font size) with a rule under them, words broken at line ends joined,
 * running headers and footers left out (reported as dropped), and each table as a header line and one
 * line per row with its cells separated by tabs.
 */
export function pdfToText(pages: PdfPage[]): PdfText {
  const { blocks, artefacts } = documentBlocks(pages);
  const body = bodySize(blocks.flatMap((b) => ('line' in b ? [b.line] : [])));
  const out: { text: string; page: number }[] = [];
  const blank = (page: number) => {
    if (out.length && out[out.length - 1].text !== '') out.push({ text: '', page });
  };
  let prev: VisualLine | undefined;
  for (const b of blocks) {
    if ('table' in b) {
      const t = b.table;
      blank(t.lines[0].page);
      if (t.header) out.push({ text: t.header.join('\t'), page: t.lines[0].page }, { text: '', page: t.lines[0].page });
      for (const r of t.rows) out.push({ text: r.cells.join('\t'), page: r.lines[0].page }, { text: '', page: r.lines[0].page });
      prev = undefined;
      continue;
    }
    const l = b.line;
    const text = lineText(l);
    const heading = l.size >= body * HEADING_RATIO;
    const continues = prev && !heading && !(prev.size >= body * HEADING_RATIO) && prev.bold === l.bold && (prev.page === l.page ? l.y - prev.y <= PARAGRAPH_GAP * Math.max(l.size, prev.size) : !ENDS_SENTENCE.test(lineText(prev)) && /^[a-zæøå]/.test(text));
    const footnote = l.size < body * FOOTNOTE_RATIO && /^\d{1,2}\s+\S/.test(text) && !(prev && prev.size < body * FOOTNOTE_RATIO);
    if (footnote) {
      blank(l.page);
      out.push({ text: FOOTNOTE_SEPARATOR, page: l.page });
    } else if (!continues) blank(l.page);
    if (continues && joinBrokenWord(out, text, l.page)) {
      prev = l;
      continue;
    }
    out.push({ text, page: l.page });
    if (heading) out.push({ text: HEADING_RULE, page: l.page }, { text: '', page: l.page });
    prev = l;
  }
  while (out.length && out[out.length - 1].text === '') out.pop();
  const pageOfLine = out.map((o) => o.page);
  const dropped = artefacts.map(({ line, reason }) => ({ no: lineNear(pageOfLine, line.page, line.y < pages[line.page - 1].height / 2), text: lineText(line), reason }));
  return { text: out.map((o) => o.text).join('\n') + '\n', pageOfLine, dropped: dropped.sort((a, b) => a.no - b.no), pages: pages.length };
}

/** Moves the rest of a word broken at the previous line's end (`utvik-` / `ling …`) up; true when nothing is left of this line. */
function joinBrokenWord(out: { text: string; page: number }[], text: string, page: number): boolean {
  const last = out[out.length - 1];
  const [first, ...rest] = text.split(' ');
  if (!last || !/[a-zæøå]-$/.test(last.text) || !/^[a-zæøå]/.test(first) || SUSPENDED_HYPHEN_FOLLOWERS.includes(first.toLowerCase())) return false;
  last.text = joinPair(last.text, first);
  if (!rest.length) return true;
  out.push({ text: rest.join(' '), page });
  return true;
}

/** The output line where an artefact of a page stood: the page's first line for a header, its last for a footer. */
function lineNear(pageOfLine: number[], page: number, top: boolean): number {
  const first = pageOfLine.indexOf(page);
  const last = pageOfLine.lastIndexOf(page);
  if (first < 0) return Math.max(1, pageOfLine.findIndex((p) => p > page) + 1 || pageOfLine.length);
  return (top ? first : last) + 1;
}
