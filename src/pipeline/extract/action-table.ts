import type { Block } from '../segment.ts';
import { rowsFromCells } from './cell-rows.ts';
import { joinLines } from '../segment.ts';
import type { SourceLine } from '../types.ts';
import type { Uncertain } from '../../schemas/uncertain.ts';
import type { AcronymFinding } from '../types.ts';
import { isAdjectivalTimeWord, isStandaloneTimeWord, isTimeMarker, looksLikeTimeframe } from './timeframe.ts';

import { headerRole, NAME_CLOSING_WORDS, type ColumnRole } from '../../vocabulary/action-table.ts';
import { readColumnHeader } from '../layout/index.ts';

export type { ColumnRole } from '../../vocabulary/action-table.ts';

/** An action table's header as written, with the role of each column. */
export interface TableHeader {
  columns: string[];
  roles: ColumnRole[];
  /** Lines the header takes: 2 when its unit wrapped (`… Kostnad` / `(1000 kr)`). */
  span: number;
}

/**
 * Reads an action-table header line: every word a column word of `src/vocabulary/action-table.ts`, in any order,
 * with a text column (Tiltak/Aktivitet), a responsible or partner column, no role twice, and a number column
 * (`Nr.`) only first. `next` is the line below, which may hold the header's wrapped unit (`(1000 kr)`).
 * @example parseTableHeader('Tiltak Hovedansvar Samarbeidspartnere Tidsbruk') // { columns: [...4], roles: ['text','responsible','partners','timeframe'], span: 1 }
 * @example parseTableHeader('Nr. Tiltak Ansvarlig Periode')?.roles // ['number', 'text', 'responsible', 'timeframe']
 */
export function parseTableHeader(text: string, next?: string): TableHeader | undefined {
  const h = readColumnHeader(text, headerRole, next);
  if (!h) return undefined;
  const { roles } = h;
  if (!roles.includes('text') || !(roles.includes('responsible') || roles.includes('partners'))) return undefined;
  if (new Set(roles).size !== roles.length || roles.indexOf('number') > 0) return undefined;
  return h;
}

/** Words after which a capitalised word continues the same phrase (`samarbeid med LKP`, `Regionrådet i Midt-Gudbrandsdalen`). */
const CONNECTORS = new Set([
  'og', 'i', 'for', 'av', 'med', 'ved', 'v/', 'til', 'på', 'mot', 'fra', 'hos', 'om', 'under', 'mellom', 'blant', 'samt', 'eller', 'el', 'som',
  'at', 'å', '&', '+', '–', '-', '/', 'en', 'et', 'ei', 'den', 'det', 'de', 'der', 'innen', 'etter', 'ifbm', 'ift', 'jfr.', 'bl.a.', 'the', 'of',
]);

/** Actor names the document repeats: phrases (lower-cased token lists) and acronyms. */
export interface ActorLexicon {
  phrases: Set<string>;
  acronyms: Set<string>;
}

