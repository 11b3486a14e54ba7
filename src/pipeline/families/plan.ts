import type { Action, BodyNode, Chapter, Dataset, Goal, Strategy } from '../../schemas/index.ts';
import { sourceOf, type SourceLine } from '../types.ts';
import { cutBlocks, joinLines, segmentBlocks, type Block } from '../segment.ts';
import { blocksToProse, IdMaker } from './prose.ts';
import { chapterHeadingOf, chapterIdOf } from './plain.ts';
import { emptyParts, type Recogniser, type RecogniserInput } from './types.ts';
import { urls } from '../../lib/urls.ts';
import { findFootnotes, type Footnote } from '../extract/footnotes.ts';
import { findAcronyms } from '../extract/acronyms.ts';
import { buildActorLexicon, splitActionRows, type ActionRow, type ActorLexicon, type TableHeader } from '../extract/action-table.ts';
import { opensActionList, readActionList } from '../extract/action-bullets.ts';
import { cellNames } from '../extract/names.ts';
import { splitAnyOrderRows } from '../extract/action-cells.ts';
import { wrappedCellNames } from '../extract/wrapped-names.ts';
import { readPlanLines, type PlanLines } from './plan-lines.ts';
import { numberedHeading } from '../layout/index.ts';
import { SUBTOTAL_LINE } from '../../vocabulary/action-table.ts';

/** Longest line a sub-heading inside a chapter takes (`4.2 Mat og landbruk`); longer numbered lines are rows or list items. */
const SECTION_HEADING_MAX = 60;
import { parseTimeframe } from '../extract/timeframe.ts';
import { extractGoals, GOAL_SECTION, goalLabelOf } from '../extract/goals.ts';
import { extractNumericTables } from '../extract/numeric-table.ts';

/** Section headings after which a plan's strategies follow; they end a goal section. */
const STRATEGY_SECTION = /^(strategiske satsingsområder|strategier( og tiltak)?|satsingsområder|tiltak)$/i;

/** Splits blocks before lines that open a strategy or an action table, which the PDF often glues to the paragraph above; a header keeps its wrapped unit line. */
function splitAtMarkers(blocks: Block[], pl: PlanLines): Block[] {
  return cutBlocks(blocks, (l) => {
    const h = pl.headerAt(l);
    if (h) return h.span > 1 ? 'break-before' : 'alone';
    if (pl.afterHeader.has(l.no)) return 'break-before';
    return pl.isStrategyLine(l) ? 'break-before' : 'keep';
  });
}

/** A chapter heading: `N. Title`, `Vedlegg N …`, or `N Title` standing alone above a rule. */
function planHeadingOf(block: Block, ruleAfter: Set<number>): ReturnType<typeof chapterHeadingOf> {
  const h = chapterHeadingOf(block);
  if (h) return h;
  if (block.lines.length > 2) return undefined;
  const text = joinLines(block.lines.map((l) => l.text));
  const m = /^(\d{1,2})\s+([A-ZÆØÅ][^.;]{2,90})$/u.exec(text);
  // over a rule, or alone on a page-start line (` 3 Reiseliv`)
  const pageStart = block.lines.length === 1 && block.lines[0].indented && text.length <= 60;
  if (m && (ruleAfter.has(block.last) || pageStart) && Number(m[1]) <= 30) return { number: m[1], title: m[2].trim(), appendix: false };
  return undefined;
}

type Part = { head?: ReturnType<typeof chapterHeadingOf>; blocks: Block[] };

/**
 * Splits a plan into chapters: numbers must rise by one (a list `1. … 2. …` inside a chapter is no chapter);
 * a contents page whose entries look like headings is folded back into the lead when the numbering restarts.
 */
