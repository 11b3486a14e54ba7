/**
 * Programme reports (e.g. Byregionprogrammet's final reports): unnumbered chapters (`Innledning`,
 * `Prosjektets målstruktur`, `Resultater`, `Organisering`, `Finansieringsplan`), a goal structure
 * (`Formål`, `Hovedmål`, `Delmål`, `Effektmål`), activities written as two-column matrices
 * (`Aktivitet 1.1: …` then rows `Delmål`, `Tiltak`, `Forventet resultat`, `Effektmål aktivitet`,
 * `Begrunnelse og beskrivelse av aktivitet`, `Milepæler med frister`, `Status for aktiviteten`,
 * `Styringsgruppens anbefaling for videre arbeid:`, `Involverte`), and a financing table.
 * The PDF flattened each matrix row into its label (often wrapped over two or three short lines)
 * followed by the cell; milestone dates come as a column after all milestone texts.
 */
import type { Activity, BodyNode, Chapter } from '../../schemas/index.ts';
import { mostNamedRegion } from '../classify/regions.ts';
import { urls } from '../../lib/urls.ts';
import { slugify } from '../../lib/slug.ts';
import { sourceOf, type Diagnostic, type SourceLine } from '../types.ts';
import { cutBlocks, joinLines, type Block } from '../segment.ts';
import { blocksToProse, IdMaker } from './prose.ts';
import { emptyParts, type Recogniser, type RecogniserInput } from './types.ts';
import { extractNumericTables } from '../extract/numeric-table.ts';
import { extractGoals, goalLabelOf } from '../extract/goals.ts';

/** `Aktivitet 1.1: Tittel`, `Tilleggsaktivitet 6.2: …`, `Delaktivitet 2.1 – …`. */
const ACTIVITY = /^((?:Tilleggs|Del|Hoved)?[Aa]ktivitet)\s+(\d{1,2}(?:\.\d{1,2}){0,2})\s*[:.–-]\s*(.+)$/u;

type Field = 'subGoal' | 'measures' | 'expectedResults' | 'effectGoals' | 'rationale' | 'milestones' | 'status' | 'recommendations' | 'involved';

/** Matrix row labels as reports write them; the first letter must be a capital. */
const FIELD_LABELS: [Field, RegExp][] = [
  ['subGoal', /^(?:Delmål|Hovedmål|Mål)(?:\s+(?:for\s+)?aktivitet(?:en)?)?/u],
  ['measures', /^Tiltak(?:\s+i\s+aktivitet(?:en)?)?/u],
  ['expectedResults', /^Forvent(?:et|ede)\s+resultat(?:er)?/u],
  ['effectGoals', /^Effektmål(?:\s+(?:for\s+)?aktivitet(?:en)?)?/u],
  ['rationale', /^Begrunnelse(?:\s+og\s+beskrivelse(?:\s+av)?(?:\s+aktivitet(?:en)?)?)?/u],
  ['milestones', /^Milepæler(?:\s+(?:med|og)\s+frister)?/u],
  ['status', /^Status(?:\s+for)?(?:\s+aktivitet(?:en)?)?/u],
  ['recommendations', /^(?:Styringsgruppens\s+)?[Aa]nbefaling(?:er)?(?:\s+for\s+videre\s+arbeid)?\s*:?/u],
  ['involved', /^Involverte(?:\s+(?:aktører|parter))?/u],
];

/** Titles of a programme report's own chapters, standing alone on their line. */
const CHAPTER_TITLE = /^(innledning|bakgrunn|sammendrag|oppsummering|forord|(prosjektets\s+)?(målstruktur|mål|organisering|forankring(\s+og\s+rapportering)?|økonomi|resultater|gjennomføring)|resultater|organisering|aktiviteter|(beskrivelse\s+av\s+)?(del)?prosjekt(er|ene)?(\s+med\s+.+)?|beskrivelse\s+av\s+aktiviteter(\s+med\s+.+)?|status(\s+og\s+anbefalinger)?|anbefalinger(\s+for\s+videre\s+arbeid)?|videre\s+arbeid|evaluering|finansiering(splan)?|regnskap|budsjett|konklusjon|vedlegg(\s+\d+)?)\s*:?$/i;

