/**
 * The actors a document names in its action tables, learnt before any row is split: acronyms it defines or
 * uses, names standing alone between commas, on their own line or before a double space, capitalised pairs the
 * tables repeat, acronyms always followed by the same word (`NHO Innlandet`), and pairs the prose repeats.
 * `actorAt` then finds a known name at a token, which is what the cell boundaries rest on.
 */
import type { SourceLine } from '../types.ts';
import type { AcronymFinding } from '../types.ts';
import { isTimeMarker, looksLikeTimeframe } from './timeframe.ts';
import { clean, closesName, CONNECTORS, isAcronym, isCap, PREPOSITION, tokensOf } from './table-tokens.ts';
import { PLACE_ORGANISATION_HEAD } from '../../vocabulary/action-table.ts';

/** Actor names the document repeats: phrases (lower-cased token lists) and acronyms. */
export interface ActorLexicon {
  phrases: Set<string>;
  acronyms: Set<string>;
}

/** Sizes and counts that decide what the lexicon takes for a name. */
const LEXICON = {
  /** Longest name in words (`Museene i Sør-Trøndelag AS`); `actorAt` looks no further. */
  maxNameWords: 4,
  /** A comma-separated piece of a line is a name candidate up to this many words. */
  commaCellMaxWords: 3,
  /** A short line standing alone (`De tre kommunene`) is a name candidate up to this many words … */
  shortLineMaxWords: 3,
  /** … and this many characters. */
  shortLineMaxChars: 30,
  /** Evidence of a name the document defines with an acronym (`Lillehammer kunnskapspark (LKP)`). */
  definedNameWeight: 2,
  /** Times an acronym must be followed by one word before the pair counts as one name … */
  followerMinCount: 3,
  /** … and the share of its uses that word must have. */
  followerMinShare: 0.9,
  /** Times a capitalised pair must recur, and distinct words after it, to be a name. */
  pairMinRepeats: 2,
  pairMinFollowers: 2,
  /** Distinct cells a line-opening name must precede to be a name of its own. */
  lineStartMinFollowers: 2,
  /** Times the prose must repeat a capitalised pair (unless a table cell closes with it). */
  proseMinRepeats: 2,
};

/** What the tables' lines teach, gathered line by line before the names are decided. */
interface LexiconTally {
  /** Name candidates (lower-cased) and the evidence for each. */
  phrases: Map<string, number>;
  acronyms: Set<string>;
  /** Names opening a line of cells: how often, and which cells follow them. */
  lineStarts: Map<string, { n: number; next: Set<string> }>;
  /** What follows each acronym: `NHO Innlandet` is one name when NHO never stands without it. */
  acronymFollowers: Map<string, Map<string, number>>;
  /** Capitalised pairs the tables repeat (`Hallingdal Næringsråd`), how often and before which words. */
  pairs: Map<string, { n: number; next: Set<string>; first: string }>;
}

/** Adds a name candidate when it reads as one name: capitalised, at most four words, not two names glued, no time. */
function addPhrase(phrases: Map<string, number>, item: string, weight = 1): void {
  const toks = tokensOf(item).map(clean).filter(Boolean);
  if (!toks.length || toks.length > LEXICON.maxNameWords || !isCap(toks[0])) return;
  // a name is `Lillehammer kunnskapspark` or `Visit Lillehammer`, never two glued: `LRU Lillehammer`, `kunnskapspark Regionrådet`
  if (toks.length > 1 && isAcronym(toks[0]) && isCap(toks[1])) return;
  if (toks.some((t, k) => k > 1 && isCap(t) && !isCap(toks[k - 1]) && !CONNECTORS.has(toks[k - 1]))) return;
  if (looksLikeTimeframe(toks.join(' '))) return;
  const key = toks.join(' ').toLowerCase();
  phrases.set(key, (phrases.get(key) ?? 0) + weight);
}

/** Names standing alone: between commas, after a comma at the line's end, before a double space, or as a short line. */
function noteStandaloneNames(tally: LexiconTally, lines: SourceLine[], i: number): void {
  const l = lines[i];
  const raw = l.text;
  const parts = raw.split(',');
  parts.forEach((p, k) => {
    // a piece bounded on its left: after a comma, or opening a line that continues the line above
    const bounded = k > 0 || (i > 0 && !!lines[i - 1].text && !l.indented);
    if (parts.length > 1 && bounded && tokensOf(p).length <= LEXICON.commaCellMaxWords) addPhrase(tally.phrases, p);
    if (parts.length > 1 && k === parts.length - 1 && k > 0) addPhrase(tally.phrases, p);
  });
  const dbl = /^(\S+(?: \S+){0,2})  +\S/.exec(raw);
  if (dbl) addPhrase(tally.phrases, dbl[1]);
}

