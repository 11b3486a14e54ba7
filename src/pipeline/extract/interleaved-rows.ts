/**
 * Flattened action tables whose rows run over several lines with the cells side by side: a row's FIRST line
 * holds the start of the action text and then the other cells (responsible, partners, time, cost), and the
 * lines after it hold the continuation of the text followed by the continuations of the cells that were left
 * open (`Kvam Næringsråd,` / `Vestland fylkeskommune`, `Innan utgangen av` / `2026`).
 *
 * A row opens on a capitalised line starting with an action verb (`src/vocabulary/action-verbs.ts`), or on a
 * capitalised line that itself holds a time cell; continuation lines start in lower case. When the table does
 * not read this way throughout, `readInterleavedRows` gives up and the classic splitter reads it.
 */
import type { Block } from '../segment.ts';
import { joinLines } from '../segment.ts';
import type { SourceLine } from '../types.ts';
import type { ActionRow } from './action-table.ts';
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { parseTableHeader, type TableHeader } from './table-header.ts';
import { timeStart } from './time-cell.ts';
import { isCapitalised, numberingStyle, rowNumberAt, tokensOf, type NumberingStyle } from './table-tokens.ts';
import { GENERIC_PLURAL_ACTOR, SUBTOTAL_LINE } from '../../vocabulary/action-table.ts';
import { financingStart, FINANCING_WORDS_MAX, TIME_WORDS_BEFORE_YEAR } from './financing-cell.ts';
import { isTimeMarker } from './timeframe.ts';
import { finishesName, openNameStart } from './open-cell.ts';
import { endsBodyName, joinedByOg } from './cell-start.ts';
import { organisationHeads, legalForms } from '../../vocabulary/organisations.ts';
import { isActionVerb } from '../../vocabulary/action-verbs.ts';

/** Words that leave a cell open at the end of a line: the cell goes on in the next line. */
const OPEN_ENDINGS = /^(for|og|i|av|ved|med|til|på|langs|mot|fra|frå|utgangen|innen|innan)$/i;
/** Words a time cell takes from the next line (`Innan utgangen av` / `2026`). */
const TIME_CONTINUATION = /^(av|i|\d{4}|\d{4}[–-]\d{2,4})$/i;

const bare = (t: string) => t.replace(/[,.;:]$/, '').toLowerCase();
/** A lower-case word that ends an organisation's name (`fylkeskommune`, `herad`, `vegvesen`). */
const isNameTail = (t: string) => !isCapitalised(t) && (organisationHeads.includes(bare(t)));
/** A word that closes a name: a legal form or an organisation head. */
const closesName = (t: string) => legalForms.includes(bare(t)) || organisationHeads.includes(bare(t));

/** Lines inside the table that are no row: a page number, a `Sum` line, the header repeated after a page break. */
function isFurniture(l: SourceLine): boolean {
  return /^\d{1,3}$/.test(l.text) || SUBTOTAL_LINE.test(l.text) || parseTableHeader(l.text) !== undefined;
}

/** True when a line opens a new row: capitalised, and an action verb or a line that holds its own time cell. */
function opensRow(l: SourceLine, lex: ActorLexicon): boolean {
  const tokens = tokensOf(l.text);
  if (!tokens.length || !isCapitalised(tokens[0])) return false;
  return isActionVerb(tokens[0]) || timeStart(tokens, tokens.length, lex) > 1;
}

/** The table's lines grouped into rows (first line, continuation lines), or undefined when some line fits no row. */
function groupRows(lines: SourceLine[], lex: ActorLexicon): SourceLine[][] | undefined {
  const rows: SourceLine[][] = [];
  for (const l of lines) {
    if (isFurniture(l)) continue;
    if (opensRow(l, lex)) rows.push([l]);
    else if (rows.length && /^[a-zæøå\d]/.test(l.text)) rows[rows.length - 1].push(l);
    else return undefined;
  }
  return rows;
}

