/**
 * The regional plan family: chapters with background, goals, strategies (`Strategi:`, or `Satsingsområde n:` where
 * a plan has no strategies) and their actions — tables in any column order, or bullets with labelled lines.
 * Files: lines.ts (strategy lines and table headers of a plan), chapters.ts (chapter headings), chapter.ts (one
 * chapter), strategy.ts (one strategy), table-bounds.ts (where a table ends), context.ts (what they share).
 */
import type { SourceLine } from '../../types.ts';
import { cutBlocks, segmentBlocks, type Block } from '../../segment.ts';
import { emptyParts, type Recogniser } from '../types.ts';
import { findFootnotes } from '../../extract/footnotes.ts';
import { findAcronyms } from '../../extract/acronyms.ts';
import { buildActorLexicon } from '../../extract/actor-lexicon.ts';
import { wrappedCellNames } from '../../extract/wrapped-names.ts';
import { readPlanLines, type PlanLines } from './lines.ts';
import { frontTitle } from './title.ts';
import { splitPlanChapters } from './chapters.ts';
import { planChapter } from './chapter.ts';
import { endsTable } from './table-bounds.ts';
import { spanningRows } from './spanning-rows.ts';
import type { PlanContext } from './context.ts';

/** Splits blocks before lines that open a strategy or an action table, which the PDF often glues to the paragraph above; a header keeps its wrapped unit line. */
function splitAtMarkers(blocks: Block[], pl: PlanLines): Block[] {
  return cutBlocks(blocks, (l) => {
    const h = pl.headerAt(l);
    if (h) return h.span > 1 ? 'break-before' : 'alone';
    if (pl.afterHeader.has(l.no)) return 'break-before';
    return pl.isStrategyLine(l) ? 'break-before' : 'keep';
  });
}

/** The regional plan family: chapters with background, goals, `Strategi:` sections and action tables. */
export const planRecogniser: Recogniser = {
  family: 'plan',
  kind: 'plan',
  extract(input) {
    const parts = emptyParts();
    const { file, doc } = input;
    // page numbers and footers the normaliser dropped end a page: a numbered sentence right above one may be a footnote
    const pageEnds = new Set(doc.dropped.filter((d) => d.reason === 'sidetall' || d.reason === 'topp- eller bunntekst').map((d) => d.no));
    const { lines, footnotes } = findFootnotes(file, doc.lines, pageEnds);
    const pl = readPlanLines(lines);
    const { isStrategyLine, isHeaderLine } = pl;
    const blocks = splitAtMarkers(segmentBlocks({ ...doc, lines }), pl);
    const dropped = new Set(doc.dropped.filter((d) => d.reason === 'linje').map((d) => d.no));
    const ruleAfter = new Set<number>();
    // the rule may stand a page number and a blank line below the heading (`4. Energi og klima` / `4` / `` / `____`)
    const pageNumbers = new Set(doc.dropped.filter((d) => d.reason === 'sidetall').map((d) => d.no));
    for (const b of blocks) if (dropped.has(b.last + 1) || dropped.has(b.last + 2) || (pageNumbers.has(b.last + 1) && dropped.has(b.last + 3))) ruleAfter.add(b.last);
    parts.acronyms = findAcronyms(lines);

    // learn actor names from every table before splitting any row
    const tableLines: SourceLine[][] = [];
    let inTable = false;
    const spanning = spanningRows(blocks, pl);
    for (const b of blocks) {
      if (isHeaderLine(b.lines[0])) inTable = true;
      // a strategy written as a spanning row (`Innsatsområde 2 – …` between rows) keeps the table open; its rows follow
      else if (spanning.has(b.lines[0].no)) tableLines.push(b.lines.slice(1));
      else if (isStrategyLine(b.lines[0]) || endsTable(b, pl)) inTable = false;
      else if (inTable) tableLines.push(b.lines);
    }
    // (a table row written on one long line is no prose: `… Ringerike Næringsforening Innovasjon Norge, … Løpende`)
    const inTables = new Set(tableLines.flat());
    const proseLines = blocks.filter((b) => b.lines.some((l) => l.text.length > 80) && !b.lines.some((l) => inTables.has(l))).flatMap((b) => b.lines.map((l) => l.text));
    const lexicon = buildActorLexicon(tableLines, parts.acronyms, proseLines);
    for (const name of wrappedCellNames(tableLines)) lexicon.phrases.add(name);

    const chapterParts = splitPlanChapters(blocks, ruleAfter, (b) => b.lines.some((l) => inTables.has(l)), (b) => pl.isStrategyLine(b.lines[0]));
    const ctx: PlanContext = { input, pl, lexicon, goalCounter: { n: 0 }, strategies: [], goals: [], datasets: [], tableCounter: { n: 0 }, spanning, footnoteLines: new Set(footnotes.flatMap((f) => f.lines)) };
    // each footnote goes to the chapter holding its marker (or its text)
    const chapterOfLine = (no: number) => chapterParts.findIndex((p) => p.blocks[0].first <= no && no <= p.blocks[p.blocks.length - 1].last);
    parts.chapters = chapterParts.map((p, idx) => {
      const notes = footnotes.filter((f) => chapterOfLine(f.markerLine ?? f.source.lines[0]) === idx || (chapterOfLine(f.markerLine ?? -1) < 0 && chapterOfLine(f.source.lines[0]) === idx));
      return planChapter(ctx, p, idx, notes);
    });
    parts.strategies = ctx.strategies;
    parts.goals = ctx.goals;
    parts.datasets = ctx.datasets;
    // the title stands on the front page, not in a timeframe cell (`Plan for arbeidet klar innen …`)
    const front = lines.filter((l) => l.text).slice(0, 15);
    // `Strategisk næringsplan for …`, `Handlingsplan …`, nynorsk and bokmål `Handlingsprogram for næringsutvikling …`
    const TITLE = /^(?:\S+\s+){0,2}(?:nærings|handlings|strategisk\s+)?plan\b|^næringsplan|^(?:\S+\s+){0,2}handlingsprogram\b/i;
    const at = front.findIndex((l) => TITLE.test(l.text) && l.text.length < 100);
    const titleLine = at >= 0 ? undefined : lines.find((l) => /^.{0,30}næringsplan\b/i.test(l.text) && l.text.length < 80);
    const title = at >= 0 ? frontTitle(front, at) : titleLine?.text;
    parts.guessedTitle = title ?? parts.chapters[0]?.title;
    const year = /\b(20\d\d)\b/.exec(title ?? '');
    if (year) parts.guessedYear = Number(year[1]);
    for (const s of parts.strategies) for (const a of s.actions) for (const w of a.warnings) parts.diagnostics.push({ level: 'warning', file, line: a.source.lines[0], message: `tiltak ${a.number}: ${w}` });
    return parts;
  },
};

