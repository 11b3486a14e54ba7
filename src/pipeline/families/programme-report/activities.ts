/**
 * Where a programme report's activities stand and what their fields hold. Activities are opened by a
 * word and a number (`Aktivitet 1.1: …`, `Delprosjekt 2: …`) or by a bare number under an area heading
 * (`Innsatsområde 1: …` then `1.1 Tittel`); their fields are matrix rows or labelled paragraphs.
 */
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { activityAreaLabels, activityFieldLabels, activityOpeners, type ActivityField } from '../../../vocabulary/programme-report.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { matchLabel } from './labels.ts';

/** `Aktivitet 1.1: Tittel`, `Delprosjekt 2 – Tittel`, `Delprosjekt 3` (title on the next line). */
export const ACTIVITY = new RegExp(`^(${wordAlternation(activityOpeners)})\\s+(\\d{1,2}(?:\\.\\d{1,2}){0,2})(?:\\s*[:.–-]\\s*(.*)|\\s+(\\p{Lu}.*)|\\s*)$`, 'u');
/** `Innsatsområde 2: Kompetanse`, `Satsingsområde 1 – Reiseliv`. */
export const ACTIVITY_AREA = new RegExp(`^(?:${wordAlternation(activityAreaLabels)})\\s+(\\d{1,2})\\b\\s*[:.–-]?\\s*(.*)$`, 'u');
/** `1.2 Tittel` under an area: the area's number, a sub-number, a capitalised title. */
const AREA_ACTIVITY = /^(\d{1,2})\.(\d{1,2})\.?\s+(\p{Lu}.{2,})$/u;
/**
 * Openers that are also a field's label (`Tiltak`): in a matrix, `Tiltak 1. Ansette en rådgiver.` is an item of the
 * measures cell, so such a line opens an activity only when it does not end as a sentence or a list item does.
 */
const LABEL_OPENERS = new Set<string>(activityOpeners.filter((o) => activityFieldLabels.some((f) => f.heads.includes(o))));
const ENDS_AS_ITEM = /[.,;]$/;
/** Longest line read as an activity heading. */
const ACTIVITY_HEADING_MAX = 160;

export interface ActivityRange {
  start: number;
  headingEnd: number;
  end: number;
  number: string;
  /** The opening word as written (`Delprosjekt`), absent for a bare number. */
  prefix?: string;
  title: string;
}

/** An activity heading at line `i`: its number, opening word and the title on its line. */
function headingAt(lines: SourceLine[], i: number, area: string | undefined): { number: string; prefix?: string; title?: string } | undefined {
  const text = lines[i].text;
  if (text.length >= ACTIVITY_HEADING_MAX || lines[i].bullet) return undefined;
  const m = ACTIVITY.exec(text);
  if (m && !(LABEL_OPENERS.has(m[1]) && ENDS_AS_ITEM.test(text))) return { number: m[2], prefix: m[1], title: m[3] ?? m[4] };
  const n = area !== undefined ? AREA_ACTIVITY.exec(text) : null;
  if (n && n[1] === area && !ENDS_AS_ITEM.test(text)) return { number: `${n[1]}.${n[2]}`, title: n[3] };
  return undefined;
}

/** Activity and area headings of the text, in order. */
function headingsOf(lines: SourceLine[]): { at: number; kind: 'activity' | 'area'; found?: ReturnType<typeof headingAt> }[] {
  const out: { at: number; kind: 'activity' | 'area'; found?: ReturnType<typeof headingAt> }[] = [];
  let area: string | undefined;
  lines.forEach((l, i) => {
    const a = l.text.length < ACTIVITY_HEADING_MAX ? ACTIVITY_AREA.exec(l.text) : null;
    if (a && !l.bullet) {
      area = a[1];
      out.push({ at: i, kind: 'area' });
      return;
    }
    const found = headingAt(lines, i, area);
    if (found) out.push({ at: i, kind: 'activity', found });
  });
  return out;
}

