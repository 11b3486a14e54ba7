import type { AcronymFinding } from '../types.ts';
import type { SourceLine } from '../types.ts';

/** An acronym as documents write them: `LRU`, `HiL`, `LKP`, `NorCERT`, `VL`. */
const SHORT = '([A-ZÆØÅ][A-Za-zÆØÅæøå]{0,8}[A-ZÆØÅ])';
/** Words that may stand lower-case inside an organisation name (`Høgskolen i Lillehammer`, `Regionrådet for …`). */
const JOINERS = new Set(['i', 'for', 'og', 'på', 'av', 'til', 'ved', 'de', 'det', 'den']);

/** Initials of a name, counting every capitalised part and hyphen part: `Lillehammer-regionen utvikling` → `LRU`. */
function initials(long: string): string {
  return long
    .split(/[\s-]+/)
    .filter((w) => w && !JOINERS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** Positions inside an upper-cased word where a compound part may start: after a linking `S` or a hyphen (`Kunnskaps|park`, `Fylkes|kommune`). */
function jointsOf(word: string): number[] {
  const out: number[] = [];
  for (let p = 2; p < word.length - 2; p++) if (word[p - 1] === 'S' || word[p - 1] === '-') out.push(p);
  return out;
}

/** Matches the acronym's letters from `i` on against the words from `w` on: every word gives its initial, a compound may give more. */
function matchCompound(letters: string, i: number, words: string[], w: number): boolean {
  if (w === words.length) return i === letters.length;
  const word = words[w];
  if (i >= letters.length || word[0] !== letters[i]) return false;
  const tryFrom = (k: number, from: number): boolean => {
    if (matchCompound(letters, k, words, w + 1)) return true;
    return jointsOf(word).some((p) => p > from && word[p] === letters[k] && tryFrom(k + 1, p));
  };
  return tryFrom(i + 1, 0);
}

/**
 * Whether an acronym fits a name as Norwegian acronyms are made: the initials of the words, with
 * joiners (`i`, `for`) optional, and compound parts counting as words (`LKP` = Lillehammer
 * Kunnskaps|park, `OFK` = Oppland Fylkes|kommune, `NIF` = Norges Idretts|forbund).
 * @example acronymFits('LKP', 'Lillehammer Kunnskapspark') // true
 * @example acronymFits('TV', 'Film') // false
 */
export function acronymFits(short: string, long: string): boolean {
  const caps = short.replace(/[^A-ZÆØÅ]/g, '');
  const all = long.split(/[\s-]+/).filter(Boolean);
  if (initials(long) === short.toUpperCase() || all.map((w) => w[0].toUpperCase()).join('') === short.toUpperCase()) return true;
  if (caps.length >= 2 && initials(long) === caps) return true;
  const letters = short.toUpperCase().replace(/[^A-ZÆØÅ]/g, '');
  const words = long.toUpperCase().split(/[\s]+/).filter((x) => x && !JOINERS.has(x.toLowerCase()));
  if (letters.length < 2 || words.length < 2 || words.length > letters.length) return false;
  return matchCompound(letters, 0, words, 0);
}

/** The acronym's letters appear, in order, as the initials of words (or word parts) of the name. */
function fits(short: string, long: string): boolean {
  const s = short.toUpperCase().replace(/[^A-ZÆØÅ]/g, '');
  const init = initials(long);
  if (init === s) return true;
  // `HiL` = Høgskolen i Lillehammer: capital letters of the acronym are the initials, joiners included
  const caps = short.replace(/[^A-ZÆØÅ]/g, '');
  const words = long.split(/[\s-]+/).filter(Boolean);
  const allInit = words.map((w) => w[0].toUpperCase()).join('');
  if (allInit === short.toUpperCase()) return true;
  if (caps.length >= 2 && initials(long) === caps) return true;
  // compounds: `Regionrådet for Hallingdal (RRH)` — the letters in order, first and last on the first and last word's initials
  const name = words.filter((w) => !JOINERS.has(w.toLowerCase()));
  if (name.length < 2 || name.length > 6 || s.length < 2) return false;
  if (name[0][0].toUpperCase() !== s[0] || name[name.length - 1][0].toUpperCase() !== s[s.length - 1]) return false;
  const letters = name.slice(0, -1).join('').toUpperCase();
  let k = 1;
  for (const ch of letters.slice(1)) if (k < s.length - 1 && ch === s[k]) k++;
  return k === s.length - 1;
}

/** The name right before a definition: the longest tail of `before` whose initials match the acronym. */
function nameBefore(before: string, short: string): string | undefined {
  const words = before.trim().replace(/[,(]\s*$/, '').trim().split(/\s+/);
  for (let n = Math.min(words.length, 8); n >= 1; n--) {
    const cand = words.slice(words.length - n).join(' ').replace(/^[«"(]/, '');
    if (!/^[A-ZÆØÅ]/.test(cand)) continue;
    if (fits(short, cand) || acronymFits(short, cand)) return cand;
  }
  return undefined;
}

/**
 * Finds acronyms the text defines in passing: `Høgskolen i Lillehammer (HiL)`,
 * `Lillehammer-regionen utvikling, LRU, er …`, `Visit Lillehammer (VL)`. The long form must
 * have the acronym's letters as initials, so `(2014)` or `(kun innledende møte)` are not taken.
 * @example findAcronyms(lines) // [{ short: 'LRU', long: 'Lillehammer-regionen utvikling', line: 130 }]
 */
export function findAcronyms(lines: SourceLine[]): AcronymFinding[] {
  const found = new Map<string, AcronymFinding>();
  const add = (short: string, long: string, line: number) => {
    if (!found.has(short)) found.set(short, { short, long: long.replace(/[,.;:]$/, ''), line });
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text) continue;
    // a name wrapped onto this line: `Lillehammer-regionen utvikling` / `(LRU)1`
    const prev = i > 0 && lines[i - 1].text ? lines[i - 1].text : '';
    const text = l.text;
    for (const m of text.matchAll(new RegExp(`\\(${SHORT}\\)`, 'gu'))) {
      const before = text.slice(0, m.index);
      // the name may start on the line before: `… / Visit` / `Lillehammer (VL)`
      const long = nameBefore(before.trim() ? before : prev, m[1]) ?? (before.trim() && prev ? nameBefore(`${prev} ${before}`, m[1]) : undefined);
      if (long) add(m[1], long, l.no);
    }
    for (const m of text.matchAll(new RegExp(`([A-ZÆØÅ][^,()]{3,60}),\\s${SHORT},`, 'gu'))) {
      const long = nameBefore(m[1], m[2]);
      if (long) add(m[2], long, l.no);
    }
  }
  return [...found.values()];
}
