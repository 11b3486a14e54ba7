/**
 * A workshop's programme: time lines (`09.30 Kaffe`, `10.00 Velkommen v/ Navn, Organisasjon`, wrapped
 * inside the speaker), a flattened table (`Tid Tema Innleder`, each row's cells on one line, wrapped
 * cells on the next), or untimed lines (`Tittel v. Navn, Organisasjon`).
 */
import type { Person, Workshop } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import type { Uncertain } from '../../../schemas/uncertain.ts';
import { everyoneWords, givenNames, organisationWords, programmeTableColumns, speakerMarkers } from '../../../vocabulary/workshop.ts';
import { endsOpen, endsShort } from '../line-width.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { nameAtEnd, personOf, speakerOf } from './people.ts';

export type ProgrammeItem = Workshop['programme'][number];
export interface ReadItem { item: ProgrammeItem; lines: SourceLine[] }

/** `Tittel v. Navn, Organisasjon`, `v/ Navn`, `ved Navn`. */
export const SPEAKER = new RegExp(`\\s(?:${wordAlternation(speakerMarkers)})\\s*(.+)$`, 'u');
/** A clock time opening a programme line: `09.00`, `kl. 9:15`, `10.15–10.30`. */
export const CLOCK_PREFIX = /^(?:kl\.?\s*)?(\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\s+/i;
const EVERYONE_AT_END = new RegExp(`\\s(${wordAlternation(everyoneWords)})$`, 'u');
const ORGANISATION_WORD = new Set<string>(organisationWords);
const TABLE_WORDS = new Set<string>(Object.values(programmeTableColumns).flat().map((w) => w.toLowerCase()));

/** A programme table's header: column words only, a time column and a topic column among them. */
export function isProgrammeTableHeader(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const has = (col: readonly string[]) => col.some((w) => words.includes(w.toLowerCase()));
  return words.length >= 2 && words.every((w) => TABLE_WORDS.has(w)) && has(programmeTableColumns.time) && has(programmeTableColumns.topic);
}

/**
 * A speaker after a dash at the end of a line, `Opning – Reidun Skjæveland, ordførar i Time`: two to four
 * capitalised words, then a comma or the end of the line.
 */
const DASH_SPEAKER = /\s[–—-]\s+(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+){1,3})(?:,\s*(\S.*))?$/u;
const GIVEN = new Set<string>(givenNames);

/** The speakers' text after a marker (`v/ Navn, Organisasjon`) or a dash, where the line's title ends, and any doubt. */
function speakerPart(body: string, participants: Person[]): { at: number; text: string; uncertain?: Uncertain } | undefined {
  const m = SPEAKER.exec(body);
  if (m) return { at: m.index, text: m[1] };
  const d = DASH_SPEAKER.exec(body);
  if (!d) return undefined;
  const known = participants.some((p) => p.name === d[1]) || GIVEN.has(d[1].split(/[ -]/)[0]);
  // `Reiseliv – Hovden Alpinsenter, Bykle` reads the same way: without a known name it stays a guess
  if (!known && !d[2]) return undefined;
  return { at: d.index, text: d[2] ? `${d[1]}, ${d[2]}` : d[1], ...(known ? {} : { uncertain: { reason: `«${d[1]}» etter tankestreken er lest som innleder, men står ikke i deltakerlista` } }) };
}

/**
 * The speakers of a line, one text each: `;` parts, and names joined by `og` before the first comma
 * (`Lise Holt og Rune Dahl, Randsfjordmuseet`); an `og` after the comma is the organisation's (`Møre og Romsdal`).
 */
function speakerTexts(text: string): string[] {
  return text.split(/;\s*/).flatMap((part) => {
    const comma = part.indexOf(',');
    const names = (comma < 0 ? part : part.slice(0, comma)).split(/\s+og\s+/);
    if (comma >= 0) names[names.length - 1] += part.slice(comma);
    return names;
  });
}

/** An item of a time line: the time, the title and the speakers after the marker or the dash. */
function lineItem(text: string, participants: Person[]): ProgrammeItem {
  const clock = CLOCK_PREFIX.exec(text);
  const body = clock ? text.slice(clock[0].length) : text;
  const part = speakerPart(body, participants);
  const title = part ? body.slice(0, part.at).trim() : body;
  const speakers = part ? speakerTexts(part.text).map((s) => speakerOf(s, participants)) : [];
  // `Lise Holt og Rune Dahl, Randsfjordmuseet`: the organisation after the last name is shared
  const shared = speakers.at(-1)?.organisation;
  if (shared) for (const sp of speakers) sp.organisation ??= shared;
  if (part?.uncertain) for (const sp of speakers) sp.uncertain = part.uncertain;
  return { ...(clock ? { time: clock[1] } : {}), title, speakers };
}

/** What a programme reader knows of the page: where blank lines stood and how wide lines wrap. */
export interface PageLayout {
  breaks: Set<number>;
  width: number;
}