/** Core of a date as milestones write it: `01.06.2016`, `15.04.16`, `Juni 2016`, `Q2 2017`, `2. kvartal 2017`, `Høsten 2017`. */
const DATE_CORE = String.raw`(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|(?:Q[1-4]|[1-4]\.\s*kvartal)\s+\d{4}|(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)\.?\s+\d{4}|(?:våren|høsten|sommeren|vinteren)\s+\d{4})`;
const DATE_LINE = new RegExp(`^(?:(?:gjennomført|ferdig|frist|innen)\\s*:?\\s+)?${DATE_CORE}$`, 'iu');
const DATE_AT_END = new RegExp(`\\s+[–-]?\\s*((?:(?:gjennomført|ferdig|frist|innen)\\s*:?\\s+)?${DATE_CORE})$`, 'iu');
/** A word that introduces a date on the next line: `… gjennomført. Gjennomført` / `06.06.16`. */
const DATE_LEAD = /\s(Gjennomført|Ferdig|Frist:?|Innen)$/;
/** `a) …`, `1) …`, `1. …` open a milestone. */
const MILESTONE_ITEM = /^(?:[a-zæøå]\)|\d{1,2}[.)])\s*\S/u;

/** A matrix label starting at the first of `texts` (it may wrap over up to three short lines): field, lines used, and text after it. */
function matchLabel(texts: string[]): { field: Field; used: number; label: string; rest: string } | undefined {
  if (!texts.length || !/^\p{Lu}/u.test(texts[0])) return undefined;
  for (let k = Math.min(3, texts.length); k >= 1; k--) {
    // the label's leading lines hold nothing but label words
    if (texts.slice(0, k - 1).some((t) => t.length > 25)) continue;
    const joined = joinLines(texts.slice(0, k));
    const lead = k > 1 ? joinLines(texts.slice(0, k - 1)).length : 0;
    for (const [field, re] of FIELD_LABELS) {
      const m = re.exec(joined);
      if (!m || m[0].length <= lead) continue;
      const rest = joined.slice(m[0].length);
      if (rest && !/^\s/.test(rest) && !m[0].endsWith(':')) continue;
      const content = rest.replace(/^[\s\uF0B7•*–-]+/u, '');
      if (content && !/^[\p{Lu}\d«"(]/u.test(content)) continue;
      // a wrapped label ends where its last line ends: no content on the second or third line
      if (k > 1 && content) continue;
      return { field, used: k, label: m[0].replace(/\s*:$/, ''), rest: content };
    }
  }
  return undefined;
}

/** Reads `15.04.16`, `01.06.2016` as an ISO date; month or quarter dates stay text only. */
function isoDateOf(text: string): string | undefined {
  const m = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/.exec(text);
  if (!m) return undefined;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [d, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface FieldCell { field: Field; labelLines: SourceLine[]; label: string; rest?: SourceLine; lines: SourceLine[] }

/** Items of a cell: a bullet or the text after the label opens an item, other lines continue it. */
function itemsOf(cell: FieldCell): string[] {
  const items: string[][] = [];
  const all = [...(cell.rest ? [cell.rest] : []), ...cell.lines];
  const anyBullet = all.some((l) => l.bullet);
  for (const l of all) {
    if (!items.length || (anyBullet && l.bullet)) items.push([l.text.replace(/^•\s*/, '')]);
    else items[items.length - 1].push(l.text);
  }
  return items.map((i) => joinLines(i)).filter(Boolean);
}

const cellText = (cell: FieldCell | undefined) => (cell ? joinLines([...(cell.rest ? [cell.rest] : []), ...cell.lines].map((l) => l.text.replace(/^•\s*/, ''))) : undefined);

/** Splits `A, B (x, y), C og andre …` at commas outside brackets. */
function splitParties(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out.map((s) => s.replace(/\.$/, '').trim()).filter(Boolean);
}

/**
 * Milestones with their dates. Dates stand at the end of a milestone, on the line below it, or
 * (most often) as a column after all milestone texts; the column is paired in order only when
 * the counts agree — otherwise the dates are returned unpaired and the caller says so.
 */
function readMilestones(lines: SourceLine[]): { milestones: Activity['milestones']; unpaired: SourceLine[] } {
  type Item = { lines: string[]; dateText?: string; last: number };
  const items: Item[] = [];
  const dates: { line: SourceLine; index: number; afterItem: boolean }[] = [];
  lines.forEach((l, i) => {
    if (DATE_LINE.test(l.text)) {
      const prev = items[items.length - 1];
      // `… gjennomført. Gjennomført` / `06.06.16`: the word on the line above introduces this date
      if (prev && !prev.dateText && prev.last === i - 1 && DATE_LEAD.test(prev.lines[prev.lines.length - 1])) {
        const lastLine = prev.lines.pop()!;
        const lead = DATE_LEAD.exec(lastLine)![1];
        prev.lines.push(lastLine.slice(0, -lead.length).trim());
        prev.dateText = `${lead} ${l.text}`;
      } else dates.push({ line: l, index: i, afterItem: !!prev && prev.last === i - 1 });
      return;
    }
    const prev = items[items.length - 1];
    if (MILESTONE_ITEM.test(l.text) || l.bullet || !prev || dates.length) items.push({ lines: [l.text.replace(/^•\s*/, '')], last: i });
    else {
      prev.lines.push(l.text);
      prev.last = i;
    }
  });
  const out = items.map((it) => {
    let text = joinLines(it.lines);
    let dateText = it.dateText;
    const end = !dateText ? DATE_AT_END.exec(text) : null;
    if (end) {
      dateText = end[1];
      text = text.slice(0, end.index).trim();
    }
    return { text, dateText };
  });
  const lastItem = items.length ? items[items.length - 1].last : -1;
  const open = out.filter((m) => !m.dateText);
  let unpaired: SourceLine[] = [];
  if (dates.length && dates.every((d) => d.index > lastItem)) {
    // a date column after all texts
    if (open.length === dates.length) open.forEach((m, i) => (m.dateText = dates[i].line.text));
    else unpaired = dates.map((d) => d.line);
  } else {
    // dates written below their milestone
    for (const d of dates) {
      const owner = [...items.keys()].reverse().find((k) => items[k].last < d.index);
      if (owner !== undefined && !out[owner].dateText) out[owner].dateText = d.line.text;
      else unpaired.push(d.line);
    }
  }
  return { milestones: out.map((m) => ({ text: m.text, ...(m.dateText ? { dateText: m.dateText, date: isoDateOf(m.dateText) } : {}) })).map((m) => (m.date ? m : { text: m.text, ...(m.dateText ? { dateText: m.dateText } : {}) })), unpaired };
}

interface ActivityRange { start: number; headingEnd: number; end: number; number: string; prefix: string; title: string }

/** The activities of the text: their heading lines and where each ends (the next activity, or a chapter heading after its last label). */
function findActivities(lines: SourceLine[]): ActivityRange[] {
  const starts = lines.map((l, i) => (ACTIVITY.test(l.text) && l.text.length < 160 ? i : -1)).filter((i) => i >= 0);
  return starts.map((start, n) => {
    const m = ACTIVITY.exec(lines[start].text)!;
    let headingEnd = start;
    const title = [m[3]];
    // a wrapped title continues on a lower-case line
    while (lines[headingEnd + 1] && /^\p{Ll}/u.test(lines[headingEnd + 1].text) && !matchLabel(lines.slice(headingEnd + 1, headingEnd + 4).map((l) => l.text))) title.push(lines[++headingEnd].text);
    let end = (starts[n + 1] ?? lines.length) - 1;
    if (n === starts.length - 1) {
      // the last activity ends at the first chapter heading after its last matrix label
      let lastLabel = start;
      for (let i = start + 1; i <= end; i++) if (matchLabel(lines.slice(i, i + 3).map((l) => l.text))) lastLabel = i;
      for (let i = lastLabel + 1; i <= end; i++) {
        if (isChapterHeading(lines, i)) {
          end = i - 1;
          break;
        }
      }
    }
    return { start, headingEnd, end, number: m[2], prefix: m[1], title: joinLines(title).replace(/\s*:$/, '') };
  });
}

/** A short line that reads as a heading: capitalised, few words, no sentence ending. */
function headingLike(text: string): boolean {
  return text.length >= 3 && text.length <= 90 && /^[A-ZÆØÅ]/.test(text) && !/[.,;!?]$/.test(text) && text.split(/\s+/).length <= 14 && !/\d[\d ]{3,}/.test(text) && !text.includes('•');
}

const endsSentence = (l: SourceLine | undefined) => !l || /[.:!?»)]$/.test(l.text);

/** A chapter heading: a known chapter title alone on its line, or a heading that starts a page. */
function isChapterHeading(lines: SourceLine[], i: number): boolean {
  const l = lines[i];
  if (l.bullet || !headingLike(l.text) || !endsSentence(lines[i - 1])) return false;
  const next = lines[i + 1];
  if (next && /^\p{Ll}/u.test(next.text)) return false;
  if (CHAPTER_TITLE.test(l.text)) return true;
  return l.indented && l.text.split(/\s+/).length <= 6 && !!next && (next.text.length >= 40 || next.bullet);
}

/** A sub-heading inside a chapter (one line, or two when the second is a short lower-case tail), followed by prose. Returns the number of lines. */
function subHeadingAt(lines: SourceLine[], i: number): number {
  const l = lines[i];
  // a goal label alone on its line (`Formål`, `Effektmål (5-10 år)`) is a heading wherever it stands
  if (!l.bullet && l.text.length <= 30 && goalLabelOf(l.text)?.rest === '' && lines[i + 1] && !/^\p{Ll}/u.test(lines[i + 1].text)) return 1;
  if (l.bullet || !endsSentence(lines[i - 1]) || !headingLike(l.text)) return 0;
  if (/:$/.test(l.text) && !goalLabelOf(l.text)) return 0;
  for (const k of [1, 2]) {
    const part = lines.slice(i, i + k);
    if (k === 2 && !(part[1] && /^\p{Ll}/u.test(part[1].text) && part[1].text.length <= 40 && !/[.,;!?]$/.test(part[1].text))) continue;
    const next = lines[i + k];
    if (!next || !(/^\p{Lu}/u.test(next.text) || next.bullet)) continue;
    if (goalLabelOf(l.text) && k === 1) return 1;
    if (next.text.length >= 40 || next.bullet) return k;
  }
  return 0;
}

function extract(input: RecogniserInput): ReturnType<typeof emptyParts> {
  const { file, documentId } = input;
  const parts = emptyParts();
  const lines = input.doc.lines.filter((l) => l.text !== '');
  const activities = findActivities(lines);
  const inActivity = (i: number) => activities.some((a) => i >= a.start && i <= a.end);

  // chapter boundaries outside the activities
  const chapterAt: number[] = [];
  lines.forEach((_, i) => {
    if (!inActivity(i) && isChapterHeading(lines, i)) chapterAt.push(i);
  });
  if (chapterAt[0] !== 0) chapterAt.unshift(-1);

  let goalNo = 0;
  let tableNo = 0;
  const usedIds = new Set<string>();
  chapterAt.forEach((at, n) => {
    const from = at < 0 ? 0 : at;
    const to = (chapterAt[n + 1] ?? lines.length) - 1;
    if (to < from) return;
    const title = at < 0 ? 'Innledning' : lines[at].text.replace(/\s*:$/, '');
    let id = at < 0 ? 'start' : slugify(title);
    while (usedIds.has(id)) id = `${id}-${n + 1}`;
    usedIds.add(id);
    const ids = new IdMaker();
    const body: BodyNode[] = [];
    const nextLocalId = () => `tabell-${++tableNo}`;

    // the chapter's lines split into segments: sub-headings, prose stretches and activities
    type Segment = { kind: 'heading' | 'prose'; lines: SourceLine[] } | { kind: 'activity'; act: ActivityRange };
    const segments: Segment[] = [];
    let i = at < 0 ? 0 : at + 1;
    let prose: SourceLine[] = [];
    const flushProse = () => {
      if (prose.length) segments.push({ kind: 'prose', lines: prose });
      prose = [];
    };
    while (i <= to) {
      const act = activities.find((a) => a.start === i);
      if (act) {
        flushProse();
        segments.push({ kind: 'activity', act });
        i = act.end + 1;
        continue;
      }
      const k = subHeadingAt(lines, i);
      if (k) {
        flushProse();
        segments.push({ kind: 'heading', lines: lines.slice(i, i + k) });
        i += k;
        continue;
      }
      prose.push(lines[i]);
      i++;
    }
    flushProse();

    // a goal section runs from a goal label (`Formål`, `Hovedmål`, `Delmål`, `Effektmål`) to the next other heading
    let goalBlocks: Block[] = [];
    let rest: Block[] = [];
    const flushGoals = () => {
      if (!goalBlocks.length) return;
      const r = extractGoals(goalBlocks, { file, documentId, chapterId: id, nextNumber: () => ++goalNo }, (b) => blocksToProse(b, file, ids, 3));
      parts.goals.push(...r.goals);
      body.push(...r.nodes);
      goalBlocks = [];
    };
    const flushRest = () => {
      if (!rest.length) return;
      let text: Block[] = [];
      const flushText = () => {
        body.push(...proseNodes(reblock(text), file, ids));
        text = [];
      };
      for (const p of extractNumericTables(rest, { file, documentId, chapterId: id, nextLocalId, titleHint: title })) {
        if ('kind' in p) {
          flushText();
          parts.datasets.push(p.dataset);
          body.push({ type: 'dataset', id: p.dataset.id, source: p.dataset.source });
        } else text.push(p);
      }
      flushText();
      rest = [];
    };
    let inGoals = false;
    for (const seg of segments) {
      if (seg.kind === 'activity') {
        flushGoals();
        flushRest();
        inGoals = false;
        body.push(...activityNodes(seg.act, lines, input, id, parts.activities, parts.diagnostics));
      } else if (seg.kind === 'heading') {
        const text = joinLines(seg.lines.map((l) => l.text));
        const block: Block = { lines: seg.lines, first: seg.lines[0].no, last: seg.lines[seg.lines.length - 1].no };
        if (goalLabelOf(text)) {
          flushRest();
          inGoals = true;
          goalBlocks.push(block);
        } else {
          flushGoals();
          flushRest();
          inGoals = false;
          body.push({ type: 'heading', level: 2, id: ids.make(text), text: text.replace(/:$/, ''), source: sourceOf(file, block.first, block.last) });
        }
      } else if (inGoals) goalBlocks.push(...blocksOf(seg.lines, input.blocks));
      else rest.push(...blocksOf(seg.lines, input.blocks));
    }
    flushGoals();
    flushRest();
    const chapterLines = lines.slice(from, to + 1);
    parts.chapters.push({ id, title, themes: [], body, source: sourceOf(file, chapterLines[0].no, chapterLines[chapterLines.length - 1].no) } satisfies Chapter);
  });

  const all = lines.map((l) => l.text).join(' ');
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
  return parts;
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

/** One activity: its matrix read into fields, an `activity` node, and the matrix's remaining text as prose beside it. */
function activityNodes(act: ActivityRange, lines: SourceLine[], input: RecogniserInput, chapterId: string, out: Activity[], diagnostics: Diagnostic[]): BodyNode[] {
  const { file, documentId } = input;
  const cells: FieldCell[] = [];
  const before: SourceLine[] = [];
  const seen = new Set<Field>();
  for (let i = act.headingEnd + 1; i <= act.end; ) {
    const m = matchLabel(lines.slice(i, Math.min(act.end + 1, i + 3)).map((l) => l.text));
    if (m && !seen.has(m.field)) {
      seen.add(m.field);
      const labelLines = lines.slice(i, i + m.used);
      const last = labelLines[labelLines.length - 1];
      cells.push({ field: m.field, labelLines, label: m.label, rest: m.rest ? { ...last, text: m.rest, bullet: true } : undefined, lines: [] });
      i += m.used;
      continue;
    }
    if (cells.length) cells[cells.length - 1].lines.push(lines[i]);
    else before.push(lines[i]);
    i++;
  }
  const cell = (f: Field) => cells.find((c) => c.field === f);
  const localId = `aktivitet-${act.number.replace(/\./g, '-')}`;
  const first = lines[act.start].no;
  const last = lines[act.end].no;
  const { milestones, unpaired } = cell('milestones') ? readMilestones(cell('milestones')!.lines) : { milestones: [], unpaired: [] };
  const involvedText = cellText(cell('involved'));
  // parties are the first sentence; what follows it describes them
  const firstSentence = involvedText ? /^(.+?[^.\s]{3,}\.)\s+(\p{Lu}.*)$/u.exec(involvedText) : null;
  const involved = involvedText ? splitParties(firstSentence ? firstSentence[1] : involvedText) : [];
  out.push({
    id: `${documentId}--${localId}`,
    documentId,
    chapterId,
    number: act.number,
    title: act.title,
    subGoal: cellText(cell('subGoal')),
    measures: cell('measures') ? itemsOf(cell('measures')!) : [],
    expectedResults: cell('expectedResults') ? itemsOf(cell('expectedResults')!) : [],
    effectGoals: cell('effectGoals') ? itemsOf(cell('effectGoals')!) : [],
    rationale: cellText(cell('rationale')),
    milestones,
    status: cellText(cell('status')),
    recommendations: cell('recommendations') ? itemsOf(cell('recommendations')!) : [],
    involved,
    // the report's own words for the matrix, shown as the page's labels
    kindLabel: act.prefix !== 'Aktivitet' ? act.prefix : undefined,
    labels: Object.fromEntries([...cells].reverse().map((c) => [c.field, c.label])),
    themes: [],
    regions: [],
    url: urls.activity(documentId, localId),
    source: sourceOf(file, first, last),
  });
  const nodes: BodyNode[] = [];
  if (before.length) nodes.push({ type: 'paragraph', text: joinLines(before.map((l) => l.text)), source: sourceOf(file, before[0].no, before[before.length - 1].no) });
  nodes.push({ type: 'activity', id: `${documentId}--${localId}`, source: sourceOf(file, first, last) });

  if (firstSentence) nodes.push({ type: 'paragraph', text: `Involverte: ${involvedText}`, source: cell('involved')!.labelLines[0] ? sourceOf(file, cell('involved')!.labelLines[0].no, last) : sourceOf(file, first, last) });
  if (unpaired.length) {
    const mc = cell('milestones')!;
    diagnostics.push({ level: 'warning', file, line: mc.labelLines[0].no, message: `aktivitet ${act.number}: ${milestones.length} milepæler, men ${unpaired.length} datoer; datoene er ikke koblet til milepælene` });
    nodes.push({ type: 'paragraph', text: `Fristene i matrisen kunne ikke kobles sikkert til milepælene (${milestones.length} milepæler, ${unpaired.length} datoer): ${unpaired.map((l) => l.text).join(', ')}.`, source: sourceOf(file, unpaired[0].no, unpaired[unpaired.length - 1].no) });
  }
  return nodes;
}

/** The most frequent of the strings. */
function mostFrequent(items: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const x of items) count.set(x, (count.get(x) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export const programmeReportRecogniser: Recogniser = { family: 'programme-report', kind: 'rapport', extract };
