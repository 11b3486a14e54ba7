/**
 * The meeting's own fields in a notice: date, time and place (`Dato:`, `Tid:`/`Tidspunkt:`,
 * `Sted:`/`Stad:`/`Møtestad:`, `Tid og sted:`), told apart from the letter's date (a `Dato:` far
 * from the meeting fields, the value line under a letterhead `Deres ref: Vår ref: … Dato:`, or a
 * closing `Knarvik, 04.03.2025`).
 */
import type { SourceLine } from '../../types.ts';
import { readDate } from '../../../vocabulary/time.ts';
import { AGENDA_LIST, AGENDA_TITLE, MEETING_LABELS } from '../../../vocabulary/agenda.ts';
import { LETTERHEAD_LABEL, PLACE_AND_DATE } from '../../../vocabulary/letter.ts';

export interface MeetingFields {
  /** The meeting's date, ISO, and as the notice writes it (`14. juni 2024`, `13.03.2025`; no weekday). */
  date?: string;
  dateText?: string;
  /** Who meets, as the notice's `Utval:` field names it (`Regionrådet Nordhordland`). */
  body?: string;
  /** Start time `HH:MM`, end time, and the time as written. */
  time?: string;
  endTime?: string;
  timeText?: string;
  place?: string;
  /** The letter's own date, ISO (the meeting date when the notice has no other). */
  documentDate?: string;
  /** The notice's title line and the line that opens the list of items. */
  titleLine?: SourceLine;
  listLine?: SourceLine;
}

/** A `Dato:` line counts as the meeting's when it stands this close (in non-blank lines) to its time or place. */
const FIELD_BLOCK_DISTANCE = 2;

/** `09.30` / `9:30` → `09:30`. */
function clock(text: string): string {
  const [h, m] = text.split(/[.:]/);
  return `${h.padStart(2, '0')}:${m}`;
}

/** Start and end of a time text: `kl. 09.00–14.00 (lunsj kl. 11.30)` → 09:00, 14:00. */
export function readClock(text: string): { time?: string; endTime?: string } {
  const m = /(?:\bkl\.?\s*)?(?<!\d)(\d{1,2}[.:]\d{2})(?:\s*[-–]\s*(\d{1,2}[.:]\d{2}))?/i.exec(text);
  return m ? { time: clock(m[1]), endTime: m[2] ? clock(m[2]) : undefined } : {};
}

const valueOf = (line: SourceLine | undefined, label: RegExp) => line?.text.replace(label, '').trim();

/** The time as written: the value of the time label, without a date or weekday before the clock. */
function timeTextOf(value: string): string {
  const at = value.search(/\bkl\.?\s*\d|(?<![\d.])\d{1,2}[.:]\d{2}(?![.\d])/i);
  return (at > 0 ? value.slice(at) : value).replace(/,\s*$/, '').trim();
}

/** The place of a `Tid og sted:` value: what follows the clock time (`…, kl 12:00-13:00, Oslo rådhus`). */
function placeOfTimeAndPlace(value: string): string | undefined {
  const m = /\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*,\s*(.+)$/.exec(value);
  return m?.[1].trim();
}

/** The letter's date: the value line under a letterhead naming `Dato`, or a closing `Sted, dd.mm.yyyy`. */
function letterDate(lines: SourceLine[]): string | undefined {
  const head = lines.findIndex((l) => LETTERHEAD_LABEL.test(l.text) && /\bdato\s*:/i.test(l.text));
  const under = head >= 0 ? readDate(lines[head + 1]?.text ?? '') : undefined;
  if (under) return under.iso;
  const closing = lines.find((l) => PLACE_AND_DATE.test(l.text));
  return closing ? readDate(closing.text)?.iso : undefined;
}

/** Reads the meeting fields from the non-blank lines of a notice. */
export function readMeetingFields(lines: SourceLine[]): MeetingFields {
  const find = (re: RegExp) => lines.find((l) => re.test(l.text));
  const dateLine = find(MEETING_LABELS.date);
  const timeLine = find(MEETING_LABELS.time);
  const placeLine = find(MEETING_LABELS.place);
  const both = find(MEETING_LABELS.timeAndPlace);
  const titleLine = find(AGENDA_TITLE);
  const listLine = find(AGENDA_LIST) ?? titleLine;
  const near = (a?: SourceLine, b?: SourceLine) => !!a && !!b && Math.abs(lines.indexOf(a) - lines.indexOf(b)) <= FIELD_BLOCK_DISTANCE;
  const timeValue = valueOf(timeLine, MEETING_LABELS.time) ?? valueOf(both, MEETING_LABELS.timeAndPlace);
  // a time line with its own date leaves the `Dato:` line to the letter
  const dateIsMeeting = !(timeValue && readDate(timeValue)) && (near(dateLine, timeLine ?? both) || near(dateLine, placeLine));
  const found = (timeValue ? readDate(timeValue) : undefined) ?? (dateIsMeeting ? readDate(dateLine!.text) : undefined) ?? (titleLine ? readDate(titleLine.text) : undefined) ?? (both ? readDate(both.text) : undefined);
  const meetingDate = found?.iso;
  const ownDate = !dateIsMeeting && dateLine ? readDate(dateLine.text)?.iso : undefined;
  const timeText = timeValue ? timeTextOf(timeValue) : undefined;
  const place = valueOf(placeLine, MEETING_LABELS.place) ?? (both ? placeOfTimeAndPlace(valueOf(both, MEETING_LABELS.timeAndPlace)!) : undefined);
  const body = valueOf(find(MEETING_LABELS.body), MEETING_LABELS.body);
  return {
    date: meetingDate,
    ...(found ? { dateText: found.text } : {}),
    ...(body ? { body } : {}),
    ...(timeText ? { ...readClock(timeText), timeText } : {}),
    place: place || undefined,
    documentDate: ownDate ?? letterDate(lines) ?? meetingDate,
    titleLine,
    listLine,
  };
}