const clean = (t: string) => t.replace(/\[\^\w+\]/g, '').replace(/^[«"(]+|[»"),.;:*]+$/g, '');
const tokensOf = (s: string) => s.trim().split(/\s+/).filter(Boolean);
/** `LRU`, `HiL`, `OFK`, `NorCERT`, `Film3`, `TV2` — short words with more than one capital or a digit. */
export const isAcronym = (t: string) => {
  const c = clean(t).split('/')[0];
  return /^[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,7}$/.test(c) && /^.[a-zæøå]*[A-ZÆØÅ]/.test(c) ? true : /^[A-ZÆØÅ][a-zæøå]{1,6}\d$/.test(c) || /^[A-ZÆØÅ]{2,}\d*$/.test(c);
};
const isCap = (t: string) => /^[«"(]?[A-ZÆØÅ0-9]/.test(t);

/**
 * Learns the actors a document names in its action tables before any row is split: acronyms it defines
 * or uses, names standing alone between commas, on their own line, or before a double space.
 * @example buildActorLexicon(tableLines, acronyms).phrases.has('visit lillehammer') // true
 */
export function buildActorLexicon(tables: SourceLine[][], acronyms: AcronymFinding[], prose: string[] = []): ActorLexicon {
  const phrases = new Map<string, number>();
  const acr = new Set<string>();
  const add = (item: string, weight = 1) => {
    const toks = tokensOf(item).map(clean).filter(Boolean);
    if (!toks.length || toks.length > 4 || !isCap(toks[0])) return;
    // a name is `Lillehammer kunnskapspark` or `Visit Lillehammer`, never two glued: `LRU Lillehammer`, `kunnskapspark Regionrådet`
    if (toks.length > 1 && isAcronym(toks[0]) && isCap(toks[1])) return;
    if (toks.some((t, k) => k > 1 && isCap(t) && !isCap(toks[k - 1]) && !CONNECTORS.has(toks[k - 1]))) return;
    if (looksLikeTimeframe(toks.join(' '))) return;
    const key = toks.join(' ').toLowerCase();
    phrases.set(key, (phrases.get(key) ?? 0) + weight);
  };
  for (const a of acronyms) {
    acr.add(a.short);
    add(a.long, 2);
  }
  const lineStarts = new Map<string, { n: number; next: Set<string> }>();
  // what follows each acronym: `NHO Innlandet` is one name when NHO never stands without it
  const acronymFollowers = new Map<string, Map<string, number>>();
  const pairs = new Map<string, { n: number; next: Set<string>; first: string }>();
  for (const lines of tables) {
    lines.forEach((l, i) => {
      const raw = l.text;
      for (const t of tokensOf(raw)) if (isAcronym(t) && !isTimeMarker(t)) acr.add(clean(t).split('/')[0]);
      const parts = raw.split(',');
      parts.forEach((p, k) => {
        const bounded = (k > 0 || (i > 0 && lines[i - 1].text && !l.indented)) && (k < parts.length - 1 || true);
        if (parts.length > 1 && bounded && tokensOf(p).length <= 3) add(p);
        if (parts.length > 1 && k === parts.length - 1 && k > 0) add(p);
      });
      const dbl = /^(\S+(?: \S+){0,2})  +\S/.exec(raw);
      if (dbl) add(dbl[1]);
      const toks = tokensOf(raw);
      toks.forEach((t, k) => {
        // (an acronym ending its line says nothing: its follower may stand on the next)
        if (!isAcronym(t) || /[,.;:]$/.test(t) || /^\(/.test(t) || isTimeMarker(t) || k === toks.length - 1) return;
        const f = acronymFollowers.get(clean(t)) ?? new Map<string, number>();
        // the follower must end there (`NHO Innlandet,`), not open a longer name (`LRU Lillehammer kunnskapspark`)
        const after = toks[k + 2];
        const ends = /,$/.test(toks[k + 1] ?? '') || after === undefined || isCap(after);
        const word = toks[k + 1] !== undefined && /^[A-ZÆØÅ][a-zæøå]+$/.test(clean(toks[k + 1])) && !isTimeMarker(toks[k + 1]);
        if (word && !ends) return;
        const next = word ? clean(toks[k + 1]) : '';
        f.set(next, (f.get(next) ?? 0) + 1);
        acronymFollowers.set(clean(t), f);
      });
      if (toks.length === 1 || (i > 0 && toks.length <= 3 && raw.length <= 30 && !raw.includes(',') && !/[a-zæøå]{3,}\.$/.test(raw))) add(raw);
      // capitalised pairs the tables repeat: `Hallingdal Næringsråd`, `Innovasjon Norge`
      for (let k = 0; k + 1 < toks.length; k++) {
        const a = clean(toks[k]);
        const b = clean(toks[k + 1]);
        if (!/^[A-ZÆØÅ][a-zæøå]/.test(a) || !/^[A-ZÆØÅ][a-zæøå]/.test(b) || isTimeMarker(b) || /[,.]$/.test(toks[k])) continue;
        // the tail of a longer name is no pair: `Høgskolen i Innlandet Kommunene`, `Innovasjon Norge Kommunene`
        const before = toks[k - 1];
        if (before !== undefined && !/[,.;:]$/.test(before) && !closesName(before) && (CONNECTORS.has(before.toLowerCase()) || isCap(before))) continue;
        const key = `${a} ${b}`;
        const e = pairs.get(key) ?? { n: 0, next: new Set<string>(), first: a };
        e.n++;
        e.next.add(clean(toks[k + 2] ?? '').toLowerCase());
        pairs.set(key, e);
      }
      // a name opening a line of cells: capitalised word (+ lower-case words) followed by another capitalised cell
      for (let n = 1; n <= 3 && n < toks.length; n++) {
        if (!isCap(toks[0]) || toks.slice(1, n).some((t) => isCap(t) || CONNECTORS.has(t))) break;
        if (isCap(toks[n]) && !CONNECTORS.has(toks[n - 1])) {
          const key = toks.slice(0, n).map(clean).join(' ');
          const e = lineStarts.get(key) ?? { n: 0, next: new Set<string>() };
          e.n++;
          e.next.add(clean(toks[n]).toLowerCase());
          lineStarts.set(key, e);
        }
      }
    });
  }
  // a name opening lines before different cells (`Snowball Trip …`, `Snowball Fotograf …`) is a name of its own
  // (a longer name that opens several lines, `De tre kommunene`, `Lillehammer kunnskapspark`, is one too)
  const pairIsName = new Set([...pairs].filter(([, e]) => e.n >= 2 && e.next.size >= 2).map(([k]) => k.toLowerCase()));
  // a region name opening several names (`Valdres Destinasjon`, `Valdres Næringsforum`) is their first word, not a name of its own
  const prefixOfNames = (w: string) => [...(lineStarts.get(w)?.next ?? [])].filter((f) => pairIsName.has(`${w} ${f}`.toLowerCase())).length >= 2;
  for (const [k, e] of lineStarts) if ((e.next.size >= 2 && !prefixOfNames(k)) || (e.n >= 2 && k.includes(' '))) add(k);
  // a pair is a name when it recurs before different words, and its first word is not a name of its own (`Snowball Trip Advisor`)
  for (const [k, e] of pairs) if (pairIsName.has(k.toLowerCase()) && ((lineStarts.get(e.first)?.next.size ?? 0) < 2 || prefixOfNames(e.first))) add(k);
  for (const [a, f] of acronymFollowers) {
    const total = [...f.values()].reduce((x, y) => x + y, 0);
    const [word, n] = [...f].sort((x, y) => y[1] - x[1])[0];
    if (word && n >= 3 && n / total >= 0.9) phrases.set(`${a} ${word}`.toLowerCase(), 1);
  }
  // multi-word names the prose repeats with every word capitalised: `Visit Lillehammer`, `Innovasjon Norge`
  const counts = new Map<string, number>();
  for (const line of prose) {
    const toks = tokensOf(line).map(clean);
    for (let i = 1; i < toks.length - 1; i++) {
      if (!isCap(toks[i]) || !isCap(toks[i + 1]) || isAcronym(toks[i]) || isTimeMarker(toks[i + 1])) continue;
      const key = `${toks[i]} ${toks[i + 1]}`.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  // (a pair the prose names once counts too when the tables use it: `Bane NOR planlegger …`, `… Hønefoss stasjon Ringerike kommune Bane NOR, …`)
  // (there it must close a cell, before a comma or at the line's end; `studiet Sport Management HiL` names a course)
  const closing = pairsClosingCells(tables);
  for (const [k, n] of counts) if (n >= 2 || closing.has(k)) phrases.set(k, (phrases.get(k) ?? 0) + 1);
  return { phrases: new Set(phrases.keys()), acronyms: acr };
}

/**
 * Every lower-cased word pair that closes a cell somewhere in the tables — before a comma (`… bane nor, …`)
 * or at a line's end — collected in one pass, so looking a pair up costs O(1) whatever the document's size.
 * @example pairsClosingCells([[line('Hønefoss stasjon Bane NOR, Jernbanedirektoratet')]]).has('bane nor') // true
 */
export function pairsClosingCells(tables: SourceLine[][]): Set<string> {
  const keys = new Set<string>();
  for (const lines of tables) {
    for (const l of lines) {
      const lower = l.text.trim().toLowerCase();
      // words with single spaces between them; a pair `a b` closes a cell when `b` is followed by a comma
      const words = lower.split(/\s+/).filter(Boolean);
      for (let j = 0; j + 1 < words.length; j++) {
        for (let c = words[j + 1].indexOf(','); c >= 0; c = words[j + 1].indexOf(',', c + 1)) keys.add(`${words[j]} ${words[j + 1].slice(0, c)}`);
      }
      // the line's last two words, when only a plain space separates them (as written, not collapsed)
      const end = / ([^\s]+) ([^\s]+)$/.exec(` ${lower}`);
      if (end) keys.add(`${end[1]} ${end[2]}`);
    }
  }
  return keys;
}

/** Words that make the place name before them an organisation: `Oppland Fylkeskommune`, `Tynset kommune`, `Gausdal næringsråd`. */
const ORGANISATION_WORD = /^(fylkeskommune|kommune|regionråd|næringsråd|næringsforening|næringsforum|næringshage|kunnskapspark|bondelag|idrettskrets|høgskole|universitet)$/i;

/** Length (in tokens) of the known actor name starting at token i, 0 if none. */
export function actorAt(tokens: string[], i: number, lex: ActorLexicon): number {
  for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
    const key = tokens.slice(i, i + n).map(clean).join(' ').toLowerCase();
    if (n === 1 && /^[A-ZÆØÅ][a-zæøå]/.test(tokens[i] ?? '') && !/[,.]$/.test(tokens[i]) && ORGANISATION_WORD.test(clean(tokens[i + 1] ?? ''))) return 2;
    if (lex.phrases.has(key)) return n;
  }
  const first = clean(tokens[i] ?? '').split('/')[0];
  if (first && (lex.acronyms.has(first) || (isAcronym(tokens[i]) && !isTimeMarker(tokens[i])))) return 1;
  return 0;
}

/** True when the text starts with an actor the document names elsewhere (or an acronym). @example startsWithKnownActor('LKP og …', lex) // true */
export function startsWithKnownActor(text: string, lex: ActorLexicon): boolean {
  const toks = tokensOf(text);
  return toks.length > 0 && actorAt(toks, 0, lex) > 0;
}

/** True when the whole text is one actor the document names elsewhere. @example isKnownActor('De tre kommunene', lex) // true */
export function isKnownActor(text: string, lex: ActorLexicon): boolean {
  const toks = tokensOf(text);
  return toks.length > 0 && actorAt(toks, 0, lex) === toks.length;
}

/** Tokens i..j inside one known name (no cell boundary may fall there). */
function insideName(tokens: string[], p: number, lex: ActorLexicon): boolean {
  for (let s = Math.max(0, p - 3); s < p; s++) {
    const n = actorAt(tokens, s, lex);
    if (n > 1 && s + n > p) return true;
  }
  return false;
}

/** Longest name before its legal form: `Museene i Sør-Trøndelag AS` has four words. */
const LEGAL_NAME_MAX_WORDS = 4;

/** True when tokens p-1 … up to a legal form are one capitalised run: `Visit | Sognefjord AS` is one name. */
function leadsToLegalForm(tokens: string[], p: number, lex: ActorLexicon): boolean {
  const prev = tokens[p - 1] ?? '';
  if (!/^[A-ZÆØÅ]/.test(prev) || /[,;.)]$/.test(prev) || closesName(prev)) return false;
  // a name the document uses alone ends there: `Vest-Telemarkrådet | AT Skog SA`
  if (lex.phrases.has(clean(prev).toLowerCase())) return false;
  for (let q = p; q < tokens.length && q < p + LEGAL_NAME_MAX_WORDS; q++) {
    if (closesName(tokens[q])) return true;
    if (!/^[A-ZÆØÅ]/.test(tokens[q]) || /[,;.)]$/.test(tokens[q])) return false;
  }
  return false;
}

/** Weights of the evidence for a cell boundary (added up by `boundaryScore`). */
const CUT_WEIGHTS = {
  /** A legal form (AS, SA, IKS …) ended the word before: an organisation's name is complete. */
  afterLegalForm: 2,
};

/** True for a legal form that ends an organisation's name (`AS`, `SA`, `IKS`). @example closesName('AS,') // true */
export const closesName = (t: string | undefined): boolean => t !== undefined && NAME_CLOSING_WORDS.includes(clean(t));

/** Position p can start a new cell: a capitalised word not tied to the word before it. */
export function boundaryScore(tokens: string[], p: number, lex: ActorLexicon, doubleSpaceBefore: Set<number>): number {
  if (p <= 0 || p >= tokens.length) return -Infinity;
  const prev = tokens[p - 1];
  const tok = tokens[p];
  if (!isCap(tok) && !isStandaloneTimeWord(tok)) return -Infinity;
  // names do not start with a digit (`nummer 2-problematikken`)
  if (/^\d/.test(tok)) return -Infinity;
  // a quoted name inside the text: `samlokaliseringen "Lillehammer-regionen Utvikling"`
  if (/^[«"“]/.test(tok)) return -Infinity;
  // a bracket explains the name before it: `Hadeland utvikling (HARU)`, `LRU (evt i samarbeid med …)`
  if (/^\(/.test(tok)) return -Infinity;
  if (CONNECTORS.has(prev.toLowerCase()) || /[,/&+–-]$/.test(prev) || /^[/&+–-]/.test(tok)) return -Infinity;
  if (insideName(tokens, p, lex)) return -Infinity;
  // a legal form closes the name before it (`Nordfjord Reiseliv AS`, `Visit Sognefjord AS`): no cell starts inside
  // that name, one may start after it
  if (closesName(tok) || leadsToLegalForm(tokens, p, lex)) return -Infinity;
  let s = closesName(prev) ? CUT_WEIGHTS.afterLegalForm : 0;
  const known = actorAt(tokens, p, lex);
  if (known) s += 3.5;
  if (/[.:]$/.test(clean(prev) === prev ? '' : prev) || /[.]$/.test(prev)) s += 2;
  if (doubleSpaceBefore.has(p)) s += 2;
  // a name closed by its bracket: `Hadeland utvikling (HARU)1 Kunnskapspark, …`
  if (/\)(\[\^\w+\])?$/.test(prev)) s += 1.5;
  // a cell that is a list starts here: `Regionrådet Hallingdal Grunneiere, meglere`
  if (/,$/.test(tok)) s += 0.5;
  s += isCap(prev) && !/[.]$/.test(prev) ? 0 : 1.5;
  if (isAcronym(prev) && !known) s += 0.5;
  if (actorAt(tokens, p - 1, lex) === 1 && /^[A-ZÆØÅ]/.test(prev)) s += 1;
  // `LRU og LKP De lokale …`: a finished `A og B` list before a capitalised word
  if (p >= 2 && tokens[p - 2] === 'og' && isCap(prev)) s += 1.5;
  return s;
}

/** Splits a line into tokens and remembers where a double space stood (a likely column boundary). */
function tokenise(line: string): { tokens: string[]; dbl: Set<number> } {
  const tokens: string[] = [];
  const dbl = new Set<number>();
  for (const m of line.trim().matchAll(/(\S+)(\s*)/g)) {
    tokens.push(m[1]);
    if (m[2].length >= 2) dbl.add(tokens.length);
  }
  return { tokens, dbl };
}

/** Where the timeframe cell starts in a run of cells: the nearest capitalised word before the first time marker. */
export function timeStart(tokens: string[], lineLen: number, lex?: ActorLexicon): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isTimeMarker(t) || isAdjectivalTimeWord(tokens, i)) continue;
    if (/^ved$/i.test(t) && !/^(behov|revisjon|rullering|oppstart)/i.test(tokens[i + 1] ?? '')) continue;
    // `fra`, `innen`, `ila` only mark time when a date, year, month or season follows soon
    if (/^(fra|frå|innen|innan|ila|oppstart|operativ|frist:?|fom\.?)$/i.test(t) && !tokens.slice(i + 1, i + 4).some((n) => isTimeMarker(n) && !/^(fra|frå|innen|innan|ila|ved)$/i.test(n))) continue;
    const digit = /^\d/.test(t);
    if ((isCap(t) && !digit) || isStandaloneTimeWord(t)) return Math.min(i, lineLen);
    // an ordinal opens the time it counts: `1. kvartal 2024`, `15. mars 2015`
    if (!digit && i > 0 && /^\d{1,2}\.$/.test(tokens[i - 1])) return Math.min(i - 1, lineLen);
    // walk back over lower-case words to the word that opens the cell (`Kartlegging innen mars`, `Første utlysning 2015`)
    let j = i;
    const lowish = (x: string) => !isCap(x) || /^\d{1,2}$/.test(x);
    while (j > 0 && i - j < 4 && lowish(tokens[j - 1]) && !/,$/.test(tokens[j - 1]) && !isTimeMarker(tokens[j - 1])) j--;
    if (j > 0 && j < i && i - j < 4 && isCap(tokens[j - 1]) && !/,$/.test(tokens[j - 1])) j--;
    // a cell that opens its line and runs on to its time word: `På minst tre arr. pr. år fra` / `2015`
    // (or wraps to it: `Overgripende plan og` / `konsept klart juni 2015`; never a name: `LRU Næringsliv …`)
    else if (!digit && i <= 7 && isCap(tokens[0]) && (i < lineLen || (!isAcronym(tokens[0]) && !(lex && actorAt(tokens, 0, lex)) && tokens.slice(1, i).every((x) => !isCap(x)))) && !tokens.slice(0, i).some((x) => /,$/.test(x) || isTimeMarker(x)) && tokens.slice(1, i).every(lowish)) j = 0;
    else if (!digit && j === i && j > 0 && isCap(tokens[j - 1]) && !/[,.]$/.test(tokens[j - 1])) j--;
    // (`Oppstart 2015`, never the end of a name: `Høgskolen i Innlandet 2014-2016`, `Regionrådet 2017-2018`)
    else if (digit && j === i && j > 0 && isCap(tokens[j - 1]) && !/[,.]$/.test(tokens[j - 1]) && (j < 2 || !isCap(tokens[j - 2])) && !CONNECTORS.has((tokens[j - 2] ?? '').toLowerCase()) && !/,$/.test(tokens[j - 2] ?? '') && !(lex && actorAt(tokens, j - 1, lex))) j--;
    if (j < i && isCap(tokens[j]) && !isAcronym(tokens[j]) && !(lex && actorAt(tokens, j, lex)) && j <= lineLen) return j;
    return Math.min(i, lineLen);
  }
  return -1;
}

