/**
 * Programme reports (final and status reports of development programmes, fund annual reports):
 * chapters (named, or numbered in sequence), a goal structure (`Formål`, `Hovedmål`, `Delmål`,
 * `Effektmål`), activities (`Aktivitet 1.1: …`, `Delprosjekt 2: …`, `1.1 Tittel` under `Innsatsområde 1:`)
 * written as two-column matrices or labelled paragraphs, milestones with dates, and numeric tables
 * (financing plans, grants per municipality and year), handed to the numeric-table reader.
 */
import { coverTitle } from '../../extract/cover-title.ts';
import type { BodyNode, Chapter } from '../../../schemas/index.ts';
import { mostNamedRegion } from '../../classify/regions.ts';
import { slugify } from '../../../lib/slug.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { cutBlocks, joinLines, type Block } from '../../segment.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { emptyParts, type ExtractedParts, type Recogniser, type RecogniserInput } from '../types.ts';
import { extractNumericTables } from '../../extract/numeric-table.ts';
import { extractGoals, goalLabelOf } from '../../extract/goals.ts';
import { paragraphBreaks } from '../paragraph-breaks.ts';
import { contentsEntries } from '../contents.ts';
import { findActivities, type ActivityRange } from './activities.ts';
import { activityNodes } from './activity-record.ts';
import { linkSubGoals } from './sub-goals.ts';
import { chapterTitleOf, isChapterHeading, numberedChapters, subHeadingAt, type ReportLines } from './chapters.ts';

/** Lines of the text without blanks, with their layout facts. */
function reportLines(input: RecogniserInput): ReportLines {
  const lines = input.doc.lines.filter((l) => l.text !== '');
  const breaks = paragraphBreaks(input.doc);
  return { lines, breaks, numbered: numberedChapters(lines, breaks, contentsEntries(input.doc.dropped)) };
}

type Segment = { kind: 'heading' | 'prose'; lines: SourceLine[] } | { kind: 'activity'; act: ActivityRange };

/** A chapter's lines split into sub-headings, prose stretches and activities. */
function segmentsOf(r: ReportLines, from: number, to: number, activities: ActivityRange[]): Segment[] {
  const segments: Segment[] = [];
  let prose: SourceLine[] = [];
  const flushProse = () => {
    if (prose.length) segments.push({ kind: 'prose', lines: prose });
    prose = [];
  };
  for (let i = from; i <= to; ) {
    const act = activities.find((a) => a.start === i);
    const k = act ? 0 : subHeadingAt(r.lines, i);
    if (act || k) flushProse();
    if (act) segments.push({ kind: 'activity', act });
    else if (k) segments.push({ kind: 'heading', lines: r.lines.slice(i, i + k) });
    else prose.push(r.lines[i]);
    i = act ? act.end + 1 : i + (k || 1);
  }
  flushProse();
  return segments;
}

/** What a chapter's body builder needs. */
interface ChapterContext {
  input: RecogniserInput;
  r: ReportLines;
  parts: ExtractedParts;
  chapterId: string;
  title: string;
  ids: IdMaker;
  goalNo: { n: number };
  tableNo: { n: number };
}

/** A chapter's body: goal sections, headings, prose with its numeric tables, and activities. */
function chapterBody(ctx: ChapterContext, segments: Segment[]): BodyNode[] {
  const { input, parts, chapterId } = ctx;
  const body: BodyNode[] = [];
  let goalBlocks: Block[] = [];
  let rest: Block[] = [];
  const flushGoals = () => {
    if (!goalBlocks.length) return;
    const g = extractGoals(goalBlocks, { file: input.file, documentId: input.documentId, chapterId, nextNumber: () => ++ctx.goalNo.n }, (b) => blocksToProse(b, input.file, ctx.ids, 3));
    parts.goals.push(...g.goals);
    body.push(...g.nodes);
    goalBlocks = [];
  };
  const flushRest = () => {
    body.push(...proseAndTables(ctx, rest));
    rest = [];
  };
  let inGoals = false;
  let underLabel = 0;
  for (const seg of segments) {
    if (seg.kind !== 'prose') {
      const heading = seg.kind === 'heading' ? headingBlock(seg.lines) : undefined;
      const goal = heading && goalLabelOf(heading.text);
      if (!goal) flushGoals();
      flushRest();
      inGoals = !!goal;
      underLabel = 0;
      if (goal) goalBlocks.push(heading.block);
      else if (heading) body.push({ type: 'heading', level: 2, id: ctx.ids.make(heading.text), text: heading.text.replace(/:$/, ''), source: sourceOf(input.file, heading.block.first, heading.block.last) });
      else if (seg.kind === 'activity') body.push(...activityNodes(seg.act, { file: input.file, documentId: input.documentId, chapterId, lines: ctx.r.lines, breaks: ctx.r.breaks }, parts.activities, parts.diagnostics));
    } else {
      const blocks = atInlineGoalLabels(blocksOf(seg.lines, input.blocks));
      const inline = inlineGoalRuns(blocks);
      for (const b of blocks) {
        // `Hovedmål: Regionen skal …` over `Delmål 1: …`: each paragraph opening with a goal label and its goal is a goal
        if (inline.has(b)) {
          if (!inGoals) flushRest();
          inGoals = true;
          underLabel = 1;
          goalBlocks.push(b);
          continue;
        }
        // a goal label takes its bullets, or the one paragraph below it; a further paragraph is prose again
        if (inGoals && underLabel > 0 && !b.lines[0].bullet && !isPageNumber(b)) {
          flushGoals();
          inGoals = false;
        }
        if (inGoals && !isPageNumber(b)) underLabel++;
        (inGoals && !isPageNumber(b) ? goalBlocks : rest).push(b);
      }
    }
  }
  flushGoals();
  flushRest();
  return body;
}

