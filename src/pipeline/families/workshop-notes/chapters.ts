/**
 * The chapters of workshop notes: one per task (its question, each group as a heading with its
 * points as a list), and the text around the tasks with the programme as a list or table and the
 * participants as a table. Every line ends up in a node.
 */
import type { BodyNode, Chapter, Dataset, Person } from '../../../schemas/index.ts';
import { extractNumericTables } from '../../extract/numeric-table.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { blockOf, joinLines } from '../../segment.ts';
import { slugify } from '../../../lib/slug.ts';
import { IdMaker } from '../prose.ts';
import { groupLabelOf, pointsOf, questionOf, type Group } from './tasks.ts';
import { PARTICIPANTS, PROGRAMME, sectionHeadingAt, type NoteLines, type TaskRange } from './sections.ts';
import type { ReadItem } from './programme.ts';

/** A task read: its record and its chapter. */
export function taskChapter(n: NoteLines, t: TaskRange, file: string): { task: { number: string; question: string; groups: Group[] }; chapter: Chapter } {
  const label = n.lines[t.at];
  const body = n.lines.slice(t.at + 1, t.end + 1);
  const groupAt = body.map((l, i) => (groupLabelOf(l) ? i : -1)).filter((i) => i >= 0);
  const intro = body.slice(0, groupAt[0] ?? body.length);
  const { question, used } = questionOf(t.rest, intro, n.breaks);
  // a question on the label's line wraps onto the lines below it: they belong to the chapter's title
  const titleLines = t.rest ? [label, ...intro.slice(0, used)] : [label];
  const ids = new IdMaker();
  const nodes: BodyNode[] = paragraphs(intro.slice(titleLines.length - 1), n.breaks, file);
  const groups: Group[] = [];
  groupAt.forEach((g, k) => {
    const gl = body[g];
    const label = groupLabelOf(gl)!;
    const { points, stray } = pointsOf(body.slice(g + 1, groupAt[k + 1] ?? body.length), n.breaks, n.width);
    // text on the label's line after the name (`Gruppe 2: Felles markedsføring`) is the group's first point
    const texts = [...(label.rest ? [label.rest] : []), ...points.map((p) => p.text)];
    groups.push({ name: label.name, points: texts });
    nodes.push({ type: 'heading', level: 2, id: ids.make(label.name), text: gl.text.replace(/:$/, ''), source: sourceOf(file, gl.no) });
    if (points.length) nodes.push({ type: 'list', ordered: false, items: points.map((p) => p.text), source: sourceOf(file, points[0].first, points[points.length - 1].last) });
    nodes.push(...paragraphs(stray, n.breaks, file));
  });
  const last = n.lines[t.end];
  const chapter: Chapter = { id: `oppgave-${t.number}`, title: joinLines(titleLines.map((l) => l.text)).replace(/:$/, ''), themes: [], body: nodes, source: sourceOf(file, label.no, last.no) };
  return { task: { number: t.number, question, groups }, chapter };
}

/** Runs of lines that follow each other with no blank line between (an indented line starts a new run). */
function runsOf(lines: SourceLine[], breaks: Set<number>): SourceLine[][] {
  const runs: SourceLine[][] = [];
  for (const l of lines) {
    const prev = runs[runs.length - 1];
    if (prev && !breaks.has(l.no) && !l.indented) prev.push(l);
    else runs.push([l]);
  }
  return runs;
}

/** Paragraphs of lines, cut where a blank line stood. */
export function paragraphs(lines: SourceLine[], breaks: Set<number>, file: string): BodyNode[] {
  return runsOf(lines, breaks).map((r) => ({ type: 'paragraph', text: joinLines(r.map((l) => l.text)), source: sourceOf(file, r[0].no, r[r.length - 1].no) }));
}

/** What the chapters of the notes need from the document, and where they put its datasets. */
export interface NotesContext {
  file: string;
  documentId: string;
  datasets: Dataset[];
  tableNo: { n: number };
}