function splitPlanChapters(blocks: Block[], ruleAfter: Set<number>): Part[] {
  let parts: Part[] = [{ blocks: [] }];
  let lastNumber = 0;
  // headings keep the look of the first one: on a page-start line or over a rule; a numbered action
  // (`3. Etablere en tomtebank for` / `næringsliv`) inside a table has neither
  const styled = (b: Block) => b.lines[0].indented || ruleAfter.has(b.last);
  let requireStyle = false;
  for (const block of blocks) {
    let h = planHeadingOf(block, ruleAfter);
    if (h && !h.appendix && requireStyle && !styled(block) && Number(h.number) !== 1) h = undefined;
    const n = h && !h.appendix ? Number(h.number) : NaN;
    if (h && !h.appendix && n === 1 && lastNumber >= 1 && parts.slice(1).every((p) => p.blocks.length <= 2)) {
      // the headings so far were a contents list: keep them as lead text
      parts = [{ blocks: parts.flatMap((p) => p.blocks) }];
      lastNumber = 0;
    }
    if (h && (h.appendix || n === lastNumber + 1 || (lastNumber === 0 && n <= 2))) {
      if (!h.appendix && lastNumber === 0) requireStyle = styled(block);
      if (!h.appendix) lastNumber = n;
      parts.push({ head: h, blocks: [block] });
    } else parts[parts.length - 1].blocks.push(block);
  }
  // a lone `Vedlegg` line just before the first appendix belongs to it
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i - 1];
    const lastBlock = p.blocks[p.blocks.length - 1];
    if (parts[i].head?.appendix && lastBlock && p.blocks.length > 1 && /^vedlegg:?$/i.test(joinLines(lastBlock.lines.map((l) => l.text)))) {
      p.blocks.pop();
      parts[i].blocks.unshift(lastBlock);
    }
  }
  return parts.filter((p) => p.blocks.length);
}

/**
 * A strategy title wraps onto the next line when it has not ended (no full stop) and the next line continues it:
 * lower case (`… kultur som` / `grunnlag`) or after a hyphen, comma or joining word. A capitalised line after it
 * opens the description, which double-spaced text puts in the same block.
 */