/** One action row as read from the table, cells still as text. */
export interface ActionRow {
  text: string;
  responsible: string;
  partners: string;
  timeframe: string;
  financing?: string;
  /** The responsible cell as written: its pieces joined in reading order, no separators added. */
  responsibleText: string;
  /** The partners cell as written. */
  partnersText: string;
  first: number;
  last: number;
  warnings: string[];
  /** Set when the evidence did not settle where the cells are cut. */
  uncertain?: Uncertain;
}

/** A run of cells: the first line's tokens, lines that continue its last cell, and where it came from. */
interface Chunk {
  tokens: string[];
  dbl: Set<number>;
  rest: string[];
  lines: SourceLine[];
}

/** Longest line in a block except its last (the width the column wrapped at). */
const wrapWidth = (b: Block) => Math.max(0, ...b.lines.slice(0, -1).map((l) => l.text.length));

/** The widest a responsible/partner cell wraps in these PDFs; text cells wrap wider. */
const CELL_WIDTH = 40;

/** A block's first line and the first word of its second: `en årlig` / `næringsdag` reads as no timeframe. */
const withNextWord = (b: Block) => [b.lines[0].text, tokensOf(b.lines[1]?.text ?? '')[0] ?? ''].join(' ').trim();

/** True when a block starts a new action's text (or a second paragraph of it) rather than holding cells. */
function isTextBlock(b: Block, lex: ActorLexicon, afterText: boolean, rowOpen = true): boolean {
  const first = b.lines[0].text;
  const { tokens } = tokenise(first);
  const known = actorAt(tokens, 0, lex);
  const widest = wrapWidth(b);
  const contWidest = Math.max(0, ...b.lines.slice(1).map((l) => l.text.length));
  // bullet items under an action's text belong to that text
  if (afterText && b.lines[0].bullet) return true;
  // the text going on at the top of the next page: ` medier` after `… spill og interaktive`
  if (afterText && b.lines[0].indented && /^[a-zæøå]/.test(first)) return true;
  // cells after a wrapped text, their names listed with commas: `Landbrukskontora i kommunane Vestland Bondelag, Visit` /
  // `Sognefjord AS` (a second paragraph of an action's text is no list of capitalised names ending in a legal form)
  if (afterText && b.lines.length === 2 && /^[A-ZÆØÅ]/.test(first) && /,\s+[A-ZÆØÅ]/.test(first) && closesName(tokensOf(b.lines[1].text).at(-1))) return false;
  if (known && !(b.lines.length > 1 && contWidest > CELL_WIDTH + 5 && tokens[known] && !isCap(tokens[known]))) return false;
  if (looksLikeTimeframe(withNextWord(b)) && (first.length <= 40 || (b.lines.length === 1 && /^(oppstart|innen|fra|fom\.?|ila|høst(en)?|vår(en)?|vinter(en)?|sommer(en)?|(19|20)\d\d)$/i.test(tokens[0])))) return false;
  if (/,$/.test(tokens[0]) && first.length < 45) return false;
  if (tokens.length <= 3 && first.length <= 30 && b.lines.length === 1) return false;
  // cells sharing a long line, the timeframe wrapping: `Kunnskapsparken Regionrådet, NHO Innlandet, Destinasjonsselskapet Høsten` / `2013 1 000 000`
  if (afterText && b.lines.length > 1) {
    const all = b.lines.flatMap((l) => tokensOf(l.text));
    const ts = timeStart(all, tokens.length, lex);
    if (ts >= 1 && ts <= tokens.length && all.slice(0, ts).some((t) => /,$/.test(t))) return false;
  }
  if (b.lines.length > 2 && afterText) return wrapWidth({ ...b, lines: b.lines.slice(1) }) > CELL_WIDTH;
  if (b.lines.length > 1) return widest > CELL_WIDTH || (!afterText && !rowOpen);
  // the rest of an open row's cells after a wrapped name: `Fjellregionen` / `Næringsforening`, then `Bondelaget, NIBIO 2024–2025 Innenfor budsjett`
  if (!afterText && rowOpen) {
    const ts = timeStart(tokens, tokens.length, lex);
    if (ts >= 1 && (/,$/.test(tokens[0]) || ts <= 4)) return false;
    // the row still waits for its time: a line that opens with one is that cell (`Plan klar innen november 2022 Innenfor rammen`)
    if (ts === 0 && looksLikeTimeframe(withNextWord(b))) return false;
    // a list of names: `Høgskolen i Innlandet, OSRU`
    const parts = first.split(',').map((x) => x.trim()).filter(Boolean);
    if (parts.length >= 2 && parts.every((x) => isCap(x) && tokensOf(x).length <= 4)) return false;
  }
  if (!afterText) return true;
  // one line after the text: cells when it ends in a timeframe or names a known actor at a cell boundary
  const tsLine = timeStart(tokens, tokens.length, lex);
  const namesBefore = tokens.slice(0, Math.max(0, tsLine)).join(' ').split(',').map((x) => x.trim()).filter(Boolean);
  // a long line of names and a time: `Regionrådet Destinasjonsselskapet, Innlandet fylkeskommune, Øyer næringsforum Innen desember 2022`
  if (tsLine >= 1 && namesBefore.length >= 2 && namesBefore.every((x) => isCap(x) && tokensOf(x).length <= 4)) return false;
  if (first.length > 90) return true;
  if (timeStart(tokens, tokens.length, lex) >= 1) return false;
  if (tokens.some((_, p) => p > 0 && actorAt(tokens, p, lex) > 0 && boundaryScore(tokens, p, lex, new Set()) > 0)) return false;
  return first.length >= 50;
}

