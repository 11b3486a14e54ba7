/**
 * Meeting notices and agendas (sakskart, møteinnkalling): date, time and place lines, numbered
 * agenda items, a round-table item with one entry per municipality or region, and the list of
 * invitees. Every line is also published as readable text, item by item.
 */
import type { Agenda, BodyNode, Chapter, Person } from '../../../schemas/index.ts';
import { regions } from '../../../data/regions.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { blockOf, joinLines, type Block } from '../../segment.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { emptyParts, type Recogniser, type RecogniserInput } from '../types.ts';

/** `07.11.2024` or `7.11.24` → `2024-11-07`. */
export function isoDateNb(text: string): string | undefined {
  const m = /(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d{2})\b/.exec(text);
  if (!m) return undefined;
  const y = m[3].length === 2 ? `20${m[3]}` : m[3];
  const mo = Number(m[2]);
  const d = Number(m[1]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/** `7. november 2024` → `2024-11-07`. */
export function isoDateWordsNb(text: string): string | undefined {
  const m = new RegExp(`(\\d{1,2})\\.\\s*(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})`, 'i').exec(text);
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** Words before `kommune` that belong to the municipality's name. */
const NAME_PREFIX = /^(nordre|søndre|østre|vestre|indre|ytre|nord|sør|øvre|nedre|store|lille)$/i;

/**
 * Splits `Anne Kristine Feltman Bærum kommune` into name and organisation: the organisation starts
 * at the place before `kommune`, at a word naming a region, or else after the first two words.
 * @example splitNameOrganisation('Asbjørn Lunde Elverum Vekst') // { name: 'Asbjørn Lunde', organisation: 'Elverum Vekst' }
 */
export function splitNameOrganisation(text: string, knownOrganisations: string[] = []): Person {
  const words = text.trim().split(/\s+/);
  const joined = words.join(' ');
  for (const org of [...knownOrganisations].sort((a, b) => b.length - a.length)) {
    if (joined.endsWith(' ' + org) && joined.length > org.length + 3) return { name: joined.slice(0, -org.length - 1), organisation: org };
  }
  let at = words.findIndex((w, i) => i >= 2 && /^kommune\b/i.test(w));
  if (at >= 3) {
    at -= 1;
    if (at >= 3 && NAME_PREFIX.test(words[at - 1])) at -= 1;
  } else at = words.findIndex((w, i) => i >= 2 && /\p{L}region(en|ens)?$/iu.test(w));
  if (at < 2) at = Math.min(2, words.length - 1);
  if (words.length <= 2) return { name: joined };
  return { name: words.slice(0, at).join(' '), organisation: words.slice(at).join(' ') };
}

/** Places a round-table entry may be named after: regions and their municipalities. */
const PLACES = [...new Set(regions.flatMap((r) => [r.name as string, ...(r.aliases as readonly string[]), ...(r.municipalities as readonly string[])]))];

/** Edit distance, for names the text misspells (`Kongsvingerregoinen`). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/**
 * The municipality or region a short line names: `Horten kommune` → `Horten`, `Kongsvingerregoinen`
 * → `Kongsvingerregionen`; a line ending in kommune/regionen is accepted even when the place is unknown.
 */
export function placeOfLine(text: string): string | undefined {
  const t = text.replace(/[:.]\s*$/, '').trim();
  if (t.length > 45 || t.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(t)) return undefined;
  const bare = t.replace(/\s+(kommune|region|regionråd)$/i, '');
  const exact = PLACES.find((p) => p.toLowerCase() === bare.toLowerCase());
  if (exact) return exact;
  const close = PLACES.filter((p) => p.length > 6 && distance(p.toLowerCase(), bare.toLowerCase()) <= 2);
  if (close.length === 1) return close[0];
  if (/\s(kommune|region)$|regionen$/i.test(t)) return bare;
  return undefined;
}

/**
 * An agenda item: `1. Tittel`, `Sak 4. Tittel`, `Sak 4: Tittel`, or with the case number of the year
 * `Sak 1/25 Tittel`, `Sak 12/2024 Tittel`. Groups: `Sak` word, running number, `/year`, title.
 */
const AGENDA_ITEM = /^(sak\s+)?(\d{1,3})(\/\d{2,4})?(?:\.|:|\s*[-–])?\s+(\p{Lu}.{2,150})$/iu;
/** The item's number as written (`4`, `1/25`) and its title. */
function agendaItemOf(text: string): { number: string; seq: number; title: string; bySak: boolean } | undefined {
  const m = AGENDA_ITEM.exec(text);
  if (!m) return undefined;
  // a bare number needs its period (`4. Eventuelt`), as in a numbered list; `Sak 4 Eventuelt` does not
  if (!m[1] && !m[3] && !/^\d{1,3}\.\s/.test(text)) return undefined;
  return { number: m[2] + (m[3] ?? ''), seq: Number(m[2]), title: m[4].trim(), bySak: !!m[1] || !!m[3] };
}
/** `kl. 09.00–11.30` → `09:00-11:30`. */
function normaliseClock(text: string): string {
  return text.replace(/\s+/g, '').replace(/(\d{1,2})[.:](\d{2})/g, (_, h: string, m: string) => `${h.padStart(2, '0')}:${m}`).replace(/[–—]/g, '-');
}
const ROUND_TABLE = /runde rundt bordet|orientering(er)? fra|nytt fra (kommunene|medlemmene|regionene)|gjensidig orientering/i;
const INVITEES = /^(inviterte|invitert|innkalte|innkalt|deltakere|deltagere|til stede|møtedeltakere)\s*:?$/i;
const PERSON_HEADER = /^(fornavn\s+etternavn|navn)\s+(organisasjon|virksomhet|kommune|representerer)$/i;

/** Lines at and after the invitee heading: header line, then one person a line. */
function findInvitees(lines: SourceLine[]): { start: number; header?: SourceLine; people: SourceLine[] } | undefined {
  const at = lines.findIndex((l) => INVITEES.test(l.text));
  if (at < 0) return undefined;
  let k = at + 1;
  const header = PERSON_HEADER.test(lines[k]?.text ?? '') ? lines[k++] : undefined;
  const people: SourceLine[] = [];
  for (; k < lines.length; k++) {
    const t = lines[k].text;
    if (t.split(/\s+/).length < 2 || t.length > 90 || /[.:;]$/.test(t)) break;
    people.push(lines[k]);
  }
  return people.length >= 2 ? { start: at, header, people } : undefined;
}

/** The clock time of a `Tid:` line: `kl 12:00-13:00`, `kl. 09.00–11.30`, `10:00 - 12:00`. */
function timeOf(text: string): string | undefined {
  const m = /\bkl\.?\s*(\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)/i.exec(text) ?? /\b(\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?)/.exec(text);
  return m ? normaliseClock(m[1]) : undefined;
}

function extract(input: RecogniserInput): ReturnType<typeof emptyParts> {
  const { file, doc } = input;
  const parts = emptyParts();
  const lines = doc.lines.filter((l) => l.text !== '');
  const all = lines.map((l) => l.text);

  const dateLine = lines.find((l) => /^Dato\s*:/i.test(l.text));
  parts.guessedDate = dateLine ? isoDateNb(dateLine.text) : undefined;
  const timeLine = lines.find((l) => /^Tid\s*:/i.test(l.text)) ?? lines.find((l) => /^Tid og sted\s*:/i.test(l.text));
  const placeLine = lines.find((l) => /^Sted\s*:/i.test(l.text)) ?? lines.find((l) => /^Tid og sted\s*:/i.test(l.text));
  const titleLine = lines.find((l) => /^(sakskart|saksliste|dagsorden|møteinnkalling|innkalling)\b/i.test(l.text));
  // the list of items starts at the sakskart/saksliste line when the notice has one below its own title
  const listLine = lines.find((l) => /^(sakskart|saksliste|dagsorden)\b/i.test(l.text)) ?? titleLine;
  // a `Dato:` line in the block of `Tid:`/`Sted:` lines is the meeting's date, not the notice's
  const datedWithTime = dateLine && timeLine && Math.abs(lines.indexOf(dateLine) - lines.indexOf(timeLine)) <= 2 ? isoDateNb(dateLine.text) : undefined;
  const meetingDate = (timeLine && (isoDateNb(timeLine.text) ?? isoDateWordsNb(timeLine.text))) ?? (titleLine && isoDateNb(titleLine.text)) ?? datedWithTime;
  parts.guessedTitle = titleLine?.text.replace(/\s+/g, ' ').trim();
  parts.guessedYear = Number((meetingDate ?? parts.guessedDate ?? '').slice(0, 4)) || undefined;

  // agenda items: `1. …`, `2. …` in rising order after the title line
  // items numbered in rising order; `Sak 12/25` numbering runs through the year, so it may start anywhere
  const startAt = listLine ? lines.indexOf(listLine) : 0;
  const itemAt: number[] = [];
  let prevSeq: number | undefined;
  for (let i = startAt; i < lines.length; i++) {
    const it = agendaItemOf(lines[i].text);
    if (!it) continue;
    if (prevSeq === undefined ? it.seq === 1 || it.bySak : it.seq === prevSeq + 1) {
      itemAt.push(i);
      prevSeq = it.seq;
    }
  }
  const invitees = findInvitees(lines);
  const endOfItems = invitees ? invitees.start : lines.length;
  const agenda: Agenda = {
    date: meetingDate,
    time: timeLine ? timeOf(timeLine.text) : undefined,
    place: placeLine ? placeLine.text.replace(/^(Tid og sted|Sted)\s*:\s*/i, '').replace(/^.*\bkl\.?\s*[\d:.–-]+\s*,\s*/i, '').trim() : undefined,
    items: [],
    roundTable: [],
    invitees: [],
  };
  itemAt.forEach((at, n) => {
    const m = agendaItemOf(lines[at].text)!;
    const end = n + 1 < itemAt.length ? itemAt[n + 1] : endOfItems;
    const body = lines.slice(at + 1, end);
    agenda.items.push({ number: m.number, title: m.title, text: body.map((l) => l.text), source: sourceOf(file, lines[at].no, (body[body.length - 1] ?? lines[at]).no) });
    if (ROUND_TABLE.test(m.title)) agenda.roundTable = roundTableEntries(body, file);
  });
  if (invitees) {
    const orgCount = new Map<string, number>();
    for (const l of invitees.people) {
      const p = splitNameOrganisation(l.text);
      if (p.organisation) orgCount.set(p.organisation, (orgCount.get(p.organisation) ?? 0) + 1);
    }
    const known = [...orgCount.entries()].filter(([, c]) => c >= 2).map(([o]) => o);
    agenda.invitees = invitees.people.map((l) => splitNameOrganisation(l.text.replace(/\s+/g, ' '), known));
  }
  parts.agenda = agenda;

  // chapters: the notice before the first item, one chapter per item, the invitees
  const blocksOf = (from: number, to: number) => toBlocks(lines.slice(from, to));
  const ids = new IdMaker();
  const chapter = (id: string, title: string, body: BodyNode[], first: number, last: number, number?: string): Chapter => ({ id, number, title, themes: [], body, source: sourceOf(file, first, last) });
  const firstItem = itemAt[0] ?? endOfItems;
  if (firstItem > 0) parts.chapters.push(chapter('start', 'Innkalling', blocksToProse(blocksOf(0, firstItem), file, ids), lines[0].no, lines[firstItem - 1].no));
  itemAt.forEach((at, n) => {
    const end = n + 1 < itemAt.length ? itemAt[n + 1] : endOfItems;
    const item = agenda.items[n];
    const body = ROUND_TABLE.test(item.title) ? roundTableBody(lines.slice(at + 1, end), file) : blocksToProse(blocksOf(at + 1, end), file, new IdMaker());
    parts.chapters.push(chapter(`sak-${item.number.replace(/\//g, '-')}`, item.title, body, lines[at].no, lines[end - 1].no, item.number));
  });
  if (invitees) {
    const body: BodyNode[] = [];
    const rows = invitees.people.map((l, n) => [agenda.invitees[n].name, agenda.invitees[n].organisation ?? '']);
    const cols = invitees.header ? splitHeader(invitees.header.text) : ['Navn', 'Organisasjon'];
    body.push({ type: 'table', caption: lines[invitees.start].text, columns: cols, rows, source: sourceOf(file, lines[invitees.start].no, invitees.people[invitees.people.length - 1].no) });
    const after = invitees.start + 1 + (invitees.header ? 1 : 0) + invitees.people.length;
    body.push(...blocksToProse(blocksOf(after, lines.length), file, new IdMaker()));
    parts.chapters.push(chapter('inviterte', lines[invitees.start].text.replace(/:$/, ''), body, lines[invitees.start].no, lines[lines.length - 1].no));
  }
  if (!parts.chapters.length) parts.chapters.push(chapter('start', parts.guessedTitle ?? 'Sakskart', blocksToProse(input.blocks, file, ids), 1, lines[lines.length - 1]?.no ?? 1));
  void all;
  return parts;
}

/** `Fornavn Etternavn Organisasjon` → `['Fornavn Etternavn', 'Organisasjon']`. */
function splitHeader(text: string): string[] {
  const m = PERSON_HEADER.exec(text);
  return m ? [m[1], m[2]] : [text];
}

/** Consecutive source lines (blank lines already removed) regrouped into blocks at gaps in numbering and indented page starts. */
function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let cur: SourceLine[] = [];
  const flush = () => {
    if (cur.length) blocks.push(blockOf(cur));
    cur = [];
  };
  for (const l of lines) {
    const prev = cur[cur.length - 1];
    if (prev && (l.no > prev.no + 1 || (l.indented && !/^\p{Ll}/u.test(l.text)))) flush();
    cur.push(l);
  }
  flush();
  return blocks;
}

/**
 * The member a round-table line opens an entry for: a known place (`Horten kommune`), or a short name
 * of capitalised words over bullet points (`Flesberg:` above `- …`), since members are not all known.
 */
function entryOf(line: SourceLine, next: SourceLine | undefined, prev: SourceLine | undefined): string | undefined {
  if (line.bullet) return undefined;
  const known = placeOfLine(line.text);
  if (known) return known;
  const t = line.text.replace(/:\s*$/, '').trim();
  const words = t.split(/\s+/);
  const named = words.length <= 3 && t.length <= 40 && words.every((w) => /^\p{Lu}[\p{Ll}-]/u.test(w) || /^(og|i|kommune|region)$/.test(w)) && /^\p{Lu}/u.test(t);
  // a line right below another without a colon is the wrapped end of a bullet (`  Forsvar/beredskap`)
  const standsApart = /:\s*$/.test(line.text) || !prev || prev.no < line.no - 1;
  return named && standsApart && !/[.;,!?]/.test(t) && next?.bullet ? t : undefined;
}

/** Entries of a round-table item: a line naming a place opens an entry; its bullets or paragraphs are the points. */
function roundTableEntries(body: SourceLine[], file: string): Agenda['roundTable'] {
  const entries: Agenda['roundTable'] = [];
  let cur: { who: string; lines: SourceLine[]; at: SourceLine } | undefined;
  const flush = () => {
    if (!cur) return;
    const points = pointsOf(cur.lines);
    entries.push({ who: cur.who, points, themes: [], regions: [], source: sourceOf(file, cur.at.no, (cur.lines[cur.lines.length - 1] ?? cur.at).no) });
    cur = undefined;
  };
  body.forEach((l, i) => {
    const who = entryOf(l, body[i + 1], body[i - 1]);
    if (who) {
      flush();
      cur = { who, lines: [], at: l };
    } else if (cur) cur.lines.push(l);
  });
  flush();
  return entries;
}

/** Bullet items with their continuation lines; without bullets, the paragraphs. */
function pointsOf(lines: SourceLine[]): string[] {
  const points: SourceLine[][] = [];
  const hasBullets = lines.some((l) => l.bullet);
  for (const l of lines) {
    const prev = points[points.length - 1];
    const startsNew = hasBullets ? l.bullet || !prev : !prev || l.no > prev[prev.length - 1].no + 1;
    if (startsNew) points.push([l]);
    else prev.push(l);
  }
  return points.map((p) => joinLines(p.map((l) => l.text))).filter(Boolean);
}

/** The round-table item as a sub-heading per entry followed by its text. */
function roundTableBody(body: SourceLine[], file: string): BodyNode[] {
  const nodes: BodyNode[] = [];
  const ids = new IdMaker();
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length) nodes.push(...blocksToProse(toBlocks(run), file, ids, 3));
    run = [];
  };
  for (const [i, l] of body.entries()) {
    if (entryOf(l, body[i + 1], body[i - 1])) {
      flush();
      nodes.push({ type: 'heading', level: 2, id: ids.make(l.text), text: l.text, source: sourceOf(file, l.no) });
    } else run.push(l);
  }
  flush();
  return nodes;
}

export const meetingAgendaRecogniser: Recogniser = { family: 'meeting-agenda', kind: 'sakskart', extract };
