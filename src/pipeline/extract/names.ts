/**
 * Splitting a responsible or partner cell into the names of the bodies it lists: at commas, at `og` between two
 * complete names, after a legal form or a public body's head when the next name follows with no comma, one name
 * per line. Never inside one name: `Høgskolene i Lillehammer og Gjøvik`, `Orkland kommune, landbruksforvaltningen`,
 * `Regionrådet v/regionkoordinator`, `LRU (evt i samarbeid med Regionrådet, kommunene)`.
 */
import { endsBodyName } from './cell-start.ts';
import { GENERIC_PLURAL_ACTOR, NAME_CLOSING_HEADS, NAME_CLOSING_WORDS, ORGANISATION_UNIT_ENDINGS } from '../../vocabulary/action-table.ts';

const FOOTNOTE = /\[\^\w+\]/g;
const startsName = (t: string) => /^[«"(]?[A-ZÆØÅ0-9]/.test(t);
/** Prepositions inside a name: `Høgskolen i Innlandet`, `Museene i Sør-Trøndelag`, `Universitetet på …`. */
const NAME_PREPOSITION = /^(i|på|for|av|ved)$/;

/**
 * Cuts a text at depth-0 separators (not inside brackets): returns the pieces.
 * @example cutOutsideBrackets('A, B (C, D)', ',') // ['A', ' B (C, D)']
 */
function cutOutsideBrackets(text: string, at: (text: string, i: number) => number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth) continue;
    const len = at(text, i);
    if (len > 0) {
      out.push(text.slice(start, i));
      start = i + len;
      i = start - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** A comma before a unit of the body named before it (`…, landbruksforvaltningen`) joins, not splits. */
function isUnitOfBefore(piece: string): boolean {
  const t = piece.trim();
  return /^[a-zæøå]\S*$/.test(t) && ORGANISATION_UNIT_ENDINGS.some((e) => t.endsWith(e));
}

/** `og` joins two names when the part after it is a complete name of its own: not the second place of one (`i Lillehammer og Gjøvik`), not after a shared word part (`film- og TV-bransjen`). */
function ogJoinsTwo(before: string, after: string): boolean {
  const a = after.trim();
  if (!startsName(a) || /-$/.test(before.trim())) return false;
  const left = before.trim().split(/\s+/);
  const right = a.split(/\s+/);
  // `Høgskolene i Lillehammer og Gjøvik`, `Produksjonsmiljøet i Hedmark og Oppland`: a place list after a preposition
  if (left.length >= 2 && NAME_PREPOSITION.test(left[left.length - 2]) && right.length === 1) return false;
  // `Møre og Romsdal fylkeskommune`: one place word before `og`, the head after it names one body
  const head = right[right.length - 1];
  // (a compound that ends in a head is a body of its own: `Sjømatrådet og Nesby kommune` are two)
  const leftIsPlace = left.length === 1 && /^[A-ZÆØÅ][a-zæøå]+$/.test(left[0]) && !endsBodyName(left[0]);
  return !(leftIsPlace && right.length > 1 && (NAME_CLOSING_HEADS.includes(head) || NAME_CLOSING_WORDS.includes(head)));
}

/** Cuts after legal forms and lower-case heads followed straight by a capitalised word: `TINE SA Nortura SA`. */
function cutAtClosingWords(piece: string): string[] {
  const tokens = piece.trim().split(/\s+/);
  const out: string[][] = [[]];
  tokens.forEach((t, i) => {
    out[out.length - 1].push(t);
    const next = tokens[i + 1];
    const closes = NAME_CLOSING_WORDS.includes(t) || NAME_CLOSING_HEADS.includes(t);
    // a closing head word opens no cut before a bracket (`Sogn regionråd (SRR)`) or a lower-case word
    if (closes && next !== undefined && /^[A-ZÆØÅ]/.test(next) && i > 0) out.push([]);
  });
  return out.map((ts) => ts.join(' ')).filter(Boolean);
}

/**
 * The names a responsible or partner cell lists, footnote markers removed, one per organisation as written.
 * @example cellNames('LRU og LKP') // ['LRU', 'LKP']
 * @example cellNames('TINE SA Nortura SA Felleskjøpet Agri SA') // ['TINE SA', 'Nortura SA', 'Felleskjøpet Agri SA']
 * @example cellNames('Orkland kommune, landbruksforvaltningen') // ['Orkland kommune, landbruksforvaltningen']
 * @example cellNames('Høgskolene i Lillehammer og Gjøvik') // ['Høgskolene i Lillehammer og Gjøvik']
 */
export function cellNames(cell: string): string[] {
  const text = cell.replace(FOOTNOTE, '').replace(/\s+/g, ' ').trim();
  if (!text || text === '-' || text === '–') return [];
  const commaPieces = cutOutsideBrackets(text, (s, i) => (s[i] === ',' ? 1 : 0));
  // rejoin a unit of the body before it
  const joined: string[] = [];
  for (const p of commaPieces) {
    if (joined.length && isUnitOfBefore(p)) joined[joined.length - 1] += `,${p}`;
    else joined.push(p);
  }
  const names = joined.flatMap((piece) => {
    const ogPieces = cutOutsideBrackets(piece, (s, i) => (s.startsWith(' og ', i) && ogJoinsTwo(s.slice(0, i).split(/ og /).at(-1) ?? '', s.slice(i + 4).split(/ og /)[0]) ? 4 : 0));
    return ogPieces.flatMap((p) => {
      // `Helgelandsrådet/kommunene`: a slash before a generic plural joins two actors
      const slash = /^(\S+)\s*\/\s*(\S+)$/.exec(p.trim());
      if (slash && GENERIC_PLURAL_ACTOR.test(slash[2])) return [slash[1], slash[2]];
      return cutAtClosingWords(p);
    });
  });
  return names.map((n) => n.trim().replace(/^[,;]+|[,;.]+$/g, '').trim()).filter((n) => /[\p{L}\p{N}]/u.test(n));
}
