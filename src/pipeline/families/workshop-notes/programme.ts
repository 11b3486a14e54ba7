/**
 * A workshop's programme: time lines (`09.30 Kaffe`, `10.00 Velkommen v/ Navn, Organisasjon`, wrapped
 * inside the speaker), a flattened table (`Tid Tema Innleder`, each row's cells on one line, wrapped
 * cells on the next), or untimed lines (`Tittel v. Navn, Organisasjon`).
 */
import type { Person, Workshop } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { everyoneWords, organisationWords, programmeTableColumns, speakerMarkers } from '../../../vocabulary/workshop.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';
import { nameAtEnd, personOf, speakerOf } from './people.ts';

export type ProgrammeItem = Workshop['programme'][number];
export interface ReadItem { item: ProgrammeItem; lines: SourceLine[] }

/** `Tittel v. Navn, Organisasjon`, `v/ Navn`, `ved Navn`. */
export const SPEAKER = new RegExp(`\\s(?:${wordAlternation(speakerMarkers)})\\s*(.+)$`, 'u');
/** A clock time opening a programme line: `09.00`, `kl. 9:15`, `10.15–10.30`. */
export const CLOCK_PREFIX = /^(?:kl\.?\s*)?(\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\s+/i;
/** Words a wrapped line continues after: `… Regionrådet for` / `Glåmdal`. */
const OPEN_END = /[,–-]$|\s(?:i|og|for|på|av|til|med|fra|frå)$/u;
const EVERYONE_AT_END = new RegExp(`\\s(${wordAlternation(everyoneWords)})$`, 'u');
const ORGANISATION_WORD = new Set<string>(organisationWords);
const TABLE_WORDS = new Set<string>(Object.values(programmeTableColumns).flat().map((w) => w.toLowerCase()));

/** A programme table's header: column words only, a time column and a topic column among them. */
export function isProgrammeTableHeader(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const has = (col: readonly string[]) => col.some((w) => words.includes(w.toLowerCase()));
  return words.length >= 2 && words.every((w) => TABLE_WORDS.has(w)) && has(programmeTableColumns.time) && has(programmeTableColumns.topic);
}

/** An item of a time line: the time, the title and the speakers after the marker. */
function lineItem(text: string, participants: Person[]): ProgrammeItem {
  const clock = CLOCK_PREFIX.exec(text);
  const body = clock ? text.slice(clock[0].length) : text;
  const m = SPEAKER.exec(body);
  const title = m ? body.slice(0, m.index).trim() : body;
  const speakers = m ? m[1].split(/\s+og\s+|;\s*/).map((s) => speakerOf(s, participants)) : [];
  // `Lise Holt og Rune Dahl, Randsfjordmuseet`: the organisation after the last name is shared
  const shared = speakers.at(-1)?.organisation;
  if (shared) for (const sp of speakers) sp.organisation ??= shared;
  return { ...(clock ? { time: clock[1] } : {}), title, speakers };
}

/** A timed item goes on to the next line when it ends open or its speaker has no organisation yet. */
function timedContinues(text: string, next: SourceLine | undefined): boolean {
  if (!next || CLOCK_PREFIX.test(next.text) || next.bullet) return false;
  if (/^\p{Ll}/u.test(next.text) || OPEN_END.test(text)) return true;
  const m = SPEAKER.exec(text);
  return !!m && !m[1].includes(',');
}

/** Time lines from `lines[0]` on, each with the lines it wraps over; the programme ends at the first line that neither starts nor continues an item. */
export function readTimedLines(lines: SourceLine[], participants: Person[]): ReadItem[] {
  const out: ReadItem[] = [];
  for (let i = 0; i < lines.length && CLOCK_PREFIX.test(lines[i].text); ) {
    const cur = [lines[i]];
    while (timedContinues(joinLines(cur.map((l) => l.text)), lines[i + cur.length])) cur.push(lines[i + cur.length]);
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
    const continues = next && (/^\p{Ll}/u.test(next.text) || /[,]$|\s(i|og|for|på|av)$/.test(text));
    const m = SPEAKER.exec(text);
    if (!continues && (!m || /,\s*\S/.test(m[1]) || !next || !/^\p{Ll}/u.test(next.text))) close();
  });
  close();
  return out.filter((o) => o.item.title.length > 0);
}
