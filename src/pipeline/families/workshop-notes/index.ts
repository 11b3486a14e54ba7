/**
 * Notes from a workshop (arbeidsverksted, samling): a programme (time lines, a `Tid Tema Innleder`
 * table, or `Tittel v. Navn, Organisasjon` lines), a participant list (`Navn, Organisasjon` lines or a
 * `Navn Organisasjon` table), and group tasks (`Gruppeoppgave 1:`, `Oppgave:`) answered by groups
 * (`Gruppe 1:`, `Gruppe A`, groups named by who they were) as points.
 */
import { coverTitle } from '../../extract/cover-title.ts';
import type { Chapter, Workshop } from '../../../schemas/index.ts';
import { emptyParts, type ExtractedParts, type Recogniser, type RecogniserInput } from '../types.ts';
import { paragraphBreaks } from '../paragraph-breaks.ts';
import { wrapWidth } from '../line-width.ts';
import { findTasks, PARTICIPANTS, PROGRAMME, sectionHeadingAt, type NoteLines } from './sections.ts';
import { CLOCK_PREFIX, isProgrammeTableHeader, readProgrammeTable, readTimedLines, readUntimedLines } from './programme.ts';
import { isParticipantTableHeader, readParticipants } from './participants.ts';
import { aroundChapter, taskChapter, type AroundTasks, type NotesContext } from './chapters.ts';
import { taskAt } from './tasks.ts';
import { guessTitle } from './title.ts';

export { personOf } from './people.ts';

/** Lines of a programme's lead-in or first rows searched for its time lines or table header. */
const PROGRAMME_LOOKAHEAD = 4;

/** Where the participant list runs: from its heading (or table header) to the next task or section heading. */
function participantRange(n: NoteLines): [number, number] | undefined {
  const at = n.lines.findIndex((l) => PARTICIPANTS.test(l.text) || isParticipantTableHeader(l.text));
  if (at < 0) return undefined;
  const from = PARTICIPANTS.test(n.lines[at].text) ? at + 1 : at;
  let to = from;
  while (to < n.lines.length && !taskAt(n.lines[to]) && !PROGRAMME.test(n.lines[to].text) && !(to > from && sectionHeadingAt(n, to))) to++;
  return [from, to - 1];
}

/** The programme after its heading: a table, time lines, or untimed lines up to the participants or the first task. */
function readProgramme(n: NoteLines, participants: AroundTasks['participants'], stop: number): Pick<AroundTasks, 'programme' | 'programmeHeader'> {
  const at = n.lines.findIndex((l) => PROGRAMME.test(l.text));
  const headerAt = n.lines.findIndex((l) => isProgrammeTableHeader(l.text));
  if (headerAt >= 0) return { programme: readProgrammeTable(n.lines.slice(headerAt + 1), n.breaks, participants), programmeHeader: n.lines[headerAt] };
  if (at < 0) return { programme: timedWithoutHeading(n, stop, participants) };
  const firstTimed = n.lines.slice(at + 1, at + 1 + PROGRAMME_LOOKAHEAD).findIndex((l) => CLOCK_PREFIX.test(l.text));
  if (firstTimed >= 0) return { programme: readTimedLines(n.lines.slice(at + 1 + firstTimed), participants, n) };
  const lines = n.lines.slice(at + 1, stop);
  // items come after the last lead-in line ending in a colon
  const leadIn = lines.map((l) => /:$/.test(l.text)).lastIndexOf(true);
  return { programme: readUntimedLines(lines.slice(leadIn + 1), participants) };
}

/** Least time lines in a row that make a programme without a heading. */
const UNHEADED_PROGRAMME_MIN = 3;

/** Time lines before the tasks with no `Program` heading above them: a programme when enough follow each other. */
function timedWithoutHeading(n: NoteLines, stop: number, participants: AroundTasks['participants']): AroundTasks['programme'] {
  const at = n.lines.slice(0, stop).findIndex((l) => CLOCK_PREFIX.test(l.text));
  if (at < 0) return [];
  const items = readTimedLines(n.lines.slice(at, stop), participants, n);
  return items.length >= UNHEADED_PROGRAMME_MIN ? items : [];
}

function extract(input: RecogniserInput): ExtractedParts {
  const { file } = input;
  const parts = emptyParts();
  const lines = input.doc.lines.filter((l) => l.text !== '');
  const n: NoteLines = { lines, breaks: paragraphBreaks(input.doc), width: wrapWidth(lines) };
  const tasks = findTasks(n);
  const all = n.lines.map((l) => l.text).join(' ');
  const range = participantRange(n);
  const reading = range ? readParticipants(n.lines.slice(range[0], range[1] + 1), all) : { participants: [], rows: [], other: [] };
  const progAt = n.lines.findIndex((l) => PROGRAMME.test(l.text));
  const stop = [range && range[0] > progAt ? range[0] - 1 : undefined, tasks[0]?.at].filter((x): x is number => x !== undefined).reduce((a, b) => Math.min(a, b), n.lines.length);
  const around: AroundTasks = { ...readProgramme(n, reading.participants, stop), participants: reading.participants, participantRows: reading.rows };
  const workshop: Workshop = { programme: around.programme.map((p) => p.item), participants: reading.participants, tasks: [] };
  const chapters: Chapter[] = [];
  const ctx: NotesContext = { file, documentId: input.documentId, datasets: parts.datasets, tableNo: { n: 0 } };
  let from = 0;
  for (const t of tasks) {
    if (t.at > from) chapters.push(aroundChapter(n, from, t.at - 1, around, ctx));
    const { task, chapter } = taskChapter(n, t, file);
    workshop.tasks.push({ ...task, themes: [], source: chapter.source });
    chapters.push(chapter);
    from = t.end + 1;
  }
  if (from < n.lines.length) chapters.push(aroundChapter(n, from, n.lines.length - 1, around, ctx));
  parts.chapters.push(...uniqueIds(chapters));
  parts.workshop = workshop;
  // the title the front page composes (`REFERAT` over the meeting's name), else a guess from the text
  parts.guessedTitle = coverTitle(input.doc.lines) ?? guessTitle(all);
  return parts;
}

/** Chapter ids made unique in order (`avslutning`, `avslutning-2`). */
function uniqueIds(chapters: Chapter[]): Chapter[] {
  const used = new Set<string>();
  return chapters.map((c) => {
    let id = c.id;
    for (let k = 2; used.has(id); k++) id = `${c.id}-${k}`;
    used.add(id);
    return { ...c, id };
  });
}

export const workshopNotesRecogniser: Recogniser = { family: 'workshop-notes', kind: 'referat', extract };