/** Where cells begin on the first line of a text block (`Aktiv akkvisisjon av bedrifter LRU Bransjeorganisasjonene, Lillehammer`), if they do: the lines after it must be narrow cell continuations. */
function cellsOnTextLine(b: Block, lex: ActorLexicon, hasTime: boolean): number | undefined {
  const lines = b.lines.map((l) => l.text);
  const rest = lines.slice(1);
  if (!rest.every((l) => l.length <= CELL_WIDTH)) return undefined;
  const { tokens, dbl } = tokenise(lines[0]);
  const all = [...tokens, ...rest.flatMap(tokensOf)];
  const t = hasTime ? timeStart(all, tokens.length, lex) : -1;
  const split = textSplit(tokens, dbl, lex, t >= 2 ? t : -1);
  // without a time on the line, a capitalised word is weak evidence (`… som søker Skattefunn og Forskningsrådet`)
  if (t < 2 && split.score < 3 && b.lines.length === 1 && rest.length === 0) return undefined;
  return split.at > 0 && split.at < tokens.length ? split.at : undefined;
}

/**
 * Where cells begin on the last line of a wrapped text block, if they do: the text wraps, and the line it ends on
 * carries the responsible, partner and time cells (`Utarbeide en felles markedsføring av regionen mot` /
 * `bedrifter i Oslo Ringerike Næringsforening Ringerike kommune, Hole kommune Q4 2025`). Only on strong evidence:
 * the line ends in a timeframe and a known name opens the cells.
 */