/** Rows of a table with a `Nr.` column: each opens at a line starting with a row number (taken off); any other line goes on in the row. */
function groupNumberedRows(lines: SourceLine[]): SourceLine[][] | undefined {
  const rows: SourceLine[][] = [];
  let style: NumberingStyle | undefined;
  for (const l of lines) {
    if (isFurniture(l)) continue;
    const m = rowNumberAt(l.text, style);
    if (m) style ??= numberingStyle(m.number);
    if (m) rows.push([{ ...l, text: l.text.slice(m.length).trim() }]);
    else if (rows.length) rows[rows.length - 1].push(l);
    else return undefined;
  }
  return rows;
}

/** A row's cells as token lists, in reading order. */
interface Cells {
  text: string[];
  responsible: string[];
  partners: string[];
  timeframe: string[];
  financing: string[];
}

/** Weights of the evidence that a name starts at a position in the names between the text and the time. */
const NAME_START_WEIGHTS = {
  /** the word before closes a name (`Kvam herad | Kvam Næringsråd`, `TINE SA | Nortura SA`) */
  afterClosingWord: 2,
  /** a place and its head start here and close the cell (`Visit Hardanger | Kvam herad,`) */
  placeAndHead: 2,
  /** a name the document or the vocabulary knows starts here (`Innovasjon Norge`, `Kommunene`) */
  knownName: 2,
  /** the word before joins names (`Regionrådet for | …`): the cell may go on */
  afterJoiningWord: -1,
  /** after an `og` inside the names (`Statens vegvesen og | Lindfjord kommune`, `Lindfjord og | Nesby kommune`): one cell */
  afterJoinedName: -4,
};
/** Least evidence for a cut between the responsible and the partners cell. */
const CONFIDENT_NAME_CUT = 2;
/** Words inside a name (`Regionrådet for Nord-Gudbrandsdal`, `Høgskulen på Vestlandet`, `Sel kommune og Dovre kommune`). */
const NAME_INNER = /^(og|for|i|på|av)$/i;

/** Words that may end a line inside a name cell that goes on in the next line (`Kommunene langs` / `Kystriksveien`). */
const NAME_OPEN_END = /^(og|for|i|på|av|langs|ved|med|til|mot|fra|frå)$/i;

/**
 * True when tokens[p..] can be the names of the row: capitalised words, name tails, inner words before a capital
 * or an open word ending the names (a cell left open for its next line: `Statens vegvesen og` / `Nesby kommune`,
 * `Kommunene langs` / `Kystriksveien`), `-`.
 */
function namesFrom(tokens: string[], p: number): boolean {
  const inner = (t: string, q: number) => (NAME_INNER.test(t) && isCapitalised(tokens[q + 1] ?? '')) || (q === tokens.length - 1 && q > p && NAME_OPEN_END.test(t));
  return tokens.slice(p).every((t, k) => isCapitalised(t) || t === '-' || isNameTail(t) || inner(t, p + k));
}

/** Where the time cell starts: the time reader's answer, or a capitalised time word that waits for its date on the next line (`Innan utgangen av`). */
function timeAt(tokens: string[], lex: ActorLexicon): number {
  const t = timeStart(tokens, tokens.length, lex);
  if (t >= 0) return t;
  const i = tokens.findIndex((x, k) => k > 1 && isCapitalised(x) && isTimeMarker(x));
  return i;
}

/** Where the text stops: the first capitalised word (or `-`) from which on everything reads as names; and whether that is sure. */
function textEnd(tokens: string[]): { at: number; sure: boolean } | undefined {
  for (let p = 1; p < tokens.length; p++) {
    if (!(isCapitalised(tokens[p]) || tokens[p] === '-') || !namesFrom(tokens, p)) continue;
    // `… industrinettverk for | Kvam herad`: after a joining word the name could belong to the text, unless it closes soon
    const closesSoon = tokens.slice(p, p + 3).some(closesName);
    return { at: p, sure: !NAME_INNER.test(tokens[p - 1]) || closesSoon };
  }
  return undefined;
}

/** The header puts a financing column between the names and the time (`… Partnere Budsjett (kr) Tidsramme`). */
const financingBeforeTime = (h: TableHeader) => h.roles.includes('financing') && h.roles.indexOf('financing') < h.roles.indexOf('timeframe');

