/**
 * Where an action row's timeframe cell starts in a run of cells, and where the financing cell after it
 * begins: time markers from `timeframe.ts`, read back to the word that opens the cell.
 */
import { isAdjectivalTimeWord, isStandaloneTimeWord, isTimeMarker } from './timeframe.ts';
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { CONNECTORS, isAcronym, isCap } from './table-tokens.ts';
import { nameJoiners } from '../../vocabulary/organisations.ts';
import { AMOUNT_UNIT_WORD, TIME_WORD_NEEDING_DATE, TIME_WORD_NOT_DATE, VED_TIME_NOUN } from '../../vocabulary/action-table.ts';

/** Words that mark time only when a date, year, month or season follows within this many words. */
const TIME_WORD_REACH = 3;
/** The farthest (in words) a timeframe cell opens before its first time word: `Kartlegging innen mars`. */
const TIME_CELL_LEAD_MAX = 4;
/** The farthest a cell opening its line may run on to its time word: `På minst tre arr. pr. år fra` / `2015`. */
const TIME_CELL_LINE_LEAD_MAX = 7;

/** A time marker that only marks time here: not an adjective (`årlig`), `ved` only before a time noun, `fra`/`innen` only before a date. */
function marksTime(tokens: string[], i: number): boolean {
  const t = tokens[i];
  if (!isTimeMarker(t) || isAdjectivalTimeWord(tokens, i)) return false;
  if (/^ved$/i.test(t) && !VED_TIME_NOUN.test(tokens[i + 1] ?? '')) return false;
  // `fra`, `innen`, `ila` only mark time when a date, year, month or season follows soon
  if (TIME_WORD_NEEDING_DATE.test(t) && !tokens.slice(i + 1, i + 1 + TIME_WORD_REACH).some((n) => isTimeMarker(n) && !TIME_WORD_NOT_DATE.test(n))) return false;
  return true;
}

/** Walks back from the time word at i to the word that opens its cell; i itself when none does. */
function timeCellOpening(tokens: string[], i: number, lineLen: number, lex?: ActorLexicon): number {
  // a joiner right before the time ends the cell before it, left open for its next line (`Statens vegvesen og | 2026`)
  if (i > 0 && nameJoiners.includes(tokens[i - 1].toLowerCase())) return i;
  const digit = /^\d/.test(tokens[i]);
  // walk back over lower-case words to the word that opens the cell (`Kartlegging innen mars`, `Første utlysning 2015`)
  let j = i;
  const lowish = (x: string) => !isCap(x) || /^\d{1,2}$/.test(x);
  while (j > 0 && i - j < TIME_CELL_LEAD_MAX && lowish(tokens[j - 1]) && !/,$/.test(tokens[j - 1]) && !isTimeMarker(tokens[j - 1])) j--;
  if (j > 0 && j < i && i - j < TIME_CELL_LEAD_MAX && isCap(tokens[j - 1]) && !/,$/.test(tokens[j - 1])) j--;
  // a cell that opens its line and runs on to its time word: `På minst tre arr. pr. år fra` / `2015`
  // (or wraps to it: `Overgripende plan og` / `konsept klart juni 2015`; never a name: `LRU Næringsliv …`)
  else if (!digit && i <= TIME_CELL_LINE_LEAD_MAX && isCap(tokens[0]) && (i < lineLen || (!isAcronym(tokens[0]) && !(lex && actorAt(tokens, 0, lex)) && tokens.slice(1, i).every((x) => !isCap(x)))) && !tokens.slice(0, i).some((x) => /,$/.test(x) || isTimeMarker(x)) && tokens.slice(1, i).every(lowish)) j = 0;
  else if (!digit && j === i && j > 0 && isCap(tokens[j - 1]) && !/[,.]$/.test(tokens[j - 1])) j--;
  // (`Oppstart 2015`, never the end of a name: `Høgskolen i Innlandet 2014-2016`, `Regionrådet 2017-2018`)
  else if (digit && j === i && j > 0 && isCap(tokens[j - 1]) && !/[,.]$/.test(tokens[j - 1]) && (j < 2 || !isCap(tokens[j - 2])) && !CONNECTORS.has((tokens[j - 2] ?? '').toLowerCase()) && !/,$/.test(tokens[j - 2] ?? '') && !(lex && actorAt(tokens, j - 1, lex))) j--;
  return j;
}

/**
 * Where the timeframe cell starts in a run of cells: the nearest capitalised word before the first time marker
 * (never past the first line, `lineLen` tokens long); -1 when no time marker is there.
 * @example timeStart(['LRU', 'Kartlegging', 'innen', 'mars'], 4) // 1
 */
export function timeStart(tokens: string[], lineLen: number, lex?: ActorLexicon): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!marksTime(tokens, i)) continue;
    const t = tokens[i];
    const digit = /^\d/.test(t);
    if ((isCap(t) && !digit) || isStandaloneTimeWord(t)) return Math.min(i, lineLen);
    // an ordinal opens the time it counts: `1. kvartal 2024`, `15. mars 2015`
    if (!digit && i > 0 && /^\d{1,2}\.$/.test(tokens[i - 1])) return Math.min(i - 1, lineLen);
    const j = timeCellOpening(tokens, i, lineLen, lex);
    if (j < i && isCap(tokens[j]) && !isAcronym(tokens[j]) && !(lex && actorAt(tokens, j, lex)) && j <= lineLen) return j;
    return Math.min(i, lineLen);
  }
  return -1;
}

/**
 * Time and financing from a run of tokens: the financing starts at the first capitalised non-time word, `kr` or
 * amount after a time word. Without a financing column everything is time.
 * @example splitFinancing(['Innen', 'desember', '2014', 'Tilskudd', '50', '000'], true) // { time: 'Innen desember 2014', financing: 'Tilskudd 50 000' }
 */
export function splitFinancing(tokens: string[], hasFinancing: boolean): { time: string; financing?: string } {
  if (hasFinancing) {
    let seenTime = false;
    // (the financing may start on the line the timeframe wraps to: `Jevnaker næringsforum Våren` / `2014 Innenfor rammen`)
    for (let i = 0; i < tokens.length; i++) {
      if (isTimeMarker(tokens[i])) seenTime = true;
      // after the time: a capitalised word (`Tilskudd …`, `Innenfor budsjett`), `kr`, or an amount (`500 000 kr`)
      else if (seenTime && ((isCap(tokens[i]) && !/^\d/.test(tokens[i])) || AMOUNT_UNIT_WORD.test(tokens[i]) || /^\d{1,3}(?:[.,]\d+)?$/.test(tokens[i]))) {
        return { time: tokens.slice(0, i).join(' '), financing: tokens.slice(i).join(' ') };
      }
    }
  }
  return { time: tokens.join(' ') };
}