function cellsOnLastLine(b: Block, lex: ActorLexicon, hasTime: boolean): number | undefined {
  if (!hasTime || b.lines.length < 2) return undefined;
  const last = b.lines[b.lines.length - 1];
  const { tokens, dbl } = tokenise(last.text);
  const t = timeStart(tokens, tokens.length, lex);
  if (t < 2 || !looksLikeTimeframe(tokens.slice(t).join(' '))) return undefined;
  const split = textSplit(tokens, dbl, lex, t);
  if (split.at < 1 || split.at >= t || split.score < 3 || !actorAt(tokens, split.at, lex)) return undefined;
  return split.at;
}

/** Cells on a text line: the best place where the action text stops and the responsible cell begins. */
export function textSplit(tokens: string[], dbl: Set<number>, lex: ActorLexicon, timeAt: number): { at: number; score: number } {
  // a row written on one line with its timeframe at the end must have its actors before it: accept weaker evidence
  let best = { at: -1, score: timeAt > 2 && timeAt < tokens.length ? 1.4 : 1.5 };
  const end = timeAt >= 0 ? timeAt : tokens.length;
  // cells the extraction kept apart by runs of spaces (two gaps or more on the line): the first gap ends the text
  const gaps = [...dbl].filter((g) => g >= 2 && g < tokens.length).sort((a, b) => a - b);
  if (gaps.length >= 2 && gaps[0] < end) return { at: gaps[0], score: 5 };
  for (let p = 2; p < end; p++) {
    let s = boundaryScore(tokens, p, lex, dbl);
    if (s === -Infinity) continue;
    // a later known name supports this being the actor part
    for (let q = p + 1; q < end; q++) if (actorAt(tokens, q, lex) && /[,]$/.test(tokens[q - 1]) === false) { s += 0.5; break; }
    if (s > best.score) best = { at: p, score: s };
    // the text ends where the first known actor begins, if a cell boundary (not a lower-case word) follows the name
    const n = actorAt(tokens, p, lex);
    // `Forprosjekt bedriftsnettverk Bedriftene Regionrådet, …`: a capitalised word after lower-case text, just before
    // the first known actor, is the responsible cell (nouns are not capitalised in Norwegian running text)
    if (n && p >= 3 && /^[A-ZÆØÅ][a-zæøå]+$/.test(clean(tokens[p - 1])) && !isAcronym(tokens[p - 1]) && !isTimeMarker(tokens[p - 1]) && /^[a-zæøå]|-[a-zæøå]+$/.test(tokens[p - 2]) && !actorAt(tokens, p - 1, lex) && boundaryScore(tokens, p - 1, lex, dbl) > -Infinity) {
      return { at: p - 1, score: s };
    }
    const after = tokens[p + n];
    const capLater = tokens.slice(p + n, end).some((t) => isCap(t));
    if (n && after && !isCap(after) && !capLater && !/,$/.test(tokens[p + n - 1]) && !dbl.has(p + n) && !isStandaloneTimeWord(after)) {
      s -= 3;
      if (best.at === p) best = { at: -1, score: 1.5 };
    }
    if (n && s >= 3) return { at: p, score: s };
  }
  if (best.at < 0 && timeAt > 1 && timeAt < tokens.length) return { at: timeAt, score: 1 };
  return best;
}

