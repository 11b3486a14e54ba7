/**
 * Milestones of an activity with their dates, in the forms reports write them: lettered items with the
 * dates as a column after all texts (the PDF flattened a two-column matrix cell), a date at the end of
 * an item or on the line below it, bullets with the date in brackets (`• Søknad sendt (juni 2022)`),
 * and tables (`Milepæl Dato Status`).
 */
import type { Activity } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { milestoneDateLeads, milestoneNumberAbbreviations, milestoneNumberWords, milestoneStates, milestoneTableColumns } from '../../../vocabulary/programme-report.ts';
import { MONTH_PATTERN, QUARTER_WORDS, readDate, SEASON_PATTERN, wordAlternation } from '../../../vocabulary/time.ts';

type Milestone = Activity['milestones'][number];

/**
 * Core of a date as milestones write it: `01.06.2016`, `15.04.16`, `21. juni 2023`, `Juni 2016`, `Q2 2017`,
 * `2. kvartal 2017`, `Høsten 2017`, a span of months `juni–august 2025`.
 */
const DATE_CORE = String.raw`(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}\.\s*(?:${MONTH_PATTERN})\.?\s+\d{4}|(?:Q[1-4]|[1-4]\.\s*(?:${wordAlternation(QUARTER_WORDS)}))\s+\d{4}|(?:${MONTH_PATTERN})\.?\s*[–-]\s*(?:${MONTH_PATTERN})\.?\s+\d{4}|(?:${MONTH_PATTERN})\.?\s+\d{4}|(?:${SEASON_PATTERN})\s+\d{4})`;
const LEADS = wordAlternation(milestoneDateLeads);
const DATE_LINE = new RegExp(`^(?:(?:${LEADS})\\s*:?\\s+)?${DATE_CORE}$`, 'iu');
const DATE_AT_END = new RegExp(`\\s+[–-]?\\s*((?:(?:${LEADS})\\s*:?\\s+)?${DATE_CORE})$`, 'iu');
/**
 * A date opening an item, set off by a colon or a dash (`15.03.2022: Forprosjekt ferdig`, `Juni 2022 – Søknad sendt`)
 * or by a space before a capital (`15.01.2024 Oppstart av første kull`, `august 2025 Oppstart …`).
 */
const DATE_AT_START = new RegExp(`^(${DATE_CORE})(\\s*[:–-]\\s+|\\s+)(?=\\S)`, 'iu');

/** The date opening an item, if one does (`DATE_AT_START`); set off by a space only before a capital (checked apart: the date words need the `i` flag). */
function dateAtStart(text: string): RegExpExecArray | null {
  const m = DATE_AT_START.exec(text);
  return m && (/[:–-]/.test(m[2]) || /^\p{Lu}/u.test(text.slice(m[0].length))) ? m : null;
}
/** A date inside a table row (the date cell, then perhaps a status cell); a bare year only where no fuller date stands. */
const DATE_IN_ROW = [new RegExp(`(?:^|\\s)(${DATE_CORE})(?=\\s|$)`, 'giu'), /(?:^|\s)((?:19|20)\d{2})(?=\s|$)/gu];
/** A word that introduces a date on the next line: `… gjennomført. Gjennomført` / `06.06.16`. */
const DATE_LEAD = new RegExp(`\\s((?:${LEADS.split('|').map((w) => w[0].toUpperCase() + w.slice(1)).join('|')}):?)$`, 'u');
/** `M1 – …`, `MP3: …`, `Milepæl 2: …`: a milestone's own number label (kept apart from its text), then a colon, dash or dot. */
const MILESTONE_NUMBER = new RegExp(
  `^((?:${wordAlternation(milestoneNumberWords)})\\s+\\d{1,2}|(?:${wordAlternation(milestoneNumberAbbreviations)})\\d{1,2})\\s*[:.–-]\\s+(?=\\S)`,
  'u',
);
/** `a) …`, `1) …`, `1. …` open a milestone. */
const MILESTONE_ITEM = /^(?:[a-zæøå]\)|\d{1,2}[.)])\s*\S/u;
/** A bracket closing an item: `(15.03.2022)`, `(utsett til 2025)`. */
const BRACKET_AT_END = /\s*\(([^()]{1,60})\)$/u;
/** Share of a list's items that must end in a bracket before the brackets are read as its date column. */
const BRACKET_COLUMN_SHARE = 0.5;
const STATE = new RegExp(`^(?:${wordAlternation(milestoneStates)})\\b`, 'iu');
/** Longest text read as a table row's status cell after its date. */
const STATUS_CELL_MAX = 40;
const TABLE_WORDS = new Set<string>(Object.values(milestoneTableColumns).flat().map((w) => w.toLowerCase()));

