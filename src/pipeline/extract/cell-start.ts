/**
 * Where the cells start on a line of an action table in any column order, after the action text: before a time
 * cell, the best start of the actor cells (a known name, a capitalised run, a legal form closing it; not the
 * object of a preposition, not the second of two names joined by `og`). Used by `action-cells.ts`.
 */
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { textSplit } from './cell-boundary.ts';
import { closesName, isCapitalised, PREPOSITION } from './table-tokens.ts';
import type { ColumnRole } from './table-header.ts';
import { isTimeMarker, looksLikeTimeframe } from './timeframe.ts';
import { legalForms, nameJoiners, organisationHeads } from '../../vocabulary/organisations.ts';
import { EVERY_WORDS, REPEATED_PERIODS } from '../../vocabulary/time.ts';

/** Thresholds for cutting cells. */
export const CELL_CUT = {
  /** A boundary between two actor cells scoring less than this is a guess: the row is marked uncertain. */
  sure: 2,
  /** The best boundary must beat the next best by this much to be sure. */
  margin: 1,
  /** Below this a boundary is not taken at all when a later block of the row can fill the next cell. */
  weakest: 1.5,
};

/** An empty cell as the tables write it. */
export const EMPTY_CELL = /^[-–]$/;

/** Where the cells start on a text line: the first cell's evidence after some text (`… innvandrere 2024 - NAV …`). */
export function cellStart(tokens: string[], roles: ColumnRole[], lex: ActorLexicon): { at: number; score: number } {
  const first = roles[0];
  if (first === 'timeframe') {
    for (let p = 2; p < tokens.length; p++) {
      if (EMPTY_CELL.test(tokens[p]) || (isTimeMarker(tokens[p]) && looksLikeTimeframe(tokens.slice(p).join(' ')) && (isCapitalised(tokens[p]) || /^\d/.test(tokens[p])))) return { at: p, score: CELL_CUT.sure };
    }
    return { at: -1, score: 0 };
  }
  const timeAt = roles[roles.length - 1] === 'timeframe' ? timeCellStart(tokens) : -1;
  if (timeAt < 0) return textSplit(tokens, new Set(), lex, timeAt);
  return actorStartBefore(tokens, timeAt, lex);
}

/** Weights for where an actor cell starts between a row's text and its time cell (`… ny kraft og | Helgelandsrådet 1. halvår 2024`). */
const ACTOR_START = {
  /** A name the document repeats, or a place name with an organisation word (`Brønnøy kommune`), starts here. */
  known: 3,
  /** The capitalised run ends in a legal form (`Mo Industripark AS`). */
  legalForm: 2,
  /** The word before is lower case: a capitalised run starts here. */
  runStart: 1,
  /** The word before is a preposition: the capitalised word is its object, part of the text. */
  afterPreposition: -3,
  /** Each lower-case word between here and the time that is no part of a name. */
  lowerCaseAfter: -2,
  /** After an `og` inside the names (`Statens vegvesen og | Andøy kommune`, `Lindfjord og | Nesby kommune`): not where the cells start. */
  secondOfJoinedNames: -3,
};

/** Words of a name whose two places share one head: `Lindfjord og Nesby kommune`. */
const SHARED_HEAD_NAME_WORDS = 4;

const lower = (t: string | undefined) => (t ?? '').replace(/[,.;:]$/, '').toLowerCase();
/** A lower-case word that ends an organisation's name: a head (`kommune`, `vegvesen`) or a legal form (`AS`). */
export const endsOrganisation = (t: string | undefined) => organisationHeads.includes(lower(t)) || legalForms.includes(lower(t)) || closesName(t);
/** Shortest stem before an organisation head at a word's end (`Sjømat|rådet`, `Tur|laget`). */
const HEAD_STEM_MIN = 3;
/** A word that ends a body's name: a head or legal form, or a compound ending in a head (`Sjømatrådet`, `Turlaget`). */
export const endsBodyName = (t: string | undefined) => endsOrganisation(t) || organisationHeads.some((h) => !h.includes(' ') && lower(t).length >= h.length + HEAD_STEM_MIN && lower(t).endsWith(h));
/** `og` (or `samt`) between a complete name and a capitalised word: two names in one cell (`Statens vegvesen og Andøy kommune`). */
const joinsNames = (tokens: string[], q: number) => nameJoiners.includes(lower(tokens[q])) && endsBodyName(tokens[q - 1]) && isCapitalised(tokens[q + 1] ?? '');
/** `og` between a lone place word and a place with its head: one body's name (`Lindfjord og Nesby kommune`, `Møre og Romsdal fylkeskommune`). */
const sharesHead = (tokens: string[], q: number) =>
  nameJoiners.includes(lower(tokens[q])) && q >= 1 && isCapitalised(tokens[q - 1]) && !endsBodyName(tokens[q - 1]) && !isCapitalised(tokens[q - 2] ?? '') && isCapitalised(tokens[q + 1] ?? '') && endsOrganisation(tokens[q + 2]);