/**
 * Splits the blocks under an action-table header into rows and cells. The PDF extraction writes each
 * row in reading order: the action text, then the other cells, where cells on the same baseline share
 * a line (`LRU Næringsliv Kartlegging innen mars` / `2015`) and a wrapped cell continues on the next lines.
 * The split uses what the document teaches: actor names it repeats, time words, the width text wraps at.
 * Rows the parser is unsure of carry a warning.
 */
export function splitActionRows(blocks: Block[], header: TableHeader, lex: ActorLexicon): ActionRow[] {
  // cells read from a PDF's page layout need no guessing
  const exact = rowsFromCells(blocks, header);
  if (exact) return exact;
  const roles = header.roles.filter((r) => r !== 'text');
  const actorRoles = roles.filter((r) => r === 'responsible' || r === 'partners');
  const hasTime = roles.includes('timeframe');
  const hasFinancing = roles.includes('financing');

  // 1. group blocks into rows: a text block starts a row unless it follows another text block;
  //    once a row has its timeframe (the last column), the next block that is not a timeframe starts a new row
  type RowBlocks = { text: Block[]; cells: Block[] };
  const rows: RowBlocks[] = [];
  let lastWasText = false;
  let rowHasTime = false;
  const timeIsLast = header.roles[header.roles.length - 1] === 'timeframe';
  const financingLike = (t: string) => /\d|\bkr\b|mill|tilskudd|midler|budsjett|finansier|egen|eksisterende|ramme|innenfor|drift|avklar/i.test(t);
  let rowHasFinancing = false;
  let listOpen = false;
  for (const b of blocks) {
    // a page number the normaliser kept (`7` between two rows) is no cell
    if (b.lines.length === 1 && /^\d{1,3}$/.test(b.lines[0].text)) continue;
    const all = b.lines.flatMap((l) => tokensOf(l.text));
    const first = tokenise(b.lines[0].text);
    const firstLen = first.tokens.length;
    const ts = timeStart(all, firstLen, lex);
    let text = isTextBlock(b, lex, lastWasText, rows.length > 0 && !rowHasTime);
    // items of a list the action text opens with a colon (`… langs tre akser:`), their bullets lost to indentation
    if (!text && lastWasText && listOpen && (b.lines[0].indented || b.lines[0].bullet)) text = true;
    const rowDone = rowHasTime && (timeIsLast || rowHasFinancing || !financingLike(b.lines[0].text));
    if (!text && rowDone && rows.length && !looksLikeTimeframe(withNextWord(b)) && ts !== 0) text = true;
    if (text && lastWasText) rows[rows.length - 1].text.push(b);
    else if (text || !rows.length) {
      rows.push({ text: text ? [b] : [], cells: text ? [] : [b] });
      rowHasTime = false;
      rowHasFinancing = false;
    } else {
      if (rowHasTime && hasFinancing) rowHasFinancing = true;
      rows[rows.length - 1].cells.push(b);
    }
    // a text line that carries cells (`Forstudie bedriftsnettverk LRU Sportsutstyrsprodusenter Våren 2015`) ends the text
    const carriesCells: boolean = text && !(lastWasText && rows[rows.length - 1].text.length > 1) && (cellsOnTextLine(b, lex, hasTime) ?? cellsOnLastLine(b, lex, hasTime)) !== undefined;
    if (hasTime && (!text || carriesCells) && ts >= (text ? 2 : 0)) {
      if (rowHasTime && hasFinancing) rowHasFinancing = true;
      rowHasTime = true;
    }
    lastWasText = text && !carriesCells;
    if (text) listOpen = /:$/.test(b.lines[b.lines.length - 1].text) || (listOpen && (b.lines[0].indented || b.lines[0].bullet));
  }

  const out = rows.map((r) => {
    const warnings: string[] = [];
    const chunks: Chunk[] = [];
    const textLines: string[] = [];
    // cells may share the first text line: `Aktiv akkvisisjon av bedrifter LRU Bransjeorganisasjonene, Lillehammer`
    r.text.forEach((b, bi) => {
      const lines = b.lines.map((l) => l.text);
      const at = bi === 0 ? cellsOnTextLine(b, lex, hasTime) : undefined;
      if (at !== undefined) {
        const { tokens, dbl } = tokenise(lines[0]);
        textLines.push(tokens.slice(0, at).join(' '));
        chunks.push({ tokens: tokens.slice(at), dbl: new Set([...dbl].map((d) => d - at)), rest: lines.slice(1), lines: b.lines });
        return;
      }
      const atLast = bi === 0 ? cellsOnLastLine(b, lex, hasTime) : undefined;
      if (atLast !== undefined) {
        const { tokens, dbl } = tokenise(lines[lines.length - 1]);
        textLines.push(...lines.slice(0, -1), tokens.slice(0, atLast).join(' '));
        chunks.push({ tokens: tokens.slice(atLast), dbl: new Set([...dbl].map((d) => d - atLast)), rest: [], lines: b.lines });
        return;
      }
      // a dash opening a line of action text is part of the text (`… store arrangement` / `– felles arrangementsstrategi`); bullet glyphs are not
      textLines.push(...b.lines.map((l) => (l.bullet && /^[–-]\s/.test(l.raw.trim()) ? `${l.raw.trim()[0]} ${l.text}` : l.text)));
    });
    for (const b of r.cells) {
      const { tokens, dbl } = tokenise(b.lines[0].text);
      chunks.push({ tokens, dbl, rest: b.lines.slice(1).map((l) => l.text), lines: b.lines });
    }
    if (!r.text.length) warnings.push('fant ingen tiltakstekst før cellene; raden kan høre til tiltaket over');

    // 2. give each chunk its roles, in column order
    const cells: Partial<Record<ColumnRole, string>> = {};
    // the cells as written, for display: pieces joined like wrapped lines, no comma added between them
    const written: Partial<Record<ColumnRole, string>> = {};
    const append = (role: ColumnRole, text: string, names = text) => {
      written[role] = joinLines([written[role] ?? '', text]);
      text = names;
      const prev = cells[role];
      cells[role] = prev ? (/[,:/-]$/.test(prev) || role === 'timeframe' || role === 'financing' ? joinLines([prev, text]) : `${prev}, ${text}`) : text;
    };
    let actorIdx = 0;
    chunks.forEach((c, ci) => {
      const all = [...c.tokens, ...c.rest.flatMap(tokensOf)];
      const t = hasTime && !cells.timeframe ? timeStart(all, c.tokens.length, lex) : -1;
      const timeLike = cells.timeframe !== undefined && (looksLikeTimeframe(all.join(' ')) || (hasFinancing && !cells.financing));
      if (t === 0 || (timeLike && !hasFinancing)) {
        // a timeframe cell, maybe followed by financing on the same line
        const tf = splitFinancing(all, c.tokens.length, hasFinancing && !cells.financing);
        append('timeframe', tf.time);
        if (tf.financing) append('financing', tf.financing);
        return;
      }
      if (timeLike && hasFinancing) {
        append('financing', all.join(' '));
        return;
      }
      const actorPart = t > 0 ? c.tokens.slice(0, t) : c.tokens;
      const tail = t > 0 ? all.slice(t) : [];
      const rest = t > 0 ? [] : c.rest;
      // a chunk ending in `:` or `,` (`Snowball / VL Arbeidsgruppe i SG:`) runs on into the next one, which is then no cell of its own
      const runsOn = /[:,]$/.test(all[all.length - 1] ?? '');
      const laterActorChunks = chunks.slice(ci + (runsOn ? 2 : 1)).some((d) => timeStart([...d.tokens, ...d.rest.flatMap(tokensOf)], d.tokens.length) !== 0);
      let pieces = [actorPart];
      if (actorIdx < actorRoles.length - 1) {
        let best = { at: -1, score: laterActorChunks ? 3.5 : actorIdx === 0 && !c.rest.length ? -1 : 1 };
        for (let p = 1; p < actorPart.length; p++) {
          const s = boundaryScore(actorPart, p, lex, c.dbl) + (actorAt(actorPart, 0, lex) === p ? 2 : 0);
          if (s > best.score) best = { at: p, score: s };
        }
        if (best.at > 0) pieces = [actorPart.slice(0, best.at), actorPart.slice(best.at)];
      }
      pieces.forEach((piece, pi) => {
        const last = pi === pieces.length - 1;
        const cellLines = [piece.join(' '), ...(last ? rest : [])];
        const text = joinLines(cellLines);
        // a cell listing one name per line, no commas (`Forskningsrådet` / `Innovasjon Norge` / `Internasjonal avd OFK`): each line is a name
        const onePerLine = cellLines.length >= 3 && cellLines.every((l) => /^[A-ZÆØÅ]/.test(l.trim()) && !l.includes(',') && !CONNECTORS.has((tokensOf(l).at(-1) ?? '').toLowerCase()));
        const names = onePerLine ? cellLines.map((l) => l.trim()).join(', ') : text;
        if (actorIdx < actorRoles.length) append(actorRoles[actorIdx++], text, names);
        else append(actorRoles[actorRoles.length - 1], text, names);
      });
      if (tail.length) {
        const tf = splitFinancing(tail, c.tokens.length - t, hasFinancing);
        append('timeframe', tf.time);
        if (tf.financing) append('financing', tf.financing);
      }
    });
    if (!cells.responsible) warnings.push('fant ikke hovedansvarlig i raden');
    if (hasTime && !cells.timeframe) warnings.push('fant ikke tidsramme i raden');
    const lines = [...r.text, ...r.cells].flatMap((b) => b.lines.map((l) => l.no));
    return {
      text: joinLines(textLines),
      responsible: cells.responsible ?? '',
      partners: cells.partners ?? '',
      timeframe: cells.timeframe ?? '',
      financing: cells.financing,
      responsibleText: written.responsible ?? '',
      partnersText: written.partners ?? '',
      first: Math.min(...lines),
      last: Math.max(...lines),
      warnings,
    };
  });
  // an empty responsible cell: a row with one actor cell that is a list (`Kommunene,` / `eiendomsutviklere`), in a table
  // whose other rows name one responsible and list their partners, lost its responsible, not its partners
  const full = out.filter((o) => o.responsible && o.partners);
  const listsArePartners = full.length >= 2 && full.every((o) => !o.responsible.includes(',')) && full.filter((o) => o.partners.includes(',')).length * 2 >= full.length;
  if (actorRoles.length === 2 && listsArePartners) {
    for (const o of out) {
      if (o.partners || !o.responsible.includes(',') || !o.text) continue;
      o.partners = o.responsible;
      o.partnersText = o.responsibleText;
      o.responsible = '';
      o.responsibleText = '';
    }
  }
  return out;
}

