/**
 * Where one cell of an action row ends and the next begins when the PDF extraction wrote them side by side on
 * one line: each position scored by its evidence (a known actor starts there, punctuation or a double space
 * before it, a legal form closing the name before it …), and the split of a text line into the action's text
 * and the cells after it.
 */
import type { Block } from '../segment.ts';
import { isStandaloneTimeWord, isTimeMarker, looksLikeTimeframe } from './timeframe.ts';
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { clean, closesName, CONNECTORS, isAcronym, isCap, tokenise, tokensOf } from './table-tokens.ts';
import { timeStart } from './time-cell.ts';
import { GENERIC_PLURAL_ACTOR, NAME_CLOSING_HEADS } from '../../vocabulary/action-table.ts';

/** The widest a responsible/partner cell wraps in these PDFs; text cells wrap wider. */
export const CELL_WIDTH = 40;

/** Longest name before its legal form: `Museene i Sør-Trøndelag AS` has four words. */
const LEGAL_NAME_MAX_WORDS = 4;

/** Weights of the evidence for a cell boundary (added up by `boundaryScore`). */
const CUT_WEIGHTS = {
  /** A legal form (AS, SA, IKS …) ended the word before: an organisation's name is complete. */
  afterLegalForm: 2,
  /** A name the document repeats starts here. */
  knownActor: 3.5,
  /** The word before ends in a full stop or colon: the text before has ended. */
  afterPunctuation: 2,
  /** The extraction kept a double space before the word: a column gap. */
  doubleSpace: 2,
  /** A name closed by its bracket: `Hadeland utvikling (HARU)1 Kunnskapspark, …`. */
  afterBracket: 1.5,
  /** The word ends in a comma: a cell that is a list starts here (`Regionrådet Hallingdal Grunneiere, meglere`). */
  listStarts: 0.5,
  /** The word before is lower-case (or ends a sentence): a capitalised word after running text starts a cell. */
  afterLowerCase: 1.5,
  /** An acronym before, and no known name here. */
  afterAcronym: 0.5,
  /** A one-word known actor before. */
  afterOneWordActor: 1,
  /** `LRU og LKP De lokale …`: a finished `A og B` list before a capitalised word. */
  afterOgList: 1.5,
  /** A public body's head ended the word before (`Hadsel kommune | Kystverket`): that name is complete. */
  afterPublicBodyHead: 1,
  /** A group named by one plural word before (`Kommunane | Statsforvaltaren i …`): that name is complete. */
  afterGroupWord: 1.5,
  /** A group named by one plural word starts here after a capitalised word (`Søre Sunnmøre | Kommunane`): no name goes on into it. */
  groupWordAfterName: 2,
};

/** Scores a text split must reach (`textSplit`). */
const TEXT_SPLIT = {
  /** The weakest boundary taken as the end of the action text … */
  minScore: 1.5,
  /** … or, on a row written on one line with its timeframe at the end, where the actors must stand before the time. */
  minScoreBeforeTime: 1.4,
  /** A boundary this strong ends the text at the first known actor. */
  sure: 3,
  /** Cells kept apart by runs of spaces (two gaps or more): the first gap ends the text. */
  spacedCells: 5,
  /** A later known name supports this being the actor part. */
  laterActor: 0.5,
  /** A known name running on into lower-case text is part of the sentence, not a cell. */
  nameRunsIntoText: 3,
  /** Without a better boundary, the text ends where the time starts. */
  atTime: 1,
};

/** Token p lies inside one known name (no cell boundary may fall there). */
function insideName(tokens: string[], p: number, lex: ActorLexicon): boolean {
  for (let s = Math.max(0, p - 3); s < p; s++) {
    const n = actorAt(tokens, s, lex);
    if (n > 1 && s + n > p) return true;
  }
  return false;
}

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