/**
 * A short line on its own (`De tre kommunene`), not a sentence's end, nor the object of a preposition ending the
 * line above (`… til romindustrien på` / `Andøya`): that is a wrapped action text.
 */
function noteShortLine(tally: LexiconTally, raw: string, toks: string[], i: number, above = ''): void {
  if (PREPOSITION.test(tokensOf(above).at(-1) ?? '')) return;
  const short = i > 0 && toks.length <= LEXICON.shortLineMaxWords && raw.length <= LEXICON.shortLineMaxChars && !raw.includes(',') && !/[a-zæøå]{3,}\.$/.test(raw);
  if (toks.length === 1 || short) addPhrase(tally.phrases, raw);
}

/** The word after each acronym on the line (or none), when that word ends there: `NHO Innlandet,`. */
function noteAcronymFollowers(tally: LexiconTally, toks: string[]): void {
  toks.forEach((t, k) => {
    // (an acronym ending its line says nothing: its follower may stand on the next)
    if (!isAcronym(t) || /[,.;:]$/.test(t) || /^\(/.test(t) || isTimeMarker(t) || k === toks.length - 1) return;
    const f = tally.acronymFollowers.get(clean(t)) ?? new Map<string, number>();
    // the follower must end there (`NHO Innlandet,`), not open a longer name (`LRU Lillehammer kunnskapspark`)
    const after = toks[k + 2];
    const ends = /,$/.test(toks[k + 1] ?? '') || after === undefined || isCap(after);
    const word = toks[k + 1] !== undefined && /^[A-ZÆØÅ][a-zæøå]+$/.test(clean(toks[k + 1])) && !isTimeMarker(toks[k + 1]);
    if (word && !ends) return;
    const next = word ? clean(toks[k + 1]) : '';
    f.set(next, (f.get(next) ?? 0) + 1);
    tally.acronymFollowers.set(clean(t), f);
  });
}

/** Capitalised pairs the tables repeat: `Hallingdal Næringsråd`, `Innovasjon Norge`. */
function noteCapitalisedPairs(tally: LexiconTally, toks: string[]): void {
  for (let k = 0; k + 1 < toks.length; k++) {
    const a = clean(toks[k]);
    const b = clean(toks[k + 1]);
    if (!/^[A-ZÆØÅ][a-zæøå]/.test(a) || !/^[A-ZÆØÅ][a-zæøå]/.test(b) || isTimeMarker(b) || /[,.]$/.test(toks[k])) continue;
    // the tail of a longer name is no pair: `Høgskolen i Innlandet Kommunene`, `Innovasjon Norge Kommunene`
    const before = toks[k - 1];
    if (before !== undefined && !/[,.;:]$/.test(before) && !closesName(before) && (CONNECTORS.has(before.toLowerCase()) || isCap(before))) continue;
    const key = `${a} ${b}`;
    const e = tally.pairs.get(key) ?? { n: 0, next: new Set<string>(), first: a };
    e.n++;
    e.next.add(clean(toks[k + 2] ?? '').toLowerCase());
    tally.pairs.set(key, e);
  }
}

/** A name opening a line of cells: capitalised word (+ lower-case words) followed by another capitalised cell. */
function noteLineStart(tally: LexiconTally, toks: string[]): void {
  for (let n = 1; n <= 3 && n < toks.length; n++) {
    if (!isCap(toks[0]) || toks.slice(1, n).some((t) => isCap(t) || CONNECTORS.has(t))) break;
    if (isCap(toks[n]) && !CONNECTORS.has(toks[n - 1])) {
      const key = toks.slice(0, n).map(clean).join(' ');
      const e = tally.lineStarts.get(key) ?? { n: 0, next: new Set<string>() };
      e.n++;
      e.next.add(clean(toks[n]).toLowerCase());
      tally.lineStarts.set(key, e);
    }
  }
}

/** Everything one table line teaches, in the order the evidence is gathered. */
function noteTableLine(tally: LexiconTally, lines: SourceLine[], i: number): void {
  const raw = lines[i].text;
  for (const t of tokensOf(raw)) if (isAcronym(t) && !isTimeMarker(t)) tally.acronyms.add(clean(t).split('/')[0]);
  noteStandaloneNames(tally, lines, i);
  const toks = tokensOf(raw);
  noteAcronymFollowers(tally, toks);
  noteShortLine(tally, raw, toks, i, lines[i - 1]?.text);
  noteCapitalisedPairs(tally, toks);
  noteLineStart(tally, toks);
}

/** Names decided from the repeated line openings and pairs. */
function addRepeatedNames(tally: LexiconTally): void {
  const { lineStarts, pairs } = tally;
  // a name opening lines before different cells (`Snowball Trip …`, `Snowball Fotograf …`) is a name of its own
  // (a longer name that opens several lines, `De tre kommunene`, `Lillehammer kunnskapspark`, is one too)
  const pairIsName = new Set([...pairs].filter(([, e]) => e.n >= LEXICON.pairMinRepeats && e.next.size >= LEXICON.pairMinFollowers).map(([k]) => k.toLowerCase()));
  // a region name opening several names (`Valdres Destinasjon`, `Valdres Næringsforum`) is their first word, not a name of its own
  const prefixOfNames = (w: string) => [...(lineStarts.get(w)?.next ?? [])].filter((f) => pairIsName.has(`${w} ${f}`.toLowerCase())).length >= 2;
  for (const [k, e] of lineStarts) {
    if ((e.next.size >= LEXICON.lineStartMinFollowers && !prefixOfNames(k)) || (e.n >= 2 && k.includes(' '))) addPhrase(tally.phrases, k);
  }
  // a pair is a name when it recurs before different words, and its first word is not a name of its own (`Snowball Trip Advisor`)
  for (const [k, e] of pairs) {
    if (pairIsName.has(k.toLowerCase()) && ((lineStarts.get(e.first)?.next.size ?? 0) < LEXICON.lineStartMinFollowers || prefixOfNames(e.first))) addPhrase(tally.phrases, k);
  }
}

/** `NHO Innlandet`: an acronym followed by the same word nearly every time it is used. */
function addAcronymPairs(tally: LexiconTally): void {
  for (const [a, f] of tally.acronymFollowers) {
    const total = [...f.values()].reduce((x, y) => x + y, 0);
    const [word, n] = [...f].sort((x, y) => y[1] - x[1])[0];
    if (word && n >= LEXICON.followerMinCount && n / total >= LEXICON.followerMinShare) tally.phrases.set(`${a} ${word}`.toLowerCase(), 1);
  }
}

/** Multi-word names the prose repeats with every word capitalised: `Visit Lillehammer`, `Innovasjon Norge`. */
function addProsePairs(tally: LexiconTally, tables: SourceLine[][], prose: string[]): void {
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
  for (const [k, n] of counts) if (n >= LEXICON.proseMinRepeats || closing.has(k)) tally.phrases.set(k, (tally.phrases.get(k) ?? 0) + 1);
}

/**
 * Learns the actors a document names in its action tables before any row is split: acronyms it defines
 * or uses, names standing alone between commas, on their own line, or before a double space.
 * @example buildActorLexicon(tableLines, acronyms).phrases.has('visit lillehammer') // true
 */
export function buildActorLexicon(tables: SourceLine[][], acronyms: AcronymFinding[], prose: string[] = []): ActorLexicon {
  const tally: LexiconTally = { phrases: new Map(), acronyms: new Set(), lineStarts: new Map(), acronymFollowers: new Map(), pairs: new Map() };
  for (const a of acronyms) {
    tally.acronyms.add(a.short);
    addPhrase(tally.phrases, a.long, LEXICON.definedNameWeight);
  }
  for (const lines of tables) lines.forEach((_, i) => noteTableLine(tally, lines, i));
  addRepeatedNames(tally);
  addAcronymPairs(tally);
  addProsePairs(tally, tables, prose);
  return { phrases: new Set(tally.phrases.keys()), acronyms: tally.acronyms };
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

/**
 * Length (in tokens) of the known actor name starting at token i, 0 if none.
 * @example actorAt(['Visit', 'Lillehammer', 'Våren', '2015'], 0, lex) // 2
 */
export function actorAt(tokens: string[], i: number, lex: ActorLexicon): number {
  for (let n = Math.min(LEXICON.maxNameWords, tokens.length - i); n >= 1; n--) {
    const key = tokens.slice(i, i + n).map(clean).join(' ').toLowerCase();
    if (n === 1 && /^[A-ZÆØÅ][a-zæøå]/.test(tokens[i] ?? '') && !/[,.]$/.test(tokens[i]) && PLACE_ORGANISATION_HEAD.test(clean(tokens[i + 1] ?? ''))) return 2;
    if (lex.phrases.has(key)) return n;
  }
  const first = clean(tokens[i] ?? '').split('/')[0];
  if (first && (lex.acronyms.has(first) || (isAcronym(tokens[i]) && !isTimeMarker(tokens[i])))) return 1;
  return 0;
}