/** A milestone with its ISO date when the date text gives a full date. */
function milestoneOf(text: string, dateText?: string, status?: string, label?: string): Milestone {
  // only a full date gets an ISO date; `juni 2022`, `Q4 2023` stay text
  const date = dateText ? readDate(dateText)?.iso : undefined;
  // `Søknad sendt, 30.06.2025`: the comma set the date off and is no part of the text
  const own = dateText ? text.replace(/\s*,$/, '') : text;
  return { ...(label ? { label } : {}), text: own, ...(dateText ? { dateText } : {}), ...(date ? { date } : {}), ...(status ? { status } : {}) };
}

/**
 * A header line of a milestone table: only column words, a date word among them — `Milepæl Dato Status`,
 * or `Dato Status` / `Frist` after a milestone label on the same line.
 */
export function isMilestoneTableHeader(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const has = (col: readonly string[]) => col.some((w) => words.includes(w.toLowerCase()));
  return words.every((w) => TABLE_WORDS.has(w)) && has(milestoneTableColumns.date);
}

export interface MilestoneReading {
  milestones: Milestone[];
  /** Dates that could not be paired with a milestone. */
  unpaired: SourceLine[];
  /** Lines after the list that are not milestones (a page number, a paragraph). */
  stray: SourceLine[];
}

/** The milestones of a cell's lines; `breaks` holds the lines that follow a blank line. */
export function readMilestones(lines: SourceLine[], breaks: Set<number>): MilestoneReading {
  if (lines.length && isMilestoneTableHeader(lines[0].text)) return readMilestoneTable(lines.slice(1), breaks);
  return readMilestoneList(dashItemsWithNumbers(lines), breaks);
}

/** `- 50 bedriftsbesøk …`: a dash and a number opening a line (never a bullet to the normaliser, which reads `-15` as a negative number). */
const DASH_BEFORE_NUMBER = /^-\s+\d/;

/** In a list bulleted with dashes, a line opening with a dash and a space before a number is an item too. */
function dashItemsWithNumbers(lines: SourceLine[]): SourceLine[] {
  const dashList = lines.some((l) => l.bullet && /^\s*-/.test(l.raw));
  return dashList ? lines.map((l) => (!l.bullet && DASH_BEFORE_NUMBER.test(l.text) ? { ...l, bullet: true, text: l.text.replace(/^-\s+/, '') } : l)) : lines;
}

/** The date cell of a table row: the last date after which only a status (or nothing) stands, with text before it. */
function dateCellOf(text: string): { before: string; dateText: string; after: string } | undefined {
  for (const re of DATE_IN_ROW) {
    const found = [...text.matchAll(re)].reverse().find((m) => {
      const after = text.slice(m.index + m[0].length).trim();
      return m.index > 0 && (!after || after.length <= STATUS_CELL_MAX || STATE.test(after));
    });
    if (found) return { before: text.slice(0, found.index).trim(), dateText: found[1], after: text.slice(found.index + found[0].length).trim() };
  }
  return undefined;
}

/** Rows `Tekst 15.03.2022 Gjennomført`; a line without a date continues the row above it. */
export function readMilestoneTable(lines: SourceLine[], breaks: Set<number>): MilestoneReading {
  const rows: { text: string[]; dateText?: string; status?: string }[] = [];
  const stray: SourceLine[] = [];
  let pending: string[] = [];
  for (const l of lines) {
    if (stray.length || (rows.length && breaks.has(l.no) && !dateCellOf(l.text))) {
      stray.push(l);
      continue;
    }
    const cell = dateCellOf(l.text);
    if (cell) {
      rows.push({ text: [...pending, cell.before.replace(/^•\s*/, '')], dateText: cell.dateText, status: cell.after || undefined });
      pending = [];
    } else if (rows.length && !pending.length) {
      const row = rows[rows.length - 1];
      if (row.status && STATE.test(l.text) && !/^\p{Lu}/u.test(l.text)) row.status += ` ${l.text}`;
      else row.text.push(l.text);
    } else pending.push(l.text);
  }
  const milestones = rows.map((r) => milestoneOf(joinLines(r.text), r.dateText, r.status));
  return { milestones, unpaired: [], stray };
}

type ListItem = { lines: string[]; dateText?: string; last: number; label?: string };

