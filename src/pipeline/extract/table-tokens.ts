/**
 * The words of an action table's lines as the row splitter sees them: tokens cleaned of footnote markers and
 * punctuation, capitalised words, acronyms, legal forms that close a name, and the connectors that tie a
 * capitalised word to the phrase before it. Shared by the actor lexicon, the cell boundaries and the row reader.
 */
import { CELL_CONNECTORS, NAME_CLOSING_WORDS, OBJECT_PREPOSITIONS } from '../../vocabulary/action-table.ts';

/** A preposition whose object is the capitalised word after it, part of the text (`til Statnett`, `på Helgeland`). */
export const PREPOSITION = new RegExp(`^(${OBJECT_PREPOSITIONS.join('|')})$`, 'i');

/**
 * A row number opening a line of a table with a number column: digits with dots (`1.1`, `2.`, `12`, `1.2.3`) or a
 * capital letter and digits (`A1`, `B.2`, `A.1.2`), as tables number rows under lettered groups.
 */
export const ROW_NUMBER = /^((?:[A-Z]\.?)?\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\S)/;

/**
 * A row number standing alone on its line, as block-wise tables write it (`B1` / blank / `Utarbeide …`): one with a
 * letter or a dot (`A1`, `B.2`, `1.1`); a bare whole number alone is a page number.
 */
export const ROW_NUMBER_ALONE = /^((?:[A-Z]\.?\d{1,2}|\d{1,2}\.\d{1,2})(?:\.\d{1,2}){0,2})\.?$/;

/** How a row number counts: lettered (`A1`, `B.2`) or digits only (`1.1`). A table keeps one way throughout. */
export type NumberingStyle = 'letter' | 'digit';
export const numberingStyle = (n: string): NumberingStyle => (/^[A-Z]/.test(n) ? 'letter' : 'digit');

/**
 * The row number opening a line, alone or before the row's text, with how many characters it takes; `style` (the
 * table's numbering so far) refuses a number counted the other way (`E39 Ålesund–Bergen` wrapped in a `1.1` table,
 * `5 Oppfølging` after rows `C1`–`C4`).
 * @example rowNumberAt('A2 Kartleggje areal') // { number: 'A2', length: 3 }
 */
export function rowNumberAt(text: string, style?: NumberingStyle): { number: string; length: number } | undefined {
  const m = ROW_NUMBER.exec(text) ?? ROW_NUMBER_ALONE.exec(text.trim());
  if (!m || (style && numberingStyle(m[1]) !== style)) return undefined;
  return { number: m[1], length: Math.min(m[0].length, text.length) };
}

/** Words after which a capitalised word continues the same phrase (`samarbeid med LKP`, `Regionrådet i Midt-Gudbrandsdalen`). */
export const CONNECTORS: ReadonlySet<string> = new Set(CELL_CONNECTORS);

/** A token without footnote markers, opening quotes/brackets or closing punctuation. @example clean('(HARU),') // 'HARU' */
export const clean = (t: string) => t.replace(/\[\^\w+\]/g, '').replace(/^[«"(]+|[»"),.;:*]+$/g, '');

/** A text's words, split at whitespace. @example tokensOf(' LRU  Næringsliv ') // ['LRU', 'Næringsliv'] */
export const tokensOf = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** `LRU`, `HiL`, `OFK`, `NorCERT`, `Film3`, `TV2` — short words with more than one capital or a digit. */
export const isAcronym = (t: string) => {
  const c = clean(t).split('/')[0];
  return /^[A-ZÆØÅ][A-Za-zÆØÅæøå]{0,7}$/.test(c) && /^.[a-zæøå]*[A-ZÆØÅ]/.test(c) ? true : /^[A-ZÆØÅ][a-zæøå]{1,6}\d$/.test(c) || /^[A-ZÆØÅ]{2,}\d*$/.test(c);
};

/** A word opening with a capital or a digit, after an opening quote or bracket. @example isCap('«Visit') // true */
export const isCap = (t: string) => /^[«"(]?[A-ZÆØÅ0-9]/.test(t);

/** A word opening with a capital letter (not a digit), after an opening quote or bracket. @example isCapitalised('2015') // false */
export const isCapitalised = (t: string) => /^[«"(]?[A-ZÆØÅ]/.test(t);

/** True for a legal form that ends an organisation's name (`AS`, `SA`, `IKS`). @example closesName('AS,') // true */
export const closesName = (t: string | undefined): boolean => t !== undefined && NAME_CLOSING_WORDS.includes(clean(t));

/**
 * Splits a line into tokens and remembers where a double space stood (a likely column boundary).
 * @example tokenise('LRU  Næringsliv') // { tokens: ['LRU', 'Næringsliv'], dbl: Set {1} }
 */
export function tokenise(line: string): { tokens: string[]; dbl: Set<number> } {
  const tokens: string[] = [];
  const dbl = new Set<number>();
  for (const m of line.trim().matchAll(/(\S+)(\s*)/g)) {
    tokens.push(m[1]);
    if (m[2].length >= 2) dbl.add(tokens.length);
  }
  return { tokens, dbl };
}