/**
 * A line opening with a goal label and its goal (`Delmål 2: Flere voksne …`). `Formål: …` is none: outside a goal
 * heading it says what the programme is for (as `opensGoalList` reads it in plans).
 */
function inlineGoalLabel(l: SourceLine): boolean {
  const label = l.bullet ? undefined : goalLabelOf(l.text);
  return !!label?.rest && label.kind !== 'formal';
}

/** Fewest labelled goal paragraphs in a row that make a goal structure (`Hovedmål: …` / `Delmål 1: …`); one alone may be a field of something else. */
const INLINE_GOAL_RUN_MIN = 2;

/** The blocks opening with a goal label and its goal that stand in a run of INLINE_GOAL_RUN_MIN or more (page numbers between them ignored). */
function inlineGoalRuns(blocks: Block[]): Set<Block> {
  const out = new Set<Block>();
  let run: Block[] = [];
  const close = () => {
    if (run.length >= INLINE_GOAL_RUN_MIN) run.forEach((b) => out.add(b));
    run = [];
  };
  for (const b of blocks) {
    if (isPageNumber(b)) continue;
    if (inlineGoalLabel(b.lines[0])) run.push(b);
    else close();
  }
  close();
  return out;
}

/**
 * Blocks cut before each line that opens with a goal label and its goal (`Delmål 2: Flere voksne …`), so
 * labelled goals written on consecutive lines (or double-spaced, with the blank lines gone) stay one each.
 */
function atInlineGoalLabels(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => {
    const parts: SourceLine[][] = [];
    for (const l of b.lines) {
      if (!parts.length || inlineGoalLabel(l)) parts.push([l]);
      else parts[parts.length - 1].push(l);
    }
    return parts.map((lines) => ({ lines, first: lines[0].no, last: lines[lines.length - 1].no }));
  });
}

/** A bare page number the normaliser left (`2` before a page start): prose, never a goal. */
const PAGE_NUMBER = /^\d{1,3}$/;
const isPageNumber = (b: Block) => b.lines.length === 1 && PAGE_NUMBER.test(b.lines[0].text);

function headingBlock(lines: SourceLine[]): { text: string; block: Block } {
  return { text: joinLines(lines.map((l) => l.text)), block: { lines, first: lines[0].no, last: lines[lines.length - 1].no } };
}

/** Prose blocks with the numeric tables among them read into datasets. */
function proseAndTables(ctx: ChapterContext, blocks: Block[]): BodyNode[] {
  if (!blocks.length) return [];
  const { file, documentId } = ctx.input;
  const body: BodyNode[] = [];
  let text: Block[] = [];
  const flushText = () => {
    body.push(...proseNodes(reblock(text), file, ctx.ids));
    text = [];
  };
  for (const p of extractNumericTables(blocks, { file, documentId, chapterId: ctx.chapterId, nextLocalId: () => `tabell-${++ctx.tableNo.n}`, titleHint: ctx.title })) {
    if ('kind' in p) {
      flushText();
      ctx.parts.datasets.push(p.dataset);
      body.push({ type: 'dataset', id: p.dataset.id, source: p.dataset.source });
    } else text.push(p);
  }
  flushText();
  return body;
}