function titleGoesOn(line: string, next: string): boolean {
  if (/[.!?]$/.test(line)) return false;
  return /^[a-zæøå(«]/.test(next) || /[-–,]$/.test(line) || /\s(og|i|for|av|med|til|på|som|samt)$/.test(line);
}

/** Title of a strategy from its first block(s): wrapped lines joined, the `Strategi:` label removed; the rest is description. */
function strategyTitle(first: Block, pl: PlanLines): { title: string; titleLines: SourceLine[]; restLines: SourceLine[] } {
  const lines = first.lines;
  let end = 1;
  while (end < lines.length && titleGoesOn(lines[end - 1].text, lines[end].text)) end++;
  const titleLines = lines.slice(0, end);
  const title = joinLines(titleLines.map((l) => l.text)).replace(pl.strategyPattern, '$3').replace(/\s+\.$/, '.').trim();
  return { title, titleLines, restLines: lines.slice(end) };
}

/** A block that cannot be part of an action table: very long lines (prose across the page) or a heading of the plan. */
function endsTable(b: Block, pl: PlanLines, header?: TableHeader): boolean {
  // a single table row can run long (`Bruke ungdoms-OL … Februar 2016`); prose paragraphs run long on several lines
  if (b.lines.some((l) => l.text.length > 150) || (b.lines.length > 1 && b.lines.some((l) => l.text.length > 115))) return true;
  const text = joinLines(b.lines.map((l) => l.text));
  // a sum line (`Sum satsingsområde 3.1 1 820`) closes the table; it is no action
  if (b.lines.length === 1 && SUBTOTAL_LINE.test(text)) return true;
  // a sub-heading (`4.2 Mat og landbruk`, `5 Oppfølging`) after the table, unless the table numbers its rows
  if (!header?.roles.includes('number') && isSectionHeading(b)) return true;
  return GOAL_SECTION.test(text) || STRATEGY_SECTION.test(text);
}

/** The column order the row splitter reads: the text first, then responsible, partners, timeframe, financing (each optional). */
function isReadingOrder(h: TableHeader): boolean {
  const order = ['text', 'responsible', 'partners', 'timeframe', 'financing'];
  const at = h.roles.map((r) => order.indexOf(r));
  return at[0] === 0 && at.every((x, i) => i === 0 || x > at[i - 1]);
}

/** A block that opens with a numbered heading standing alone on its line (`4.2 Mat og landbruk`), not a numbered row of text. */
function isSectionHeading(b: Block): boolean {
  const h = numberedHeading(b.lines[0].text);
  // a numbered row wraps mid-phrase (`2. Regulere nytt næringsområde på` / `Bø sør`); a heading ends its line
  if (!h || b.lines[0].text.length > SECTION_HEADING_MAX || /\s(og|i|for|av|med|til|på|som|samt|ved|mot)$/.test(b.lines[0].text)) return false;
  return b.lines.length === 1 || /^[A-ZÆØÅ]/.test(b.lines[1].text);
}

/** Footnotes whose marker or text falls in a chapter, as one node. */
function footnoteNode(file: string, notes: Footnote[]): BodyNode | undefined {
  if (!notes.length) return undefined;
  const first = Math.min(...notes.map((n) => n.source.lines[0]));
  const last = Math.max(...notes.map((n) => n.source.lines[1]));
  return { type: 'footnotes', items: notes.map((n) => ({ n: n.n, text: n.text, source: n.source })), source: sourceOf(file, first, last) };
}

/** Everything a chapter needs from the whole document. */
interface PlanContext {
  input: RecogniserInput;
  /** What the plan's lines are: strategy lines, table headers. */
  pl: PlanLines;
  lexicon: ActorLexicon;
  goalCounter: { n: number };
  strategies: Strategy[];
  goals: Goal[];
  /** Numeric tables found in the chapters' text, numbered `tabell-N` through the document. */
  datasets: Dataset[];
  tableCounter: { n: number };
  /** Lines holding footnote text: never prose. */
  footnoteLines: Set<number>;
}

/** Builds one chapter: prose, goals, strategies with their action tables, footnotes. */
function planChapter(ctx: PlanContext, part: Part, index: number, footnotes: Footnote[]): Chapter {
  const { file, documentId } = ctx.input;
  const { isStrategyLine, isHeaderLine } = ctx.pl;
  const title = part.head?.title ?? (index === 0 ? 'Innledning' : `Del ${index + 1}`);
  const chapterId = chapterIdOf(part.head?.number, title, index);
  const appendix = part.head?.appendix ?? false;
  const chapterNo = part.head?.number && !appendix ? part.head.number : String(index);
  const ids = new IdMaker();
  const body: BodyNode[] = [];
  const footLines = ctx.footnoteLines;
  const blocks = (part.head ? part.blocks.slice(1) : part.blocks)
    .map((b) => ({ ...b, lines: b.lines.filter((l) => !footLines.has(l.no)) }))
    .filter((b) => b.lines.length)
    .map((b) => ({ ...b, first: b.lines[0].no, last: b.lines[b.lines.length - 1].no }));
  const plainProse = (bs: Block[]) => blocksToProse(bs, file, ids, 2);
  // numeric tables (population, retail) among the prose become datasets, shown where they stood
  const prose = (bs: Block[]): BodyNode[] => {
    const found = extractNumericTables(bs, { file, documentId, chapterId, nextLocalId: () => `tabell-${++ctx.tableCounter.n}` });
    const out: BodyNode[] = [];
    let run: Block[] = [];
    for (const item of found) {
      if ('kind' in item) {
        out.push(...plainProse(run));
        run = [];
        ctx.datasets.push(item.dataset);
        out.push({ type: 'dataset', id: item.dataset.id, source: sourceOf(file, item.first, item.last) });
      } else run.push(item);
    }
    out.push(...plainProse(run));
    return out;
  };

  let i = 0;
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length) body.push(...prose(pending));
    pending = [];
  };
  while (i < blocks.length) {
    const b = blocks[i];
    const text = joinLines(b.lines.map((l) => l.text));
    // a goal section: `Mål` and what follows until the strategies
    if (!appendix && b.lines.length === 1 && GOAL_SECTION.test(text.replace(/:$/, ''))) {
      flush();
      body.push(...prose([b]));
      const section: Block[] = [];
      i++;
      while (i < blocks.length) {
        const nb = blocks[i];
        const t = joinLines(nb.lines.map((l) => l.text));
        if (isStrategyLine(nb.lines[0]) || STRATEGY_SECTION.test(t) || isHeaderLine(nb.lines[0])) break;
        // a short line after the goals is the next heading, unless it is one more (bulleted) goal
        const prevBlock = section[section.length - 1];
        const prevLast = prevBlock?.lines[prevBlock.lines.length - 1].text ?? '';
        // the goal under a label (`Hovedmål:`), which double-spaced text puts in a block of its own
        const underLabel = prevBlock !== undefined && prevBlock.lines.length === 1 && /:$/.test(prevLast) && goalLabelOf(prevLast) !== undefined;
        const item = nb.lines[0].bullet || underLabel || (nb.lines[0].indented && prevBlock !== undefined && (prevBlock.lines[0].indented || /:$/.test(prevLast)));
        if (nb.lines.length === 1 && /^[A-ZÆØÅ][^.]{0,60}$/.test(t) && !goalLabelOf(t) && !/:$/.test(t) && section.length && !item) break;
        section.push(nb);
        i++;
      }
      const g = extractGoals(section, { file, documentId, chapterId, nextNumber: () => ++ctx.goalCounter.n }, prose);
      ctx.goals.push(...g.goals);
      body.push(...g.nodes);
      continue;
    }
    if (!appendix && isStrategyLine(b.lines[0])) {
      flush();
      i = readStrategy(ctx, blocks, i, chapterId, chapterNo, body, prose);
      continue;
    }
    pending.push(b);
    i++;
  }
  flush();
  const fn = footnoteNode(file, footnotes);
  if (fn) body.push(fn);
  const first = part.blocks[0].first;
  const last = part.blocks[part.blocks.length - 1].last;
  return {
    id: chapterId,
    number: part.head?.number && !appendix ? part.head.number : undefined,
    title,
    themes: [],
    body,
    source: sourceOf(file, first, last),
  };
}