/** Paragraphs of lines, with the numeric tables among them handed to the numeric-table reader. */
function proseAndTables(lines: SourceLine[], n: NoteLines, ctx: NotesContext, chapterId: string, titleHint: string): BodyNode[] {
  const runs = runsOf(lines, n.breaks).map(blockOf);
  const out: BodyNode[] = [];
  const nextLocalId = () => `tabell-${++ctx.tableNo.n}`;
  for (const part of extractNumericTables(runs, { file: ctx.file, documentId: ctx.documentId, chapterId, nextLocalId, titleHint })) {
    if ('kind' in part) {
      ctx.datasets.push(part.dataset);
      out.push({ type: 'dataset', id: part.dataset.id, source: part.dataset.source });
    } else out.push(...paragraphs(part.lines, n.breaks, ctx.file));
  }
  return out;
}

/** What the text around the tasks holds: the programme as read, and the participant rows. */
export interface AroundTasks {
  programme: ReadItem[];
  /** The programme table's header line, when the programme is a table. */
  programmeHeader?: SourceLine;
  participants: Person[];
  participantRows: SourceLine[];
}

/** The programme node: a table when the programme was one, else a list of its lines. */
function programmeNode(a: AroundTasks, file: string): BodyNode {
  const first = a.programmeHeader?.no ?? a.programme[0].lines[0].no;
  const source = sourceOf(file, first, a.programme[a.programme.length - 1].lines.at(-1)!.no);
  if (!a.programmeHeader) return { type: 'list', ordered: false, items: a.programme.map((it) => joinLines(it.lines.map((x) => x.text))), source };
  const speaker = (p: ReadItem) => p.item.speakers.map((s) => [s.name, s.role ?? s.organisation].filter(Boolean).join(', ')).join('; ');
  return { type: 'table', caption: 'Program', columns: a.programmeHeader.text.split(/\s+/), rows: a.programme.map((p) => [p.item.time ?? '', p.item.title, speaker(p)]), source };
}

/** A chapter of the text around the tasks: headings, the programme, the participants, paragraphs. */
export function aroundChapter(n: NoteLines, from: number, to: number, a: AroundTasks, ctx: NotesContext): Chapter {
  const { file } = ctx;
  const lines = n.lines.slice(from, to + 1);
  // a chapter after the tasks opens with its own heading, which is its title
  const headed = from > 0 && sectionHeadingAt(n, from);
  const title = from === 0 ? (a.programme.length ? 'Program og deltakere' : 'Innledning') : headed ? lines[0].text.replace(/:$/, '') : 'Avslutning';
  const id = from === 0 ? 'start' : slugify(title);
  const itemLines = new Set(a.programme.flatMap((it) => it.lines.map((l) => l.no)).concat(a.programmeHeader ? [a.programmeHeader.no] : []));
  const partRows = new Set(a.participantRows.map((l) => l.no));
  const ids = new IdMaker();
  const body: BodyNode[] = [];
  let para: SourceLine[] = [];
  const flush = () => {
    body.push(...proseAndTables(para, n, ctx, id, title));
    para = [];
  };
  lines.forEach((l, k) => {
    const i = from + k;
    if (k === 0 && headed) return;
    if (itemLines.has(l.no) || partRows.has(l.no)) {
      const firstOfPart = itemLines.has(l.no) ? l.no === Math.min(...itemLines) : l.no === a.participantRows[0].no;
      flush();
      if (firstOfPart) body.push(itemLines.has(l.no) ? programmeNode(a, file) : participantTable(a, file));
    } else if (PROGRAMME.test(l.text) || PARTICIPANTS.test(l.text) || (k > 0 && sectionHeadingAt(n, i))) {
      flush();
      body.push({ type: 'heading', level: 2, id: ids.make(l.text), text: l.text.replace(/:$/, ''), source: sourceOf(file, l.no) });
    } else para.push(l);
  });
  flush();

  return { id, title, themes: [], body, source: sourceOf(file, lines[0].no, lines[lines.length - 1].no) };
}

function participantTable(a: AroundTasks, file: string): BodyNode {
  const rows = a.participantRows;
  return { type: 'table', caption: 'Deltakere', columns: ['Navn', 'Organisasjon'], rows: a.participants.filter((p) => !p.role).map((p) => [p.name, p.organisation ?? '']), source: sourceOf(file, rows[0].no, rows[rows.length - 1].no) };
}