/** A list item opening at a line: its number label (`M1`) set apart from the text. */
function openItem(text: string, last: number): ListItem {
  const plain = text.replace(/^•\s*/, '');
  const numbered = MILESTONE_NUMBER.exec(plain);
  return numbered ? { lines: [plain.slice(numbered[0].length)], last, label: numbered[1] } : { lines: [plain], last };
}

/**
 * Lettered or bulleted milestones. Dates stand at the end of an item, on the line below it, in a
 * bracket closing it, or (most often in matrices) as a column after all item texts; the column is
 * paired in order only when the counts agree, otherwise the dates are returned unpaired.
 */
function readMilestoneList(lines: SourceLine[], breaks: Set<number>): MilestoneReading {
  const items: ListItem[] = [];
  const dates: { line: SourceLine; index: number }[] = [];
  const stray: SourceLine[] = [];
  const bulleted = lines.some((l) => l.bullet);
  lines.forEach((l, i) => {
    const prev = items[items.length - 1];
    if (stray.length || (bulleted && !l.bullet && breaks.has(l.no))) return void stray.push(l);
    if (DATE_LINE.test(l.text)) {
      if (!leadWordTakes(prev, l, i)) dates.push({ line: l, index: i });
      return;
    }
    if (MILESTONE_NUMBER.test(l.text) || MILESTONE_ITEM.test(l.text) || dateAtStart(l.text) || l.bullet || !prev || dates.length) items.push(openItem(l.text, i));
    else {
      prev.lines.push(l.text);
      prev.last = i;
    }
  });
  const out = datedItems(items);
  return { stray, ...pairDates(items, out, dates) };
}

/** `… gjennomført. Gjennomført` / `06.06.16`: the word on the line above introduces this date. */
function leadWordTakes(prev: ListItem | undefined, l: SourceLine, i: number): boolean {
  if (!prev || prev.dateText || prev.last !== i - 1) return false;
  const lastLine = prev.lines[prev.lines.length - 1];
  const lead = DATE_LEAD.exec(lastLine);
  if (!lead) return false;
  prev.lines[prev.lines.length - 1] = lastLine.slice(0, -lead[0].length).trim();
  prev.dateText = `${lead[1]} ${l.text}`;
  return true;
}

type DatedItem = { text: string; dateText?: string; label?: string };

/** Item texts with their number labels and the dates they carry themselves: a bracket column, or a date at the start or end. */
function datedItems(items: ListItem[]): DatedItem[] {
  return ownDates(items).map((m, k) => ({ ...m, ...(items[k].label ? { label: items[k].label } : {}) }));
}

function ownDates(items: ListItem[]): DatedItem[] {
  const texts = items.map((it) => joinLines(it.lines));
  const bracketed = texts.filter((t) => BRACKET_AT_END.test(t)).length;
  const bracketColumn = items.length > 0 && bracketed / items.length >= BRACKET_COLUMN_SHARE;
  return texts.map((text, k) => {
    if (items[k].dateText) return { text, dateText: items[k].dateText };
    const bracket = bracketColumn ? BRACKET_AT_END.exec(text) : null;
    if (bracket) return { text: text.slice(0, bracket.index).trim(), dateText: bracket[1].trim() };
    const start = dateAtStart(text);
    if (start) return { text: text.slice(start[0].length).trim(), dateText: start[1] };
    const end = DATE_AT_END.exec(text);
    return end ? { text: text.slice(0, end.index).trim(), dateText: end[1] } : { text };
  });
}

/** Pairs loose date lines with the items: a column after all texts in order, or each date with the item above it. */
function pairDates(items: ListItem[], out: DatedItem[], dates: { line: SourceLine; index: number }[]): Omit<MilestoneReading, 'stray'> {
  const lastItem = items.length ? items[items.length - 1].last : -1;
  const open = out.filter((m) => !m.dateText);
  const unpaired: SourceLine[] = [];
  if (dates.length && dates.every((d) => d.index > lastItem)) {
    if (open.length === dates.length) open.forEach((m, i) => (m.dateText = dates[i].line.text));
    else unpaired.push(...dates.map((d) => d.line));
  } else {
    for (const d of dates) {
      const owner = [...items.keys()].reverse().find((k) => items[k].last < d.index);
      if (owner !== undefined && !out[owner].dateText) out[owner].dateText = d.line.text;
      else unpaired.push(d.line);
    }
  }
  return { milestones: out.map((m) => milestoneOf(m.text, m.dateText, undefined, m.label)), unpaired };
}
