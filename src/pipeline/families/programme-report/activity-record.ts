/**
 * One activity read into its record (fields, milestones, parties) and the body nodes that show it:
 * the `activity` node, and the activity's remaining text as prose beside it so no line is lost.
 */
import type { Activity, BodyNode } from '../../../schemas/index.ts';
import { urls } from '../../../lib/urls.ts';
import { sourceOf, type Diagnostic, type SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { plainActivityOpener, type ActivityField } from '../../../vocabulary/programme-report.ts';
import { readCells, type ActivityRange, type FieldCell } from './activities.ts';
import { readMilestones, type MilestoneReading } from './milestones.ts';

/** What an activity needs from its document. */
export interface ActivityContext {
  file: string;
  documentId: string;
  chapterId: string;
  lines: SourceLine[];
  breaks: Set<number>;
}

/** Items of a cell: a bullet or the text after the label opens an item, other lines continue it. */
function itemsOf(cell: FieldCell | undefined): string[] {
  if (!cell) return [];
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

/** Involved parties are the cell's first sentence; what follows describes them. */
function involvedOf(cell: FieldCell | undefined): { parties: string[]; described?: string } {
  const text = cellText(cell);
  if (!text) return { parties: [] };
  const firstSentence = /^(.+?[^.\s]{3,}\.)\s+(\p{Lu}.*)$/u.exec(text);
  return { parties: splitParties(firstSentence ? firstSentence[1] : text), described: firstSentence ? text : undefined };
}

/** The activity record of an activity's cells. */
function activityOf(act: ActivityRange, ctx: ActivityContext, cells: FieldCell[], reading: MilestoneReading, involved: string[]): Activity {
  const cell = (f: ActivityField) => cells.find((c) => c.field === f);
  const localId = `aktivitet-${act.number.replace(/\./g, '-')}`;
  return {
    id: `${ctx.documentId}--${localId}`,
    documentId: ctx.documentId,
    chapterId: ctx.chapterId,
    number: act.number,
    title: act.title,
    subGoal: cellText(cell('subGoal')),
    measures: itemsOf(cell('measures')),
    expectedResults: itemsOf(cell('expectedResults')),
    effectGoals: itemsOf(cell('effectGoals')),
    rationale: cellText(cell('rationale')),
    milestones: reading.milestones,
    status: cellText(cell('status')),
    recommendations: itemsOf(cell('recommendations')),
    involved,
    // the report's own words for the matrix, shown as the page's labels
    kindLabel: act.prefix && act.prefix !== plainActivityOpener ? act.prefix : undefined,
    labels: Object.fromEntries([...cells].reverse().map((c) => [c.field, c.label])),
    themes: [],
    regions: [],
    url: urls.activity(ctx.documentId, localId),
    source: sourceOf(ctx.file, ctx.lines[act.start].no, ctx.lines[act.end].no),
  };
}

/** Paragraphs of loose lines, cut where a blank line stood. */
function paragraphsOf(lines: SourceLine[], ctx: ActivityContext): BodyNode[] {
  const runs: SourceLine[][] = [];
  for (const l of lines) {
    const prev = runs[runs.length - 1];
    if (prev && !ctx.breaks.has(l.no) && prev[prev.length - 1].no < l.no) prev.push(l);
    else runs.push([l]);
  }
  return runs.map((r) => ({ type: 'paragraph', text: joinLines(r.map((l) => l.text)), source: sourceOf(ctx.file, r[0].no, r[r.length - 1].no) }));
}

/** One activity: its record pushed to `out`, and its body nodes. */
export function activityNodes(act: ActivityRange, ctx: ActivityContext, out: Activity[], diagnostics: Diagnostic[]): BodyNode[] {
  const { cells, before, loose } = readCells(act, ctx.lines, ctx.breaks);
  const milestoneCell = cells.find((c) => c.field === 'milestones');
  const reading = milestoneCell ? readMilestones([...(milestoneCell.rest ? [milestoneCell.rest] : []), ...milestoneCell.lines].map((l) => (l === milestoneCell.rest ? { ...l, bullet: false } : l)), ctx.breaks) : { milestones: [], unpaired: [], stray: [] };
  const { parties, described } = involvedOf(cells.find((c) => c.field === 'involved'));
  out.push(activityOf(act, ctx, cells, reading, parties));
  const first = ctx.lines[act.start].no;
  const last = ctx.lines[act.end].no;
  const nodes: BodyNode[] = [...paragraphsOf(before, ctx), { type: 'activity', id: `${ctx.documentId}--aktivitet-${act.number.replace(/\./g, '-')}`, source: sourceOf(ctx.file, first, last) }];
  nodes.push(...paragraphsOf([...loose, ...reading.stray].sort((a, b) => a.no - b.no), ctx));
  const involvedCell = cells.find((c) => c.field === 'involved');
  if (described && involvedCell) nodes.push({ type: 'paragraph', text: `Involverte: ${described}`, source: sourceOf(ctx.file, involvedCell.labelLines[0].no, last) });
  if (reading.unpaired.length && milestoneCell) {
    const { milestones, unpaired } = reading;
    const reason = `aktivitet ${act.number}: ${milestones.length} milepæler, men ${unpaired.length} datoer; datoene er ikke koblet til milepælene`;
    const lines: [number, number] = [unpaired[0].no, unpaired[unpaired.length - 1].no];
    out[out.length - 1].uncertain = { reason, lines };
    diagnostics.push({ level: 'warning', file: ctx.file, line: milestoneCell.labelLines[0].no, message: reason });
    // the dates stay in the text as written, under the matrix's own label
    nodes.push({ type: 'paragraph', text: `${milestoneCell.label}: ${unpaired.map((l) => l.text).join(', ')}`, source: sourceOf(ctx.file, ...lines) });
  }
  return nodes;
}