/** Cuts a row's first line into cells; undefined when no time cell or no names are found. */
function cutFirstLine(tokens: string[], header: TableHeader, lex: ActorLexicon): { cells: Cells; sure: boolean } | undefined {
  const costBeforeTime = financingBeforeTime(header);
  const cost = header.roles.includes('financing') && !costBeforeTime && /^(\d[\d.,]*|-)$/.test(tokens[tokens.length - 1] ?? '') ? tokens.slice(-1) : [];
  const rest = tokens.slice(0, tokens.length - cost.length);
  let t = timeAt(rest, lex);
  if (t <= 1) return undefined;
  // a financing column before the time (`… Partnere Budsjett Tidsramme`): its cell stands between the names and the
  // time; a word between the amount and a year opens the time (`100 000 Sesongen 2026`)
  let f = t;
  // the time reader may take a financing phrase for the time's start (`Innenfor ramme 2027`): the phrase is the cost
  for (let e = t + 1; costBeforeTime && e < rest.length && e <= t + FINANCING_WORDS_MAX; e++) {
    if (financingStart(rest.slice(0, e)) !== t || timeAt(rest.slice(e), lex) !== 0) continue;
    [f, t] = [t, e];
    break;
  }
  for (let e = t; costBeforeTime && f === t && e >= Math.max(2, t - TIME_WORDS_BEFORE_YEAR); e--) {
    const start = financingStart(rest.slice(0, e));
    if (start === e) continue;
    [f, t] = [start, e];
    break;
  }
  cost.push(...rest.slice(f, t));
  const end = textEnd(rest.slice(0, f));
  if (!end) return undefined;
  const names = rest.slice(end.at, f);
  const cut = header.roles.includes('partners') ? cutNames(names, lex) : { parts: [names, []] as [string[], string[]], sure: true };
  const [responsible, partners] = cut.parts;
  const cells = { text: rest.slice(0, end.at), responsible, partners, timeframe: rest.slice(t), financing: cost.filter((c) => c !== '-') };
  // a time cell opened by a capitalised word that is no time word, right after a complete name (`Nesby kommune Turlaget 2026`):
  // that word may as well be the next name
  const timeDoubt = !isTimeMarker(rest[t]) && isCapitalised(rest[t]) && endsBodyName(rest[t - 1]);
  return { cells, sure: end.sure && cut.sure && !timeDoubt };
}

/** The evidence that a name starts at names[p]. */
function nameStartScore(names: string[], p: number, lex: ActorLexicon): number {
  const w = NAME_START_WEIGHTS;
  let s = 0;
  // the name before ends here: a legal form or head (`Kvam herad`), a whole known name (`TRFK`), a group (`Kommunene`)
  const knownBefore = names.slice(0, p).some((_, q) => actorAt(names, q, lex) === p - q);
  if (closesName(names[p - 1]) || knownBefore || GENERIC_PLURAL_ACTOR.test(bare(names[p - 1]))) s += w.afterClosingWord;
  if (isNameTail(names[p + 1] ?? '') && p + 2 === names.length) s += w.placeAndHead;
  const rest = names.slice(p).join(' ').toLowerCase();
  if (actorAt(names, p, lex) || organisationHeads.some((h) => h.includes(' ') && rest.startsWith(h)) || GENERIC_PLURAL_ACTOR.test(bare(names[p]))) s += w.knownName;
  // after `og` joining two names (`Statens vegvesen og | …`) or two places sharing one head (`Lindfjord og | Nesby kommune`)
  if (NAME_INNER.test(names[p - 1])) s += joinedByOg(names, p - 1) ? w.afterJoinedName : w.afterJoiningWord;
  return s;
}

/** Cuts the names between the text and the time into responsible and partners: at a `-` (an empty cell), or where a name surely starts. */
function cutNames(names: string[], lex: ActorLexicon): { parts: [string[], string[]]; sure: boolean } {
  const dash = names.indexOf('-');
  if (dash >= 0) return { parts: [names.slice(0, dash), names.slice(dash + 1)], sure: true };
  let best = { at: names.length, score: 0 };
  // a comma lists names inside one cell (`Skjåk kommune, Statens vegvesen`): no cut after it
  for (let p = 1; p < names.length; p++) {
    // nor before a legal form, which closes the name before it (`TINE SA`)
    if (/,$/.test(names[p - 1]) || !isCapitalised(names[p]) || legalForms.includes(bare(names[p]))) continue;
    const s = nameStartScore(names, p, lex);
    if (s > best.score) best = { at: p, score: s };
  }
  return { parts: [names.slice(0, best.at), names.slice(best.at)], sure: best.score >= CONFIDENT_NAME_CUT };
}