/**
 * The activities of the text: their heading lines and where each ends — at the next activity or area
 * heading, or at the first chapter heading after its last field label.
 */
export function findActivities(lines: SourceLine[], isChapterHeading: (i: number) => boolean): ActivityRange[] {
  const heads = headingsOf(lines);
  const out: ActivityRange[] = [];
  heads.forEach((h, n) => {
    if (h.kind !== 'activity' || !h.found) return;
    const { start, headingEnd, title } = titleOf(lines, h.at, h.found.title);
    let end = (heads[n + 1]?.at ?? lines.length) - 1;
    let lastLabel = headingEnd;
    for (let i = headingEnd + 1; i <= end; i++) if (matchLabel(texts(lines, i))) lastLabel = i;
    for (let i = lastLabel + 1; i <= end; i++) {
      if (isChapterHeading(i)) {
        end = i - 1;
        break;
      }
    }
    // a bare number (`1.1 Tittel`) is an activity only when field labels follow it; otherwise it is a numbered line of a plan or a list
    if (!h.found.prefix && lastLabel === headingEnd) return;
    out.push({ start, headingEnd, end, number: h.found.number, prefix: h.found.prefix, title });
  });
  return out;
}

const texts = (lines: SourceLine[], i: number, to = lines.length - 1) => lines.slice(i, Math.min(to + 1, i + 3)).map((l) => l.text);

/** The title: on the heading line (continued on lower-case lines), or the next line when the heading holds only the number. */
function titleOf(lines: SourceLine[], start: number, onLine: string | undefined): { start: number; headingEnd: number; title: string } {
  let headingEnd = start;
  const title = onLine ? [onLine] : [];
  if (!onLine && lines[start + 1] && !matchLabel(texts(lines, start + 1))) title.push(lines[++headingEnd].text);
  while (lines[headingEnd + 1] && /^\p{Ll}/u.test(lines[headingEnd + 1].text) && !matchLabel(texts(lines, headingEnd + 1))) title.push(lines[++headingEnd].text);
  return { start, headingEnd, title: joinLines(title).replace(/\s*:$/, '') };
}

/** A field's label and the lines it holds. */
export interface FieldCell {
  field: ActivityField;
  labelLines: SourceLine[];
  label: string;
  /** Text after the label on its line, as a line of its own. */
  rest?: SourceLine;
  lines: SourceLine[];
}

export interface ActivityCells {
  cells: FieldCell[];
  /** Lines between the heading and the first label. */
  before: SourceLine[];
  /** Paragraphs after a labelled paragraph that belong to no field (a description between `Mål:` and `Milepælar:`). */
  loose: SourceLine[];
}

/**
 * Reads an activity's lines into field cells. A matrix cell runs to the next label; a labelled
 * paragraph (`Mål: …` with its text on the label's line) ends at the paragraph's end.
 */
export function readCells(act: ActivityRange, lines: SourceLine[], breaks: Set<number>): ActivityCells {
  const out: ActivityCells = { cells: [], before: [], loose: [] };
  const seen = new Set<ActivityField>();
  let open: FieldCell | undefined;
  let paragraph = false;
  for (let i = act.headingEnd + 1; i <= act.end; ) {
    const m = matchLabel(texts(lines, i, act.end));
    if (m && !seen.has(m.field)) {
      seen.add(m.field);
      const labelLines = lines.slice(i, i + m.used);
      const last = labelLines[labelLines.length - 1];
      open = { field: m.field, labelLines, label: m.label, rest: m.rest ? { ...last, text: m.rest, bullet: true } : undefined, lines: [] };
      paragraph = m.colon && !!m.rest;
      out.cells.push(open);
      i += m.used;
      continue;
    }
    if (open && paragraph && breaks.has(lines[i].no)) open = undefined;
    if (open) open.lines.push(lines[i]);
    else (out.cells.length ? out.loose : out.before).push(lines[i]);
    i++;
  }
  return out;
}
