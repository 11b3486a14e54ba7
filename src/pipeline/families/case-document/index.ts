/**
 * Municipal case documents (saksframlegg): sections introduced by a label ending in a colon
 * (`Sammendrag:`, `Saksutredning:`, `Fakta:`, `Vurdering:`, `Konklusjon:`), numeric tables,
 * rankings written as `2010: 16` pairs, and the proposed decision points as a list.
 */
import type { BodyNode, Chapter, Dataset } from '../../../schemas/index.ts';
import { urls } from '../../../lib/urls.ts';
import { slugify } from '../../../lib/slug.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { blockOf, cutBlocks, joinLines, type Block } from '../../segment.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { emptyParts, type ExtractedParts, type Recogniser, type RecogniserInput } from '../types.ts';
import { readCaseInfo } from './letterhead.ts';
import { adjacencyOf, readDecision } from './decision.ts';
import { extractNumericTables } from '../../extract/numeric-table.ts';
import { BODY_MEETING, DECISION_LEAD, DECISION_SECTION, NUMBERED_DECISION, SECTION, SECTION_WORDS } from '../../../vocabulary/case-document.ts';

/**
 * The section a line opens, or undefined. A label with a colon opens a section wherever it stands;
 * without a colon only where the document writes its labels that way and the line is a block of its own.
 */