/** The joiner at q joins two names or two places sharing one head: a cell boundary never falls right after it. */
export const joinedByOg = (tokens: string[], q: number) => q >= 1 && (joinsNames(tokens, q) || sharesHead(tokens, q));
/** A lower-case word inside the names after position p: a head, a legal form, or a joiner inside or between names. */
const partOfNames = (tokens: string[], q: number) => endsOrganisation(tokens[q]) || joinsNames(tokens, q) || sharesHead(tokens, q);

/** The best start of the actor cells on a text line whose time cell starts at `timeAt`; the text wraps freely, even after `og`. */
function actorStartBefore(tokens: string[], timeAt: number, lex: ActorLexicon): { at: number; score: number } {
  const scored: { at: number; score: number }[] = [];
  for (let p = 1; p < timeAt; p++) {
    if (!isCapitalised(tokens[p]) || closesName(tokens[p])) continue;
    let s = 0;
    // `Lindfjord og Nesby kommune`: two places sharing one head name one body, as known as `Nesby kommune`
    const known = sharesHead(tokens, p + 1) ? SHARED_HEAD_NAME_WORDS : actorAt(tokens, p, lex);
    if (known) s += ACTOR_START.known;
    const joined = joinedByOg(tokens, p - 1);
    const runStart = !isCapitalised(tokens[p - 1]) && !joined;
    if (joined) s += ACTOR_START.secondOfJoinedNames;
    const legal = runStart && closesName(tokens[timeAt - 1]) && tokens.slice(p, timeAt).every((t) => isCapitalised(t) || closesName(t));
    if (legal) s += ACTOR_START.legalForm;
    if (runStart) s += ACTOR_START.runStart;
    if (PREPOSITION.test(tokens[p - 1]) && !known && !legal) s += ACTOR_START.afterPreposition;
    for (let q = p + Math.max(1, known); q < timeAt; q++) if (!isCapitalised(tokens[q]) && !partOfNames(tokens, q) && !(q === timeAt - 1 && /^(og|,)$/.test(tokens[q]))) s += ACTOR_START.lowerCaseAfter;
    scored.push({ at: p, score: s });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best) return { at: timeAt, score: 0 };
  const sure = !next || best.score - next.score >= CELL_CUT.margin;
  return { at: best.at, score: sure ? Math.max(best.score, CELL_CUT.sure) : best.score };
}

const EVERY = new RegExp(`^(${EVERY_WORDS.join('|')})$`, 'i');
const PERIOD = new RegExp(`^(${REPEATED_PERIODS.join('|')})[.,]?$`, 'i');
/** A capitalised word of repetition and its period (`Kvart år`, `Hvert halvår`, `Kvar haust`) at `p`: a time cell's start. */
const repeatedPeriodAt = (tokens: string[], p: number) =>
  isCapitalised(tokens[p]) && EVERY.test(tokens[p]) && (PERIOD.test(tokens[p + 1] ?? '') || isTimeMarker(tokens[p + 1] ?? ''));

/** Where a trailing timeframe starts on a line: the first time marker after which the line is all time. */
export function timeCellStart(tokens: string[]): number {
  for (let p = 0; p < tokens.length; p++) {
    const ordinal = /^\d{1,2}\.$/.test(tokens[p]) && isTimeMarker(tokens[p + 1] ?? '');
    const every = repeatedPeriodAt(tokens, p);
    if ((isTimeMarker(tokens[p]) || ordinal || every) && tokens.slice(every ? p + 1 : p).every((t) => isTimeMarker(t) || /^\d{1,2}\.$/.test(t) || /^[a-zæøå]+$/.test(t))) return p;
  }
  return -1;
}

/** Where a time cell that opens the tokens ends: time markers, ordinals and the lower-case words between them. */
export function timePrefixEnd(tokens: string[], k: number): number {
  let j = k;
  const rangeDash = (i: number) => i > k && /^[–-]$/.test(tokens[i]) && isTimeMarker(tokens[i + 1] ?? '');
  while (j < tokens.length && (isTimeMarker(tokens[j]) || /^\d{1,2}\.$/.test(tokens[j]) || (j > k && /^[a-zæøå]+$/.test(tokens[j])) || rangeDash(j))) j++;
  // a lower-case word that ended the run belongs to the next cell only if it is no time word: trim trailing joiners
  while (j > k + 1 && /^(og|i|av|til)$/.test(tokens[j - 1])) j--;
  return j;
}

/** Tokens an amount opening the tokens takes: `1 200 000` (groups of three after the first), `2,5`; at least one token. */
export function amountLength(tokens: string[]): number {
  if (!/^\d{1,3}(?:[.,]\d+)?$/.test(tokens[0] ?? '')) return Math.max(1, tokens.findIndex((t) => !/^[\d.,]+$/.test(t)));
  let n = 1;
  while (/^\d{3}$/.test(tokens[n] ?? '')) n++;
  return n;
}