/** True when a cell's last word leaves it open for the next line: a comma, or a joining word. */
const isOpen = (cell: string[]) => cell.length > 0 && (/,$/.test(cell[cell.length - 1]) || OPEN_ENDINGS.test(cell[cell.length - 1]));
/** True when a name cell ends in a bare capitalised word that a name tail can close (`Statens` / `vegvesen`). */
const awaitsTail = (cell: string[]) => cell.length > 0 && isCapitalised(cell[cell.length - 1]) && !closesName(cell[cell.length - 1]) && !/,$/.test(cell[cell.length - 1]);

/** Lower-case adjectives inside a name before its head (`videregående skole`, `vidaregåande skule`, `tekniske fagskole`). */
const NAME_ADJECTIVE = /^[a-zæøå]+(?:ende|ande|iske|ske|lege|lige)$/;
/** Most such adjectives taken before a head. */
const NAME_ADJECTIVES_MAX = 2;

/** Prepositions that leave a name cell open for their object on the next line (`Kommunene langs`, `Statsforvaltaren i`); not `og`, which joins names. */
const PREPOSITION_END = /^(for|i|av|ved|med|til|på|langs|mot|fra|frå)$/i;

/** Takes a name from the end of tokens[..end] for a cell left open by a comma or joining word: a place and its head, capitalised words, or a capitalised word and the lower-case words of its name. */
function trailingName(tokens: string[], end: number, cell: string[]): number {
  if (end > 1 && isNameTail(tokens[end - 1]) && isCapitalised(tokens[end - 2])) return end - 2;
  // a cell left open by a preposition (`Kommunene langs` / `Kystriksveien`) takes the one name that is its object
  if (PREPOSITION_END.test(cell[cell.length - 1] ?? '') && end > 0 && isCapitalised(tokens[end - 1])) return end - 1;
  let s = end;
  while (s > 0 && isCapitalised(tokens[s - 1])) s--;
  // a name ending in lower-case words before its head (`… havbruksnæringen | Lindvik videregående`)
  return s < end ? s : openNameStart(tokens.slice(0, end));
}

/**
 * A run of names ending a continuation line after its text, for a name cell that awaits the rest of its name: it
 * ends in a legal form (`… og nett | Nett AS`) or lists names with a comma (`… og biogass | Trøndelag, TRFK`).
 * Where the run starts, or `end` when there is none.
 */
function trailingNameRun(tokens: string[], end: number): number {
  let s = end;
  while (s > 0 && (isCapitalised(tokens[s - 1]) || legalForms.includes(bare(tokens[s - 1])))) s--;
  if (s === end || s === 0 || isCapitalised(tokens[s - 1] ?? '')) return end;
  const run = tokens.slice(s, end);
  return legalForms.includes(bare(run[run.length - 1])) || run.slice(0, -1).some((t) => /,$/.test(t)) ? s : end;
}

/** Marks where a continuation line's text starts among a row's text tokens, so a word hyphenated at the line's end is joined. */
const LINE_BREAK = '\n';

/**
 * Takes a continuation line's cells from its end into the open cells (time, then partners, then responsible);
 * the words left over continue the text. Returns true when a bare capitalised word was given to a name cell
 * that was not visibly open (`Norsk Landbruksrådgiving` / `Innlandet`): weak evidence.
 */