/** No cell can start at p: a lower-case word, a digit, a quote or bracket, after a connector, or inside a name. */
function cannotStartCell(tokens: string[], p: number, lex: ActorLexicon): boolean {
  const prev = tokens[p - 1];
  const tok = tokens[p];
  if (!isCap(tok) && !isStandaloneTimeWord(tok)) return true;
  // names do not start with a digit (`nummer 2-problematikken`)
  if (/^\d/.test(tok)) return true;
  // a quoted name inside the text: `samlokaliseringen "Lillehammer-regionen Utvikling"`
  if (/^[«"“]/.test(tok)) return true;
  // a bracket explains the name before it: `Hadeland utvikling (HARU)`, `LRU (evt i samarbeid med …)`
  if (/^\(/.test(tok)) return true;
  if (CONNECTORS.has(prev.toLowerCase()) || /[,/&+–-]$/.test(prev) || /^[/&+–-]/.test(tok)) return true;
  if (insideName(tokens, p, lex)) return true;
  // a legal form closes the name before it (`Nordfjord Reiseliv AS`, `Visit Sognefjord AS`): no cell starts inside
  // that name, one may start after it
  return closesName(tok) || leadsToLegalForm(tokens, p, lex);
}

/**
 * How strongly position p starts a new cell: a capitalised word not tied to the word before it, scored by
 * `CUT_WEIGHTS`; -Infinity where no cell can start.
 * @example boundaryScore(['Kartlegging', 'av', 'behov', 'LRU'], 3, lex, new Set()) // 5 (a known acronym after lower-case text)
 */
export function boundaryScore(tokens: string[], p: number, lex: ActorLexicon, doubleSpaceBefore: Set<number>): number {
  if (p <= 0 || p >= tokens.length) return -Infinity;
  if (cannotStartCell(tokens, p, lex)) return -Infinity;
  const prev = tokens[p - 1];
  const tok = tokens[p];
  const w = CUT_WEIGHTS;
  let s = closesName(prev) ? w.afterLegalForm : 0;
  const known = actorAt(tokens, p, lex);
  if (known) s += w.knownActor;
  if (/[.:]$/.test(clean(prev) === prev ? '' : prev) || /[.]$/.test(prev)) s += w.afterPunctuation;
  if (doubleSpaceBefore.has(p)) s += w.doubleSpace;
  if (/\)(\[\^\w+\])?$/.test(prev)) s += w.afterBracket;
  if (/,$/.test(tok)) s += w.listStarts;
  s += isCap(prev) && !/[.]$/.test(prev) ? 0 : w.afterLowerCase;
  if (isAcronym(prev) && !known) s += w.afterAcronym;
  if (actorAt(tokens, p - 1, lex) === 1 && /^[A-ZÆØÅ]/.test(prev)) s += w.afterOneWordActor;
  if (p >= 2 && tokens[p - 2] === 'og' && isCap(prev)) s += w.afterOgList;
  if (NAME_CLOSING_HEADS.includes(prev)) s += w.afterPublicBodyHead;
  if (GENERIC_PLURAL_ACTOR.test(clean(prev).toLowerCase())) s += w.afterGroupWord;
  if (GENERIC_PLURAL_ACTOR.test(clean(tok).toLowerCase()) && /^[A-ZÆØÅ]/.test(tok) && isCap(prev)) s += w.groupWordAfterName;
  return s;
}

/**
 * `Forprosjekt bedriftsnettverk Bedriftene Regionrådet, …`: a capitalised word after lower-case text, just before
 * the known actor at p, is the responsible cell (nouns are not capitalised in Norwegian running text).
 */
function capitalisedCellBefore(tokens: string[], p: number, lex: ActorLexicon, dbl: Set<number>): boolean {
  const prev = tokens[p - 1];
  return p >= 3 && /^[A-ZÆØÅ][a-zæøå]+$/.test(clean(prev)) && !isAcronym(prev) && !isTimeMarker(prev) && /^[a-zæøå]|-[a-zæøå]+$/.test(tokens[p - 2]) && !actorAt(tokens, p - 1, lex) && boundaryScore(tokens, p - 1, lex, dbl) > -Infinity;
}

/** A known name of n words at p that runs on into lower-case text (no comma, gap or capital after it) is part of the sentence. */
function nameRunsIntoText(tokens: string[], p: number, n: number, end: number, dbl: Set<number>): boolean {
  const after = tokens[p + n];
  const capLater = tokens.slice(p + n, end).some((t) => isCap(t));
  return !!n && !!after && !isCap(after) && !capLater && !/,$/.test(tokens[p + n - 1]) && !dbl.has(p + n) && !isStandaloneTimeWord(after);
}

/**
 * Cells on a text line: the best place where the action text stops and the responsible cell begins
 * (`at` -1 when none scores enough). `timeAt` is where the timeframe cell starts, -1 if none.
 * @example textSplit(['Kartlegging', 'av', 'behov', 'LRU', 'Kommunene'], new Set(), lex, -1) // { at: 3, score: 5 }
 */
export function textSplit(tokens: string[], dbl: Set<number>, lex: ActorLexicon, timeAt: number): { at: number; score: number } {
  let best = { at: -1, score: timeAt > 2 && timeAt < tokens.length ? TEXT_SPLIT.minScoreBeforeTime : TEXT_SPLIT.minScore };
  const end = timeAt >= 0 ? timeAt : tokens.length;
  const gaps = [...dbl].filter((g) => g >= 2 && g < tokens.length).sort((a, b) => a - b);
  if (gaps.length >= 2 && gaps[0] < end) return { at: gaps[0], score: TEXT_SPLIT.spacedCells };
  for (let p = 2; p < end; p++) {
    let s = boundaryScore(tokens, p, lex, dbl);
    if (s === -Infinity) continue;
    for (let q = p + 1; q < end; q++) if (actorAt(tokens, q, lex) && /[,]$/.test(tokens[q - 1]) === false) { s += TEXT_SPLIT.laterActor; break; }
    if (s > best.score) best = { at: p, score: s };
    // the text ends where the first known actor begins, if a cell boundary (not a lower-case word) follows the name
    const n = actorAt(tokens, p, lex);
    if (n && capitalisedCellBefore(tokens, p, lex, dbl)) return { at: p - 1, score: s };
    if (nameRunsIntoText(tokens, p, n, end, dbl)) {
      s -= TEXT_SPLIT.nameRunsIntoText;
      if (best.at === p) best = { at: -1, score: TEXT_SPLIT.minScore };
    }
    if (n && s >= TEXT_SPLIT.sure) return { at: p, score: s };
  }
  if (best.at < 0 && timeAt > 1 && timeAt < tokens.length) return { at: timeAt, score: TEXT_SPLIT.atTime };
  return best;
}

/** Where cells begin on the first line of a text block (`Aktiv akkvisisjon av bedrifter LRU Bransjeorganisasjonene, Lillehammer`), if they do: the lines after it must be narrow cell continuations. */
export function cellsOnTextLine(b: Block, lex: ActorLexicon, hasTime: boolean): number | undefined {
  const lines = b.lines.map((l) => l.text);
  const rest = lines.slice(1);
  if (!rest.every((l) => l.length <= CELL_WIDTH)) return undefined;
  const { tokens, dbl } = tokenise(lines[0]);
  const all = [...tokens, ...rest.flatMap(tokensOf)];
  const t = hasTime ? timeStart(all, tokens.length, lex) : -1;
  const split = textSplit(tokens, dbl, lex, t >= 2 ? t : -1);
  // without a time on the line, a capitalised word is weak evidence (`… som søker Skattefunn og Forskningsrådet`)
  if (t < 2 && split.score < TEXT_SPLIT.sure && b.lines.length === 1 && rest.length === 0) return undefined;
  return split.at > 0 && split.at < tokens.length ? split.at : undefined;
}

/**
 * Where cells begin on the last line of a wrapped text block, if they do: the text wraps, and the line it ends on
 * carries the responsible, partner and time cells (`Utarbeide en felles markedsføring av regionen mot` /
 * `bedrifter i Oslo Ringerike Næringsforening Ringerike kommune, Hole kommune Q4 2025`). Only on strong evidence:
 * the line ends in a timeframe and a known name opens the cells.
 */
export function cellsOnLastLine(b: Block, lex: ActorLexicon, hasTime: boolean): number | undefined {
  if (!hasTime || b.lines.length < 2) return undefined;
  const last = b.lines[b.lines.length - 1];
  const { tokens, dbl } = tokenise(last.text);
  const t = timeStart(tokens, tokens.length, lex);
  if (t < 2 || !looksLikeTimeframe(tokens.slice(t).join(' '))) return undefined;
  const split = textSplit(tokens, dbl, lex, t);
  if (split.at < 1 || split.at >= t || split.score < TEXT_SPLIT.sure || !actorAt(tokens, split.at, lex)) return undefined;
  return split.at;
}
