/**
 * A cell left open at a line's end in a flattened action table (a comma, a joining word, a name without its head)
 * goes on in the next line beside the wrapped text: where its name starts on that line, and whether a short
 * lower-case line finishes it (`Havbrukslaget,` / `lærlinger i havbruksnæringen Lindvik videregående` / `skole`).
 * Shared by the readers of numbered tables (`action-cells.ts`) and interleaved rows (`interleaved-rows.ts`).
 */
import { endsOrganisation } from './cell-start.ts';
import { closesName, CONNECTORS, isCapitalised, PREPOSITION } from './table-tokens.ts';
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