function continueRow(cells: Cells, tokens: string[]): boolean {
  // a short lower-case line finishing a name left without its head (`Lindvik videregående` / `skole`)
  const named = cells.partners.length ? cells.partners : cells.responsible;
  const finish = isOpen(cells.timeframe) ? undefined : finishesName(tokens, named, cells.text.join(' '));
  if (finish) {
    named.push(...tokens);
    return !finish.sure;
  }
  let end = tokens.length;
  if (isOpen(cells.timeframe)) {
    let s = end;
    while (s > 0 && TIME_CONTINUATION.test(tokens[s - 1])) s--;
    cells.timeframe.push(...tokens.slice(s, end));
    end = s;
  }
  const took = new Set<string>();
  for (const role of ['partners', 'responsible'] as const) {
    const cell = cells[role];
    const before = end;
    if (end > 0 && isNameTail(tokens[end - 1]) && awaitsTail(cell)) {
      // the head with the adjectives of the name before it (`Olav Duun` / `… havbruk videregående skole`)
      let s = end - 1;
      while (s > 0 && end - s <= NAME_ADJECTIVES_MAX && NAME_ADJECTIVE.test(tokens[s - 1])) s--;
      cell.push(...tokens.slice(s, end));
      end = s;
    }
    else if (isOpen(cell)) {
      const s = trailingName(tokens, end, cell);
      cell.push(...tokens.slice(s, end));
      end = s;
    } else if (awaitsTail(cell)) {
      const s = trailingNameRun(tokens, end);
      cell.push(...tokens.slice(s, end));
      end = s;
    }
    if (end < before) took.add(role);
  }
  let weak = false;
  for (const role of ['partners', 'responsible'] as const) {
    if (!took.has(role) && end > 1 && isCapitalised(tokens[end - 1]) && !isCapitalised(tokens[end - 2]) && awaitsTail(cells[role])) {
      cells[role].push(tokens[--end]);
      weak = true;
    }
  }
  if (end > 0) cells.text.push(LINE_BREAK, ...tokens.slice(0, end));
  return weak;
}

/** One row read: its cells cut from the first line and its continuation lines. */
function readRow(lines: SourceLine[], header: TableHeader, lex: ActorLexicon): ActionRow {
  const first = cutFirstLine(tokensOf(lines[0].text), header, lex);
  const span = { first: lines[0].no, last: lines[lines.length - 1].no };
  if (!first) {
    const text = joinLines(lines.map((l) => l.text));
    return { text, responsible: '', partners: '', timeframe: '', responsibleText: '', partnersText: '', ...span, warnings: [], uncertain: { reason: 'fant ikke hvor cellene i raden begynner; teksten står som skrevet', lines: [span.first, span.last] } };
  }
  const weak = lines.slice(1).map((l) => continueRow(first.cells, tokensOf(l.text))).some(Boolean);
  const c = first.cells;
  const cell = (xs: string[]) => xs.join(' ').replace(/\s*,$/, '').trim();
  const textLines = c.text.join(' ').split(` ${LINE_BREAK} `);
  const row: ActionRow = {
    text: joinLines(textLines).replace(/\s*,$/, '').trim(),
    responsible: cell(c.responsible),
    partners: cell(c.partners),
    timeframe: cell(c.timeframe),
    financing: cell(c.financing) || undefined,
    responsibleText: cell(c.responsible),
    partnersText: cell(c.partners),
    ...span,
    warnings: [],
  };
  if (!first.sure || weak) row.uncertain = { reason: 'usikkert hvor cellene i raden skilles (tekst, ansvarlig, partnere)', lines: [span.first, span.last] };
  return row;
}

/**
 * Reads a flattened table whose rows run over several lines with the cells side by side, or returns undefined
 * when the table is not laid out so (a line fits no row, a row's first line has no time cell, or no row wraps and
 * the rows stand in blocks of their own, which the classic reader takes).
 */
export function readInterleavedRows(blocks: Block[], header: TableHeader, lex: ActorLexicon): ActionRow[] | undefined {
  // a table with a `Nr.` column is read by its row numbers elsewhere, unless its money stands before its time, which
  // that reader does not expect (it takes the cells before the time for names)
  const numbered = header.roles[0] === 'number';
  if (numbered && !financingBeforeTime(header)) return undefined;
  if (!header.roles.includes('timeframe') || header.roles[numbered ? 1 : 0] !== 'text') return undefined;
  const lines = blocks.flatMap((b) => b.lines);
  const rows = numbered ? groupNumberedRows(lines) : groupRows(lines, lex);
  // rows one per line with no blank line between them (`Utarbeide … Nesby kommune … 2027` / `Arrangere … Årlig`) read so too
  if (!rows || rows.length < 2 || !(rows.some((r) => r.length > 1) || blocks.some((b) => b.lines.length > 1))) return undefined;
  if (!rows.every((r) => cutFirstLine(tokensOf(r[0].text), header, lex))) return undefined;
  return rows.map((r) => readRow(r, header, lex));
}