function extract(input: RecogniserInput): ExtractedParts {
  const parts = emptyParts();
  const r = reportLines(input);
  const activities = findActivities(r.lines, (i) => isChapterHeading(r, i));
  const inActivity = (i: number) => activities.some((a) => i >= a.start && i <= a.end);
  const chapterAt = r.lines.map((_, i) => (!inActivity(i) && isChapterHeading(r, i) ? i : -1)).filter((i) => i >= 0);
  if (chapterAt[0] !== 0) chapterAt.unshift(-1);
  const usedIds = new Set<string>();
  const counters = { goalNo: { n: 0 }, tableNo: { n: 0 } };
  chapterAt.forEach((at, n) => {
    const from = at < 0 ? 0 : at;
    const to = (chapterAt[n + 1] ?? r.lines.length) - 1;
    if (to < from) return;
    const { number, title } = at < 0 ? { number: undefined, title: 'Innledning' } : chapterTitleOf(r, at);
    let id = at < 0 ? 'start' : slugify(title);
    while (usedIds.has(id)) id = `${id}-${n + 1}`;
    usedIds.add(id);
    const ctx: ChapterContext = { input, r, parts, chapterId: id, title, ids: new IdMaker(), ...counters };
    const body = chapterBody(ctx, segmentsOf(r, at < 0 ? 0 : at + 1, to, activities));
    parts.chapters.push({ id, ...(number ? { number } : {}), title, themes: [], body, source: sourceOf(input.file, r.lines[from].no, r.lines[to].no) } satisfies Chapter);
  });
  linkSubGoals(parts.activities, parts.goals, r.lines, parts.chapters);
  guessTitleAndYear(r.lines.map((l) => l.text).join(' '), parts);
  // the title the front page composes (`SLUTTRAPPORT` over the programme's name) wins over the guess from the text
  parts.guessedTitle = coverTitle(input.doc.lines) ?? parts.guessedTitle;
  return parts;
}

/** A title from the programme's name, its region and its period; the year from the period or the latest year named. */
function guessTitleAndYear(all: string, parts: ExtractedParts): void {
  const programme = /\b(\p{Lu}\p{Ll}+programmet)\b/u.exec(all)?.[1];
  const region = mostNamedRegion(all) ?? mostFrequent([...all.matchAll(/\b\p{Lu}[\p{L}-]+regionen\b/gu)].map((m) => m[0]));
  const period = /perioden\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/.exec(all) ?? /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/.exec(all);
  const final = /sluttrapport|avsluttes|programslutt|ved avslutning/i.test(all);
  if (programme || region) {
    const name = [programme ?? 'Programmet', region ? `i ${region}` : '', period ? `${period[1]}–${period[2]}` : ''].filter(Boolean).join(' ');
    parts.guessedTitle = final ? `${name} – sluttrapport` : `${name} – rapport`;
  }
  if (period) parts.guessedYear = Number(period[2]);
  else {
    const years = [...all.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
    if (years.length) parts.guessedYear = Math.max(...years);
  }
}

/**
 * Joins blocks the PDF split inside a paragraph or a bullet item: a block whose last line ends no
 * sentence runs on into the next one, and a lead-in ending in a colon takes the bullets below it.
 */
function reblock(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const prevEnd = prev?.lines[prev.lines.length - 1].text ?? '';
    if (prev && ((!/[.!?:»”")]$/.test(prevEnd) && !b.lines[0].bullet) || (/:$/.test(prevEnd) && b.lines[0].bullet) || (prev.lines.some((l) => l.bullet) && b.lines[0].bullet))) {
      out[out.length - 1] = { lines: [...prev.lines, ...b.lines], first: prev.first, last: b.last };
    } else out.push(b);
  }
  return out;
}

/** Prose of blocks; a lead-in line ending in a colon stays a paragraph, not a heading. */
function proseNodes(blocks: Block[], file: string, ids: IdMaker): BodyNode[] {
  return blocks.flatMap((b) => {
    const text = joinLines(b.lines.map((l) => l.text));
    if (b.lines.length <= 2 && /:$/.test(text)) return [{ type: 'paragraph', text, source: sourceOf(file, b.first, b.last) } satisfies BodyNode];
    return blocksToProse([b], file, ids);
  });
}

/** Blocks of a run of lines: the segmenter's blocks cut to the run, so paragraph breaks are kept. */
function blocksOf(run: SourceLine[], blocks: Block[]): Block[] {
  const inRun = new Set(run.map((l) => l.no));
  return cutBlocks(blocks, (l) => (inRun.has(l.no) ? 'keep' : 'drop')).sort((a, b) => a.first - b.first);
}

/** The most frequent of the strings. */
function mostFrequent(items: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const x of items) count.set(x, (count.get(x) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export const programmeReportRecogniser: Recogniser = { family: 'programme-report', kind: 'rapport', extract };