function sectionOf(line: SourceLine, alone: boolean, colonStyle: boolean): string | undefined {
  if (SECTION.test(line.text)) return line.text.replace(/\s*:\s*$/, '');
  const colon = /:\s*$/.test(line.text);
  const t = line.text.replace(/\s*:\s*$/, '').trim();
  if (!colon && (colonStyle || !alone)) return undefined;
  return SECTION_WORDS.test(t) || NUMBERED_DECISION.test(t) || (colon && BODY_MEETING.test(t)) ? t : undefined;
}
/** `2010: 16`, `2001-2011: 10`, `2008: 22 (av 79)`. */
const RANK_PAIR = /((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\s*:\s*(\d{1,3})(?:\s*\(av\s+(\d+)\))?/g;

function extract(input: RecogniserInput): ReturnType<typeof emptyParts> {
  const { file, documentId } = input;
  const parts = emptyParts();
  // section labels may share a block with the text below them: cut blocks at each label
  const colonStyle = input.doc.lines.filter((l) => SECTION.test(l.text)).length >= 2;
  const labelOf = new Map<SourceLine, string>();
  const blocks = cutBlocks(restoreLostBullets(input.blocks), (l, b) => {
    const label = sectionOf(l, b.lines.length === 1, colonStyle);
    if (!label) return 'keep';
    labelOf.set(l, label);
    return 'alone';
  });
  const sections: { label?: SourceLine; blocks: Block[] }[] = [{ blocks: [] }];
  for (const b of blocks) {
    if (b.lines.length === 1 && labelOf.has(b.lines[0])) sections.push({ label: b.lines[0], blocks: [] });
    else sections[sections.length - 1].blocks.push(b);
  }
  const names = namesIn(input.doc.lines.map((l) => l.text));
  let n = 0;
  const nextLocalId = () => `tabell-${++n}`;
  const usedIds = new Set<string>();
  for (const [i, s] of sections.entries()) {
    if (!s.label && !s.blocks.length) continue;
    const title = s.label ? labelOf.get(s.label)! : (titleOf(s.blocks, names) ?? 'Innledning');
    let id = s.label ? slugify(title) : 'start';
    while (usedIds.has(id)) id = `${id}-${i}`;
    usedIds.add(id);
    const body: BodyNode[] = [];
    const ids = new IdMaker();
    const pieces = extractNumericTables(s.blocks, { file, documentId, chapterId: id, nextLocalId });
    let prose: Block[] = [];
    const flush = () => {
      if (prose.length) body.push(...(DECISION_SECTION.test(title) && s.label ? decisionPoints(prose, file, ids) : proseWithDecisions(prose, file, ids)));
      prose = [];
    };
    for (const p of pieces) {
      if ('kind' in p) {
        flush();
        parts.datasets.push(p.dataset);
        body.push({ type: 'dataset', id: p.dataset.id, source: p.dataset.source });
      } else prose.push(p);
    }
    flush();
    // rankings written as `2010: 16` pairs become datasets too; their lines stay as text
    for (const d of rankingDatasets(s.blocks, file, documentId, id, nextLocalId)) {
      parts.datasets.push(d);
      const at = body.findIndex((b) => b.source.lines[0] > d.source.lines[1]);
      body.splice(at < 0 ? body.length : at, 0, { type: 'dataset', id: d.id, source: d.source });
    }
    const all = [s.label, ...s.blocks.flatMap((b) => b.lines)].filter((l): l is SourceLine => !!l);
    parts.chapters.push({ id, title, themes: [], body, source: sourceOf(file, all[0].no, all[all.length - 1].no) } satisfies Chapter);
  }
  parts.guessedTitle = titleOf(input.blocks, names);
  readCaseMetadata(input, parts);
  return parts;
}

/** The letterhead as metadata, the document's date from it, and the proposed decision point by point. */
function readCaseMetadata(input: RecogniserInput, parts: ExtractedParts): void {
  const lines = input.doc.lines.filter((l) => l.text !== '');
  parts.caseInfo = readCaseInfo(lines, input.file);
  parts.guessedDate = parts.caseInfo?.date;
  const decision = readDecision(lines, adjacencyOf(input.doc.lines));
  if (decision) parts.decision = decision.points.map((p) => ({ text: p.text, source: sourceOf(input.file, p.first, p.last) }));
}

/**
 * The case title: the first short block that reads as a title, past the letterhead (`HAMAR KOMMUNE`,
 * `Saksframlegg`, `Saksbehandler: …`, the table of meetings with their dates). Case titles are often in capitals.
 */
function titleOf(blocks: Block[], names: Set<string>): string | undefined {
  for (const b of blocks.slice(0, 12)) {
    if (b.lines.length > 2) continue;
    const t = joinLines(b.lines.map((l) => l.text));
    if (t.length > 160 || t.split(/\s+/).length < 3 || /:|\.$/.test(t) || /\d{1,2}\.\d{1,2}\.\d{2,4}/.test(t) || SECTION.test(t)) continue;
    return sentenceCase(t, names);
  }
  return undefined;
}

/** `REGIONAL NÆRINGSPLAN OG …` → `Regional næringsplan og …`, keeping words that are capitalised in mixed text. */
function sentenceCase(text: string, names: Set<string> = new Set()): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text.toLowerCase().replace(/[\p{L}]+/gu, (w) => (names.has(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w));
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Words the text writes capitalised inside sentences (names), lower-cased. */
function namesIn(lines: string[]): Set<string> {
  const names = new Set<string>();
  for (const t of lines) for (const m of t.matchAll(/[a-zæøå,] (\p{Lu}\p{Ll}+)/gu)) names.add(m[1].toLowerCase());
  return names;
}

/**
 * Prose, except that the points after a lead-in to decision points (`… følgende forslag til
 * vedtakspunkter …:`) become a list under their own heading. The PDF often lost their bullets and
 * left only the indent, so an indented or bulleted block opens a point.
 */
function proseWithDecisions(blocks: Block[], file: string, ids: IdMaker): BodyNode[] {
  const out: BodyNode[] = [];
  let i = 0;
  let from = 0;
  while (i < blocks.length) {
    const text = joinLines(blocks[i].lines.map((l) => l.text));
    const opensPoint = (b: Block | undefined) => !!b && (b.lines[0].indented || b.lines[0].bullet);
    if (DECISION_LEAD.test(text) && /:$/.test(text) && opensPoint(blocks[i + 1])) {
      out.push(...blocksToProse(blocks.slice(from, i + 1), file, ids));
      const items: SourceLine[][] = [];
      let j = i + 1;
      for (; j < blocks.length && opensPoint(blocks[j]); j++) {
        for (const l of blocks[j].lines) {
          if (l.bullet || l === blocks[j].lines[0] || !items.length) items.push([l]);
          else items[items.length - 1].push(l);
        }
      }
      const first = items[0][0].no;
      const last = items[items.length - 1].at(-1)!.no;
      out.push({ type: 'heading', level: 3, id: ids.make('forslag til vedtakspunkter'), text: 'Forslag til vedtakspunkter', source: sourceOf(file, first, last) });
      out.push({ type: 'list', ordered: false, items: items.map((it) => joinLines(it.map((l) => l.text))), source: sourceOf(file, first, last) });
      i = from = j;
    } else i++;
  }
  out.push(...blocksToProse(blocks.slice(from), file, ids));
  return out;
}

/** `1. Tekst`, `2) Tekst`, `a) Tekst`: a numbered or lettered decision point. */
const POINT_MARK = /^(?:\d{1,2}[.)]|[a-zæøå]\))\s+/;

/**
 * A decision section: the lead-in stays a paragraph, and every numbered, lettered or bulleted line opens
 * a point that runs on over its wrapped lines. Without any marked line, the section is prose.
 */
function decisionPoints(blocks: Block[], file: string, ids: IdMaker): BodyNode[] {
  const lines = blocks.flatMap((b) => b.lines);
  const opens = (l: SourceLine) => l.bullet || POINT_MARK.test(l.text);
  const firstPoint = lines.findIndex(opens);
  if (firstPoint < 0) return proseWithDecisions(blocks, file, ids);
  const out: BodyNode[] = [];
  const lead = lines.slice(0, firstPoint);
  if (lead.length) out.push(...blocksToProse([blockOf(lead)], file, ids));
  const items: SourceLine[][] = [];
  const rest: SourceLine[] = [];
  for (const l of lines.slice(firstPoint)) {
    if (opens(l)) items.push([l]);
    // a point runs on while its last line has not ended a sentence or the next line starts in lower case
    else if (!rest.length && (/^\p{Ll}/u.test(l.text) || !/[.!?]$/.test(items[items.length - 1].at(-1)!.text))) items[items.length - 1].push(l);
    else rest.push(l);
  }
  const ordered = POINT_MARK.test(lines[firstPoint].text);
  const first = items[0][0].no;
  const last = items[items.length - 1].at(-1)!.no;
  out.push({ type: 'list', ordered, items: items.map((it) => joinLines(it.map((l) => l.text)).replace(POINT_MARK, '')), source: sourceOf(file, first, last) });
  if (rest.length) out.push(...blocksToProse([blockOf(rest)], file, ids));
  return out;
}

/**
 * Bullets the PDF lost leave only the indent: after a line ending in a colon, blocks that start
 * indented are items, each indented line opening one and the lines below it continuing it.
 */
function restoreLostBullets(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let afterLead = false;
  for (const b of blocks) {
    const opensItem = (l: SourceLine) => l.indented && !l.bullet && !/^\d{1,3}$/.test(l.text);
    if (afterLead && opensItem(b.lines[0])) {
      const lines = b.lines.map((l) => (opensItem(l) ? { ...l, bullet: true } : l));
      out.push({ ...b, lines });
      continue;
    }
    out.push(b);
    afterLead = /:$/.test(b.lines[b.lines.length - 1].text) && !SECTION.test(b.lines[b.lines.length - 1].text);
  }
  return out;
}

/**
 * Rankings written as pairs: `2010: 16`, `2011: 12 2001-2011: 10`. Single years make one row,
 * periods another (placed at the period's last year). The ranking's name is the NM the text names above.
 */
function rankingDatasets(blocks: Block[], file: string, documentId: string, chapterId: string, nextLocalId: () => string): Dataset[] {
  const lines = blocks.flatMap((b) => b.lines);
  const out: Dataset[] = [];
  let run: SourceLine[] = [];
  const flush = (at: number) => {
    if (run.length >= 2) {
      const single = new Map<string, number>();
      const period = new Map<string, { value: number; from: string }>();
      let of: number | undefined;
      for (const l of run) {
        for (const m of l.text.matchAll(RANK_PAIR)) {
          if (m[2]) period.set(m[2], { value: Number(m[3]), from: m[1] });
          else single.set(m[1], Number(m[3]));
          if (m[4]) of = Number(m[4]);
        }
      }
      const columns = [...new Set([...single.keys(), ...period.keys()])].sort();
      const above = joinLines(lines.slice(Math.max(0, at - run.length - 40), at - run.length).map((l) => l.text));
      // the ranking's own name (`NHOs KommuneNM`) rather than a passing mention (`som for nærings-NM`)
      const names = [...above.matchAll(/(\p{Lu}\p{L}*s\s+)?([\p{L}-]*NM)\b/gu)];
      const owned = names.filter((m) => m[1]);
      const pick = owned.length ? owned[owned.length - 1] : names[names.length - 1];
      const name = pick ? pick[0].replace(/\s+/g, ' ') : 'rangeringen';
      const total = of ?? Number(/totalt\s+(\d+)\s+(regioner|kommuner)/i.exec(above)?.[1] ?? NaN);
      const rows = [];
      if (single.size) rows.push({ label: `Plassering i ${name}, per år`, values: columns.map((c) => single.get(c) ?? null) });
      if (period.size) {
        const spans = [...period.values()].map((p) => p.from);
        rows.push({ label: `Plassering i ${name}, for perioden fram til året (fra ${spans[0]} for første år)`, values: columns.map((c) => period.get(c)?.value ?? null) });
      }
      const localId = nextLocalId();
      out.push({
        id: `${documentId}--${localId}`,
        documentId,
        chapterId,
        title: `Plassering i ${name}`,
        unit: 'plass',
        columns,
        rows,
        shape: 'ranking',
        sumChecks: [],
        notes: [`Lest fra linjene ${run[0].no}–${run[run.length - 1].no}, der plasseringene står som «år: plass».`, ...(Number.isFinite(total) ? [`Av ${total} i alt.`] : [])],
        themes: [],
        regions: [],
        url: urls.dataset(documentId, localId),
        source: sourceOf(file, run[0].no, run[run.length - 1].no),
      });
    }
    run = [];
  };
  lines.forEach((l, i) => {
    const pairs = [...l.text.matchAll(RANK_PAIR)];
    const rest = l.text.replace(RANK_PAIR, '').trim();
    if (pairs.length && !rest) run.push(l);
    else flush(i);
  });
  flush(lines.length);
  return out;
}

export const caseDocumentRecogniser: Recogniser = { family: 'case-document', kind: 'saksframlegg', extract };
