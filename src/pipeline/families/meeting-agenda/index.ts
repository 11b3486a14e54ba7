/**
 * Meeting notices and agendas (sakskart, møteinnkalling): the meeting's date, time and place, the
 * numbered items (each counted once though listed and repeated as headings) with their proposed
 * decisions, a round-table item with one entry per member, and the invitees. Every line is also
 * published as readable text, item by item.
 */
import type { Agenda, BodyNode, Chapter } from '../../../schemas/index.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { emptyParts, type ExtractedParts, type Recogniser, type RecogniserInput } from '../types.ts';
import { ROUND_TABLE } from '../../../vocabulary/agenda.ts';
import { adjacencyOf, readDecision, type Adjacency } from '../case-document/decision.ts';
import { readMeetingFields } from './fields.ts';
import { agendaTitle } from './title.ts';
import { findItems, type FoundItem } from './items.ts';
import { findInvitees, type InviteeList } from './people.ts';
import { roundTableBody, roundTableEntries, toBlocks } from './round-table.ts';
import { wrapWidth } from '../line-width.ts';

export { splitNameOrganisation } from './people.ts';
export { placeOfLine } from './round-table.ts';

/** Where each item's own text runs: from below its heading to the next item's heading (indices in the non-blank lines). */
interface ItemSpan {
  item: FoundItem;
  from: number;
  to: number;
}

function spansOf(items: FoundItem[], end: number): ItemSpan[] {
  const byHeading = [...items].sort((a, b) => a.at - b.at);
  return byHeading.map((item, n) => ({ item, from: item.at + item.headingLines, to: n + 1 < byHeading.length ? byHeading[n + 1].at : end }));
}

/** The agenda record: fields, items in the order listed, their decisions, round table, invitees. */
function agendaOf(lines: SourceLine[], spans: ItemSpan[], invitees: InviteeList | undefined, file: string, adjacent: Adjacency): Agenda {
  const fields = readMeetingFields(lines);
  const agenda: Agenda = { date: fields.date, time: fields.time, endTime: fields.endTime, timeText: fields.timeText, place: fields.place, items: [], roundTable: [], invitees: [] };
  for (const { item, from, to } of [...spans].sort((a, b) => a.item.first - b.item.first)) {
    const body = lines.slice(from, to);
    const decision = readDecision(body, adjacent);
    const last = body[body.length - 1] ?? lines[item.at];
    agenda.items.push({ number: item.number, title: item.title, text: body.map((l) => l.text), ...(decision ? { decision: decision.points.map((p) => p.text) } : {}), source: sourceOf(file, lines[item.at].no, last.no) });
    if (ROUND_TABLE.test(item.title)) agenda.roundTable = roundTableEntries(body, file, wrapWidth(lines));
  }
  agenda.invitees = invitees?.people.map((p) => p.person) ?? [];
  return agenda;
}

function chapterOf(file: string, id: string, title: string, body: BodyNode[], lines: SourceLine[], number?: string): Chapter {
  return { id, number, title, themes: [], body, source: sourceOf(file, lines[0].no, lines[lines.length - 1].no) };
}

/** The invitees as a table: name, role where any has one, organisation. */
function inviteeTable(file: string, lines: SourceLine[], invitees: InviteeList): BodyNode {
  const withRole = invitees.people.some((p) => p.person.role);
  const rows = invitees.people.map(({ person: p }) => [p.name, ...(withRole ? [p.role ?? ''] : []), p.organisation ?? '']);
  const heading = lines[invitees.start];
  return { type: 'table', caption: heading.text.replace(/:\s*$/, ''), columns: [invitees.columns?.name ?? 'Navn', ...(withRole ? [invitees.columns?.role ?? 'Rolle'] : []), invitees.columns?.organisation ?? 'Organisasjon'], rows, source: sourceOf(file, heading.no, lines[invitees.end - 1].no) };
}