/** Reads one strategy from blocks[i]: title, description, action table; pushes its node (and any trailing notes) into body. Returns the next index. */
function readStrategy(ctx: PlanContext, blocks: Block[], start: number, chapterId: string, chapterNo: string, body: BodyNode[], prose: (bs: Block[]) => BodyNode[]): number {
  const { file, documentId } = ctx.input;
  const { pl } = ctx;
  const { isStrategyLine, isHeaderLine } = pl;
  const k = ctx.strategies.filter((s) => s.chapterId === chapterId).length + 1;
  const localId = `strategi-${chapterNo}-${k}`;
  const { title: firstTitle, titleLines, restLines } = strategyTitle(blocks[start], pl);
  let title = firstTitle;
  let lastTitleLine = titleLines[titleLines.length - 1].no;
  let i = start + 1;
  // a title wrapped across a blank line: the next block is one short line that continues it
  const next = blocks[i];
  if (!restLines.length && next && next.lines.length === 1 && !/[.!?]$/.test(title) && next.lines[0].text.length < 60 && /^[a-zæøå(]/.test(next.lines[0].text)) {
    title = joinLines([title, next.lines[0].text]);
    lastTitleLine = next.last;
    i++;
  }
  const descBlocks: Block[] = restLines.length ? [{ lines: restLines, first: restLines[0].no, last: restLines[restLines.length - 1].no }] : [];
  let header: TableHeader | undefined;
  let headerLine = 0;
  let listRows: ActionRow[] = [];
  const listBlocks: Block[] = [];
  while (i < blocks.length) {
    const b = blocks[i];
    if (isStrategyLine(b.lines[0])) break;
    if (isHeaderLine(b.lines[0])) {
      header = pl.headerAt(b.lines[0]);
      headerLine = b.lines[0].no;
      i++;
      break;
    }
    const t = joinLines(b.lines.map((l) => l.text));
    if (STRATEGY_SECTION.test(t) || GOAL_SECTION.test(t)) break;
    // actions as a list of bullets with labelled lines (`Ansvar: …`), not a table
    if (opensActionList(blocks, i)) {
      const list = readActionList(blocks, i);
      listRows = list.rows;
      listBlocks.push(...blocks.slice(i, list.next));
      i = list.next;
      break;
    }
    descBlocks.push(b);
    i++;
  }
  const tableBlocks: Block[] = [];
  /** The header repeated at the top of the next page: the table goes on (its line is shown as prose). */
  const repeatedHeaders: Block[] = [];
  if (header) {
    const headerText = header.columns.join(' ').toLowerCase();
    while (i < blocks.length && !isStrategyLine(blocks[i].lines[0]) && !endsTable(blocks[i], pl, header)) {
      const b = blocks[i];
      if (isHeaderLine(b.lines[0])) {
        if (pl.headerAt(b.lines[0])?.columns.join(' ').toLowerCase() !== headerText) break;
        repeatedHeaders.push(b);
        i++;
        continue;
      }
      tableBlocks.push(b);
      i++;
    }
  }
  // the classic order has its own row splitter; any other order (or a number column) is cut role by role
  const rows = !header ? listRows : isReadingOrder(header) ? splitActionRows(tableBlocks, header, ctx.lexicon) : splitAnyOrderRows(tableBlocks, header, ctx.lexicon);
  const actions: Action[] = rows.map((r, n) => {
    const anchor = `tiltak-${chapterNo}-${k}-${n + 1}`;
    const a: Action = {
      id: `${documentId}--${anchor}`,
      anchor,
      number: `${chapterNo}.${k}.${n + 1}`,
      text: r.text || '(uten tekst)',
      // one name per body: the cell as written stays in responsibleText / partnersText for the pages
      responsible: cellNames(r.responsible),
      partners: cellNames(r.partners),
      timeframe: parseTimeframe(r.timeframe),
      themes: [],
      warnings: r.warnings,
      source: sourceOf(file, r.first, r.last),
    };
    if (r.responsibleText) a.responsibleText = r.responsibleText;
    if (r.partnersText) a.partnersText = r.partnersText;
    if (r.financing) a.financing = r.financing;
    if (r.uncertain) a.uncertain = r.uncertain;
    return a;
  });
  const description = descBlocks.map((b) => joinLines(b.lines.map((l) => l.text)));
  const last = Math.max(lastTitleLine, ...descBlocks.map((b) => b.last), headerLine, ...tableBlocks.map((b) => b.last), ...repeatedHeaders.map((b) => b.last), ...listBlocks.map((b) => b.last));
  const strategy: Strategy = {
    id: `${documentId}--${localId}`,
    documentId,
    chapterId,
    number: `${chapterNo}.${k}`,
    title,
    description,
    columns: header?.columns ?? [],
    actions,
    themes: [],
    regions: [],
    url: urls.strategy(documentId, localId),
    source: sourceOf(file, blocks[start].first, last),
  };
  ctx.strategies.push(strategy);
  body.push({ type: 'strategy', id: strategy.id, source: strategy.source });
  // page numbers the normaliser kept inside the table are no cells, but every line is shown
  const pageNumbers = tableBlocks.filter((b) => b.lines.length === 1 && /^\d{1,3}$/.test(b.lines[0].text));
  if (pageNumbers.length || repeatedHeaders.length) body.push(...prose([...pageNumbers, ...repeatedHeaders].sort((a, b) => a.first - b.first)));
  // notes under the table (`*Arbeidsgruppen mener …`) stay prose of the chapter
  const notes: Block[] = [];
  while (i < blocks.length && !isStrategyLine(blocks[i].lines[0])) {
    const t = joinLines(blocks[i].lines.map((l) => l.text));
    if (GOAL_SECTION.test(t) && blocks[i].lines.length === 1) break;
    notes.push(blocks[i++]);
  }
  if (notes.length) body.push(...prose(notes));
  return i;
}

/** The regional plan family: chapters with background, goals, `Strategi:` sections and action tables. */
export const planRecogniser: Recogniser = {
  family: 'plan',
  kind: 'plan',
  extract(input) {
    const parts = emptyParts();
    const { file, doc } = input;
    const { lines, footnotes } = findFootnotes(file, doc.lines);
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
    for (const b of blocks) {
      if (isHeaderLine(b.lines[0])) inTable = true;
      else if (isStrategyLine(b.lines[0]) || endsTable(b, pl)) inTable = false;
      else if (inTable) tableLines.push(b.lines);
    }
    // (a table row written on one long line is no prose: `… Ringerike Næringsforening Innovasjon Norge, … Løpende`)
    const inTables = new Set(tableLines.flat());
    const proseLines = blocks.filter((b) => b.lines.some((l) => l.text.length > 80) && !b.lines.some((l) => inTables.has(l))).flatMap((b) => b.lines.map((l) => l.text));
    const lexicon = buildActorLexicon(tableLines, parts.acronyms, proseLines);
    for (const name of wrappedCellNames(tableLines)) lexicon.phrases.add(name);

    const chapterParts = splitPlanChapters(blocks, ruleAfter);
    const ctx: PlanContext = { input, pl, lexicon, goalCounter: { n: 0 }, strategies: [], goals: [], datasets: [], tableCounter: { n: 0 }, footnoteLines: new Set(footnotes.flatMap((f) => f.lines)) };
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
    const TITLE = /^(?:\S+\s+){0,2}(?:nærings|handlings|strategisk\s+)?plan\b|^næringsplan/i;
    const titleLine = front.find((l) => TITLE.test(l.text) && l.text.length < 100) ?? lines.find((l) => /^.{0,30}næringsplan\b/i.test(l.text) && l.text.length < 80);
    parts.guessedTitle = titleLine?.text ?? parts.chapters[0]?.title;
    const year = /\b(20\d\d)\b/.exec(titleLine?.text ?? '');
    if (year) parts.guessedYear = Number(year[1]);
    for (const s of parts.strategies) for (const a of s.actions) for (const w of a.warnings) parts.diagnostics.push({ level: 'warning', file, line: a.source.lines[0], message: `tiltak ${a.number}: ${w}` });
    return parts;
  },
};
