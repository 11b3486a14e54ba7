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
    if (fits(short, cand)) return cand;
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
