/**
 * Titles set in capitals on a cover page or letterhead (`HANDLINGSPLAN FOR NÆRINGSUTVIKLING PÅ HELGELAND`,
 * `FOSEN REGIONRÅD`) written in sentence case: place names as the municipality and region registers write them,
 * and the place a title names after its last preposition capitalised. Shared by the families that read titles.
 */
import { municipalities, regions } from '../../data/regions.ts';
import { organisationHeads } from '../../vocabulary/organisations.ts';

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
/** The text's letters are all capitals (at least three of them). */
export const inCapitals = (s: string) => letters(s).length >= 3 && letters(s) === letters(s).toLocaleUpperCase('nb');

/** Place names longest first, so `Indre Østfold` wins over `Østfold`. */
const PLACE_NAMES = [...new Set([...municipalities.map((m) => m.name.replace(/\s*\(.*\)$/, '')), ...regions.flatMap((r) => [r.name, ...r.aliases])])]
  .filter((n) => !/\s(for|i)\s/.test(n))
  .sort((a, b) => b.length - a.length);

/**
 * A title in capitals in sentence case, place names as the registers write them.
 * @example sentenceCase('HANDLINGSPLAN FOR NÆRINGSUTVIKLING I VEST-TELEMARK 2025') // 'Handlingsplan for næringsutvikling i Vest-Telemark 2025'
 */
export function sentenceCase(title: string): string {
  let out = title.toLocaleLowerCase('nb');
  const upper = title.toLocaleUpperCase('nb');
  for (const name of PLACE_NAMES) {
    const re = new RegExp(`(?<![\\p{L}-])${name.toLocaleUpperCase('nb').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of upper.matchAll(re)) out = out.slice(0, m.index) + name + out.slice(m.index! + name.length);
  }
  return capitalisePlace(out.charAt(0).toLocaleUpperCase('nb') + out.slice(1));
}

/** The words a plan's title names its place with come after its last `for`/`på`/`i`: `… på Haugalandet 2025–2027`. */
const PLACE_AFTER = /\s(?:for|på|i|frå|fra)\s+(?!.*\s(?:for|på|i|frå|fra)\s)(.+)$/u;
/** Words after the place that are no part of its name: `kommune`, `herad`, `regionråd` (src/vocabulary/organisations.ts) and `og`. */
const NOT_NAME = new Set<string>([...organisationHeads, 'og']);

/**
 * Capitalises the place a title names after its last preposition when the registers did not know it
 * (`nord-troms` → `Nord-Troms`); `kommune`, `herad` and years stay as they are.
 * @example capitalisePlace('Strategisk næringsplan for nord-troms 2024–2028') // 'Strategisk næringsplan for Nord-Troms 2024–2028'
 */
function capitalisePlace(title: string): string {
  const m = PLACE_AFTER.exec(title);
  if (!m) return title;
  const place = m[1].replace(/\p{L}[\p{L}-]*/gu, (w) => (NOT_NAME.has(w) ? w : w.split('-').map((p) => p.charAt(0).toLocaleUpperCase('nb') + p.slice(1)).join('-')));
  return title.slice(0, title.length - m[1].length) + place;
}

