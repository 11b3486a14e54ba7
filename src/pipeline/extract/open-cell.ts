/**
 * A cell left open at a line's end in a flattened action table (a comma, a joining word, a name without its head)
 * goes on in the next line beside the wrapped text: where its name starts on that line, and whether a short
 * lower-case line finishes it (`Havbrukslaget,` / `lærlinger i havbruksnæringen Lindvik videregående` / `skole`).
 * Shared by the readers of numbered tables (`action-cells.ts`) and interleaved rows (`interleaved-rows.ts`).
 */
import { CELL_CUT, endsOrganisation } from './cell-start.ts';
import { closesName, CONNECTORS, isAcronym, isCapitalised, PREPOSITION } from './table-tokens.ts';
import { OBJECT_PREPOSITIONS } from '../../vocabulary/action-table.ts';
import { nameJoiners } from '../../vocabulary/organisations.ts';

/** Words that leave a line of text open: it goes on in the next line (`… av`, `… og`, `… langs`). */
const TEXT_OPEN_WORDS: ReadonlySet<string> = new Set([...OBJECT_PREPOSITIONS, ...nameJoiners]);
/** A line of text that goes on in the next line's text: it ends in a hyphen or one of those words. */
export const textLeftOpen = (text: string) => /-$/.test(text) || TEXT_OPEN_WORDS.has(text.split(/\s+/).at(-1)!.toLowerCase());

/** Most lower-case words after a name's capitalised first word on one line, before its head (`Andøy videregående` / `skole`). */
const NAME_LOWER_WORDS_MAX = 2;

const isLowerWord = (t: string) => /^[a-zæøå]/.test(t) && !CONNECTORS.has(t.toLowerCase());

/**
 * Where the name an open cell goes on with starts on a line with no capitalised run at its end: the last
 * capitalised word, not the line's first nor a preposition's object, followed only by a few lower-case words
 * that join nothing (`fiskeflåten og fiskeindustrien | Andøy videregående`). The line's length when there is none.
 */
export function openNameStart(tokens: string[]): number {
  for (let k = tokens.length - 1; k >= 1 && tokens.length - 1 - k <= NAME_LOWER_WORDS_MAX; k--) {
    if (isCapitalised(tokens[k])) return PREPOSITION.test(tokens[k - 1]) ? tokens.length : k;
    if (!isLowerWord(tokens[k])) return tokens.length;
  }
  return tokens.length;
}

/**
 * A short lower-case line after a cell whose name is unfinished (`Andøy videregående` / `skole`, `Statens` / `vegvesen`)
 * while the text beside it has ended: the line finishes the name. `sure` when it ends in an organisation's head.
 */
export function finishesName(tokens: string[], names: string[], prevText: string): { sure: boolean } | undefined {
  if (!tokens.length || tokens.length > NAME_LOWER_WORDS_MAX || !tokens.every(isLowerWord) || textLeftOpen(prevText)) return undefined;
  const last = names[names.length - 1] ?? '';
  const sure = endsOrganisation(tokens[tokens.length - 1]);
  const unfinished = names.some(isCapitalised) && ((isLowerWord(last) && !endsOrganisation(last)) || (isCapitalised(last) && !/,$/.test(last) && !closesName(last) && sure));
  return unfinished ? { sure } : undefined;
}


/** A year or a range of years ending a time cell: `2026`, `2026–2027`. */
const YEAR = /^(19|20)\d\d(?:[–-](19|20)?\d\d)?$/;

/**
 * The ends of cells a continuation line carries after its lower-case text (`alle sju kommunane | regionråd | 2026`):
 * a year that completes a time cell left without one (`Innan 1. juni` / `2026`) and, before it, an organisation's
 * lower-case head that finishes a name left without one (`Søre Sunnmøre` / `regionråd`). `at` is where the text
 * ends; undefined when the line carries neither.
 * @example cellEndsOnLine(['alle', 'kommunane', 'regionråd', '2026'], true, true) // { at: 2, head: 'regionråd', year: '2026' }
 */
export function cellEndsOnLine(tokens: string[], timeWantsYear: boolean, nameWantsHead: boolean): { at: number; head?: string; year?: string } | undefined {
  if (tokens.length < 2 || !/^[a-zæøå]/.test(tokens[0])) return undefined;
  let at = tokens.length;
  const year = timeWantsYear && YEAR.test(tokens[at - 1]) ? tokens[--at] : undefined;
  // (a capitalised word before the head makes a whole name with it: `… industrien Vanylven kommune`)
  const head = nameWantsHead && at > 1 && /^[a-zæøå]/.test(tokens[at - 1]) && endsOrganisation(tokens[at - 1]) && !isCapitalised(tokens[at - 2]) ? tokens[--at] : undefined;
  return head || year ? { at, head, year } : undefined;
}

/**
 * Where the first name of a run of actor cells ends when it has no head yet (`Søre Sunnmøre | Kommunane, NAV`): at the
 * best boundary between two cells (`cut`), at the run's end when it is one name; 0 when that name is complete (a
 * head, a legal form, an acronym or a comma ends it) or the boundary is a guess.
 */
export function firstNameOpen(names: string[], cut: { at: number; score: number }): number {
  // two cells whose boundary is a guess: no telling which name the head finishes
  if (cut.at > 0 && cut.score < CELL_CUT.sure) return 0;
  const end = cut.at > 0 ? cut.at : names.length;
  const last = names[end - 1] ?? '';
  return end > 0 && isCapitalised(last) && !/,$/.test(last) && !endsOrganisation(last) && !closesName(last) && !isAcronym(last) ? end : 0;
}
