/**
 * Where the parts of workshop notes stand: the programme, the participant list, each task with its
 * groups, and the text before, between and after them.
 */
import type { SourceLine } from '../../types.ts';
import { participantHeadings, programmeHeadings } from '../../../vocabulary/workshop.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { groupLabelOf, taskAt } from './tasks.ts';
import { opensNewItem } from '../line-width.ts';

export const PARTICIPANTS = new RegExp(`^(?:${wordAlternation(participantHeadings)})\\s*:?$`, 'iu');
export const PROGRAMME = new RegExp(`^(?:${wordAlternation(programmeHeadings)})\\s*:?$`, 'iu');
/** Longest line read as a section heading, in words and characters. */
const SECTION_HEADING_WORDS_MAX = 8;
const SECTION_HEADING_CHARS_MAX = 60;
/** Shortest line of prose that shows the line above it is a heading. */
const PROSE_LINE_MIN = 40;

/** The lines of the notes and what is known of their layout. */
export interface NoteLines {
  lines: SourceLine[];
  /** Line numbers that follow a blank line. */
  breaks: Set<number>;
  /** The width the notes' lines wrap at (`wrapWidth`). */
  width: number;
}

/** A heading of the notes' own (`Oppsummering og videre arbeid`): short, standing alone after a blank line, prose or a list below it. */
export function sectionHeadingAt(n: NoteLines, i: number): boolean {
  const l = n.lines[i];
  const next = n.lines[i + 1];
  // a heading holds no comma: `Navn, Organisasjon` is a participant
  if (l.bullet || !n.breaks.has(l.no) || !/^\p{Lu}/u.test(l.text) || /[.,;!?]$/.test(l.text) || l.text.includes(',')) return false;
  if (l.text.length > SECTION_HEADING_CHARS_MAX || l.text.split(/\s+/).length > SECTION_HEADING_WORDS_MAX || groupLabelOf(l) || taskAt(l)) return false;
  if (PARTICIPANTS.test(l.text) || PROGRAMME.test(l.text)) return true;
  return !next || (n.breaks.has(next.no) && !next.bullet && (next.text.length >= PROSE_LINE_MIN || PARTICIPANTS.test(next.text)));
}

export interface TaskRange { at: number; end: number; number: string; rest: string }

/** A point of a list: a bullet, or a line that opens an item where the PDF lost the bullet (`opensNewItem`). */
function listedPoint(n: NoteLines, i: number): boolean {
  const l = n.lines[i];
  const prev = n.lines[i - 1];
  return l.bullet || (!!prev && !n.breaks.has(l.no) && !l.indented && !groupLabelOf(prev) && opensNewItem(prev.text, l.text, n.width));
}

/**
 * The tasks and where each ends: at the next task, at the participant list, or at a section heading
 * after its groups' lists have started (`Oppsummering i plenum` after the last group's bullets or lost bullets).
 */
export function findTasks(n: NoteLines): TaskRange[] {
  const starts = n.lines.map((l, i) => (taskAt(l) ? i : -1)).filter((i) => i >= 0);
  return starts.map((at, k) => {
    const t = taskAt(n.lines[at])!;
    let end = (starts[k + 1] ?? n.lines.length) - 1;
    let grouped = false;
    let listed = false;
    for (let i = at + 1; i <= end; i++) {
      const l = n.lines[i];
      if (groupLabelOf(l)) grouped = true;
      else if (grouped && listedPoint(n, i)) listed = true;
      else if (PARTICIPANTS.test(l.text) || (grouped && listed && sectionHeadingAt(n, i))) {
        end = i - 1;
        break;
      }
    }
    return { at, end, number: t.number ?? String(k + 1), rest: t.rest };
  });
}