/** The invitees as a table, then the text after the list. */
function inviteeChapter(file: string, lines: SourceLine[], invitees: InviteeList): Chapter {
  const heading = lines[invitees.start];
  const body: BodyNode[] = [inviteeTable(file, lines, invitees), ...blocksToProse(toBlocks(lines.slice(invitees.end)), file, new IdMaker())];
  return chapterOf(file, 'inviterte', heading.text.replace(/:\s*$/, ''), body, lines.slice(invitees.start));
}

/** The notice's head before the first item: its text, with the invitee list as a table where the head holds it. */
function headBody(file: string, head: SourceLine[], invitees: InviteeList | undefined): BodyNode[] {
  const ids = new IdMaker();
  if (!invitees) return blocksToProse(toBlocks(head), file, ids);
  return [
    ...blocksToProse(toBlocks(head.slice(0, invitees.start)), file, ids),
    inviteeTable(file, head, invitees),
    ...blocksToProse(toBlocks(head.slice(invitees.end)), file, ids),
  ];
}

/** Chapters: the notice before the first item's text, one chapter per item, the invitees. */
function chaptersOf(file: string, lines: SourceLine[], spans: ItemSpan[], invitees: InviteeList | undefined): Chapter[] {
  const chapters: Chapter[] = [];
  const inHead = invitees !== undefined && spans.length > 0 && invitees.end <= spans[0].item.at;
  const firstHeading = spans[0]?.item.at ?? invitees?.start ?? lines.length;
  if (firstHeading > 0) chapters.push(chapterOf(file, 'start', 'Innkalling', headBody(file, lines.slice(0, firstHeading), inHead ? invitees : undefined), lines.slice(0, firstHeading)));
  for (const { item, from, to } of spans) {
    const body = lines.slice(from, to);
    const nodes = ROUND_TABLE.test(item.title) ? roundTableBody(body, file) : blocksToProse(toBlocks(body), file, new IdMaker());
    chapters.push(chapterOf(file, `sak-${item.number.toLowerCase().replace(/[/\s]+/g, '-')}`, item.title, nodes, lines.slice(item.at, Math.max(to, item.at + 1)), item.number));
  }
  if (invitees && !inHead) chapters.push(inviteeChapter(file, lines, invitees));
  return chapters;
}

/** The invitees: listed after the items (the usual place), or else in the notice's head above the list of items. */
function inviteesOf(lines: SourceLine[], listAt: number): InviteeList | undefined {
  const after = findInvitees(lines, listAt);
  if (after || listAt === 0) return after;
  const before = findInvitees(lines, 0);
  return before && before.end <= listAt ? before : undefined;
}

function extract(input: RecogniserInput): ExtractedParts {
  const { file, doc } = input;
  const parts = emptyParts();
  const lines = doc.lines.filter((l) => l.text !== '');
  if (!lines.length) return parts;
  const adjacent = adjacencyOf(doc.lines);
  const fields = readMeetingFields(lines);
  const listAt = fields.listLine ? lines.indexOf(fields.listLine) : 0;
  const invitees = inviteesOf(lines, listAt);
  const end = invitees && invitees.start > listAt ? invitees.start : lines.length;
  const spans = spansOf(findItems(lines, listAt, end, adjacent), end);
  const agenda = agendaOf(lines, spans, invitees, file, adjacent);
  parts.agenda = agenda;
  parts.guessedDate = fields.documentDate;
  parts.guessedTitle = agendaTitle(fields, lines);
  parts.guessedYear = Number((agenda.date ?? parts.guessedDate ?? '').slice(0, 4)) || undefined;
  parts.chapters = chaptersOf(file, lines, spans, invitees);
  if (!parts.chapters.length) parts.chapters.push(chapterOf(file, 'start', parts.guessedTitle ?? 'Sakskart', blocksToProse(input.blocks, file, new IdMaker()), lines));
  return parts;
}

export const meetingAgendaRecogniser: Recogniser = { family: 'meeting-agenda', kind: 'sakskart', extract };
