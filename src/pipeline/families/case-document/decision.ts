/**
 * The proposed decision under its label (`Forslag til vedtak:`, `Framlegg til vedtak:`,
 * `Innstilling:`, `Rådmannens forslag til vedtak:`): numbered or bulleted points, each running on
 * over its wrapped lines; without marks, the paragraph below the label is one point. Used by case
 * documents and by each item of an agenda.
 */
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { DECISION_LABEL, DECISION_POINT_MARK } from '../../../vocabulary/case-document.ts';

/** One decision point and its lines. */
export interface DecisionPoint {
  text: string;
  first: number;
  last: number;
}

/** Whether two non-blank lines stand right below each other in the source (no blank line between). */
export type Adjacency = (a: SourceLine, b: SourceLine) => boolean;

/** Builds the adjacency of a document's lines: consecutive among the normalised lines, blank lines counted. */
export function adjacencyOf(all: SourceLine[]): Adjacency {
  const position = new Map<SourceLine, number>();
  all.forEach((l, i) => position.set(l, i));
  return (a, b) => position.get(b) === (position.get(a) ?? -2) + 1;
}

const opensPoint = (l: SourceLine) => l.bullet || DECISION_POINT_MARK.test(l.text.trim());

/** How many lines of lead-in (`… følgende høringsuttalelse til …:`) may stand between the label and its marked points. */
const LEAD_IN_LINES = 4;

/** Where the points start: right below the label, or below a lead-in ending in a colon when marked points follow it. */
function pointsStart(lines: SourceLine[], at: number): { start: number; marked: boolean } {
  for (let k = at + 1; k < Math.min(lines.length - 1, at + 1 + LEAD_IN_LINES); k++) {
    if (opensPoint(lines[k]) || DECISION_LABEL.test(lines[k].text.trim())) break;
    if (/:$/.test(lines[k].text.trim()) && opensPoint(lines[k + 1])) return { start: k + 1, marked: true };
  }
  return { start: at + 1, marked: !!lines[at + 1] && opensPoint(lines[at + 1]) };
}

/** A line continues the point above it: right below it, or (double spacing) the point has not ended its sentence and the line starts in lower case. */
const continues = (prev: SourceLine, l: SourceLine, adjacent: Adjacency) => adjacent(prev, l) || (!/[.!?]$/.test(prev.text.trim()) && /^\p{Ll}/u.test(l.text.trim()));

/** The points that follow the label at `at` (index in the non-blank `lines`). */
function pointsAfter(lines: SourceLine[], at: number, adjacent: Adjacency): DecisionPoint[] {
  const points: SourceLine[][] = [];
  const { start, marked } = pointsStart(lines, at);
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (DECISION_LABEL.test(l.text.trim())) break;
    if (marked && opensPoint(l)) points.push([l]);
    else if (points.length && continues(lines[i - 1], l, adjacent)) points[points.length - 1].push(l);
    else if (!marked && !points.length) points.push([l]);
    else break;
  }
  return points.map((p) => ({ text: joinLines(p.map((l) => l.text)).replace(DECISION_POINT_MARK, ''), first: p[0].no, last: p[p.length - 1].no }));
}

/**
 * The decision points under the last of consecutive decision labels (`Innstilling:` above
 * `Rådmannens forslag til vedtak:`) in `lines`; the first labelled group with points wins.
 */
export function readDecision(lines: SourceLine[], adjacent: Adjacency): { label: SourceLine; points: DecisionPoint[] } | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!DECISION_LABEL.test(lines[i].text.trim())) continue;
    while (lines[i + 1] && DECISION_LABEL.test(lines[i + 1].text.trim())) i++;
    const points = pointsAfter(lines, i, adjacent);
    if (points.length) return { label: lines[i], points };
  }
  return undefined;
}