/** `Innen desember 2014 Tilskudd 50 000 (regionrådet)` → time and financing: financing starts at the first capitalised non-time word after a time word. */
function splitFinancing(tokens: string[], firstLineLen: number, hasFinancing: boolean): { time: string; financing?: string } {
  if (hasFinancing) {
    let seenTime = false;
    // (the financing may start on the line the timeframe wraps to: `Jevnaker næringsforum Våren` / `2014 Innenfor rammen`)
    void firstLineLen;
    for (let i = 0; i < tokens.length; i++) {
      if (isTimeMarker(tokens[i])) seenTime = true;
      // after the time: a capitalised word (`Tilskudd …`, `Innenfor budsjett`), `kr`, or an amount (`500 000 kr`)
      else if (seenTime && ((isCap(tokens[i]) && !/^\d/.test(tokens[i])) || /^(kr\.?|nok|mill\.?)$/i.test(tokens[i]) || /^\d{1,3}(?:[.,]\d+)?$/.test(tokens[i]))) {
        return { time: tokens.slice(0, i).join(' '), financing: tokens.slice(i).join(' ') };
      }
    }
  }
  return { time: tokens.join(' ') };
}

/**
 * Splits a responsible/partner cell into names: at commas, at ` og ` before a capitalised name, never inside brackets.
 * @example splitNames('LRU og LKP') // ['LRU', 'LKP']
 * @example splitNames('Visit Lillehammer, OFK, Personalforum') // ['Visit Lillehammer', 'OFK', 'Personalforum']
 */
export function splitNames(cell: string, isName: (text: string) => boolean = (t) => /^[A-ZÆØÅ]/.test(t), isWholeName: (text: string) => boolean = isName): string[] {
  const names: string[] = [];
  let depth = 0;
  let cur = '';
  const push = () => {
    const n = cur.trim().replace(/^[,;]+|[,;.]+$/g, '').trim();
    if (n) names.push(n);
    cur = '';
  };
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && ch === ',') {
      push();
      continue;
    }
    if (depth === 0 && cell.startsWith(' og ', i) && isName(cell.slice(i + 4)) && isWholeName(cur.trim())) {
      push();
      i += 3;
      continue;
    }
    cur += ch;
  }
  push();
  return names;
}

/**
 * Names for the actor index: split at commas, footnote markers removed (they stay in the written cell).
 * @example actorNames('RRH[^1], Kommunene') // ['RRH', 'Kommunene']
 */
export function actorNames(cell: string): string[] {
  return splitNames(cell.replace(/\[\^\w+\]/g, ''), () => false).filter((n) => /[\p{L}\p{N}]/u.test(n));
}