/**
 * A timed item goes on to the next line when it ends open, its speaker has no organisation yet, or its last
 * line ran to the wrap width and the next line, with no blank line before it, holds no time of its own.
 */
function timedContinues(cur: SourceLine[], next: SourceLine | undefined, page: PageLayout): boolean {
  if (!next || CLOCK_PREFIX.test(next.text) || next.bullet) return false;
  const text = joinLines(cur.map((l) => l.text));
  if (/^\p{Ll}/u.test(next.text) || endsOpen(text)) return true;
  if (!page.breaks.has(next.no) && !endsShort(cur[cur.length - 1].text, page.width)) return true;
  const m = SPEAKER.exec(text);
  return !!m && !m[1].includes(',');
}

/** Time lines from `lines[0]` on, each with the lines it wraps over; the programme ends at the first line that neither starts nor continues an item. */
export function readTimedLines(lines: SourceLine[], participants: Person[], page: PageLayout): ReadItem[] {
  const out: ReadItem[] = [];
  for (let i = 0; i < lines.length && CLOCK_PREFIX.test(lines[i].text); ) {
    const cur = [lines[i]];
    while (timedContinues(cur, lines[i + cur.length], page)) cur.push(lines[i + cur.length]);
    out.push({ item: lineItem(joinLines(cur.map((l) => l.text)), participants), lines: cur });
    i += cur.length;
  }
  return out;
}

/** A table row's cells: the time, the title and the speaker cell (`Navn, Organisasjon`, or `Alle`). */
function rowCells(text: string): { time: string; title: string; speaker?: string } {
  const clock = CLOCK_PREFIX.exec(text)!;
  const body = text.slice(clock[0].length);
  const comma = body.indexOf(',');
  if (comma > 0) {
    const words = body.slice(0, comma).split(/\s+/);
    const k = nameAtEnd(words);
    if (k >= 2) return { time: clock[1], title: words.slice(0, -k).join(' '), speaker: [...words.slice(-k), ''].join(' ').trim() + body.slice(comma) };
  }
  const all = EVERYONE_AT_END.exec(body);
  return all ? { time: clock[1], title: body.slice(0, all.index).trim(), speaker: all[1] } : { time: clock[1], title: body };
}

/** A wrapped line of a row: organisation words at its end continue the speaker cell, the rest the title. */
function splitContinuation(text: string, hasSpeaker: boolean): { title: string; speaker: string } {
  const words = text.split(/\s+/);
  let k = words.length;
  while (hasSpeaker && k > 0 && ORGANISATION_WORD.has(words[k - 1])) k--;
  return { title: words.slice(0, k).join(' '), speaker: words.slice(k).join(' ') };
}

/** Rows of a flattened programme table after its header; a line without a time continues the row above, until a blank line. */
export function readProgrammeTable(lines: SourceLine[], breaks: Set<number>, participants: Person[]): ReadItem[] {
  const rows: { time: string; title: string[]; speaker: string[]; lines: SourceLine[] }[] = [];
  for (const l of lines) {
    const row = rows[rows.length - 1];
    if (CLOCK_PREFIX.test(l.text)) {
      const c = rowCells(l.text);
      rows.push({ time: c.time, title: [c.title], speaker: c.speaker ? [c.speaker] : [], lines: [l] });
    } else if (row && !breaks.has(l.no)) {
      const part = splitContinuation(l.text, row.speaker.length > 0);
      if (part.title) row.title.push(part.title);
      if (part.speaker) row.speaker.push(part.speaker);
      row.lines.push(l);
    } else break;
  }
  return rows.map((r) => {
    const cell = joinLines(r.speaker);
    const speakers: Person[] = !cell ? [] : cell.includes(',') ? [speakerOf(cell, participants)] : [personOf(cell)];
    return { item: { time: r.time, title: joinLines(r.title), speakers }, lines: r.lines };
  });
}

/** Untimed programme lines joined until the item has its speaker and organisation; a line with no speaker before a capitalised line stands alone. */
export function readUntimedLines(lines: SourceLine[], participants: Person[]): ReadItem[] {
  const out: ReadItem[] = [];
  let cur: SourceLine[] = [];
  const close = () => {
    if (cur.length) out.push({ item: lineItem(joinLines(cur.map((l) => l.text)), participants), lines: cur });
    cur = [];
  };
  lines.forEach((l, i) => {
    cur.push(l);
    const text = joinLines(cur.map((x) => x.text));
    const next = lines[i + 1];
    const continues = next && (/^\p{Ll}/u.test(next.text) || endsOpen(text));
    const m = SPEAKER.exec(text);
    if (!continues && (!m || /,\s*\S/.test(m[1]) || !next || !/^\p{Ll}/u.test(next.text))) close();
  });
  close();
  return out.filter((o) => o.item.title.length > 0);
}
