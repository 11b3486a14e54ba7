/**
 * A plan's title from its front page. Cover pages set the title in capitals and wrap it
 * (`HANDLINGSPLAN FOR NÆRINGSUTVIKLING PÅ` / `HELGELAND 2024–2025`), often with the plan period on the
 * line below (`NÆRINGSPLAN FOR INDRE ØSTFOLD` / `2022–2026`): the continuation and the period are joined
 * on, and a title in capitals is written in sentence case with the place names it holds (from the
 * municipality and region registers) capitalised as the registers write them.
 */
import type { SourceLine } from '../../types.ts';
import { municipalities, regions } from '../../../data/regions.ts';
import { organisationHeads } from '../../../vocabulary/organisations.ts';

/** Words a title cannot end with: the title goes on on the next line. */
const OPEN_END = /\s(?:for|på|i|og|til|om|av|med|frå|fra)$/iu;
/** A plan period alone on a line: `2022–2026`, `2024 - 2028`. */
const PERIOD = /^(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d$/;
/** How far below the title line its continuation or period may stand (source lines, blanks included). */
const CONTINUATION_GAP_MAX = 2;

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
const inCapitals = (s: string) => letters(s).length >= 3 && letters(s) === letters(s).toLocaleUpperCase('nb');

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

/** The title starting at `front[i]`: wrapped continuation and plan period joined on, capitals to sentence case. */
export function frontTitle(front: SourceLine[], i: number): string {
  let title = front[i].text.trim();
  let last = front[i].no;
  for (let j = i + 1; j < front.length && front[j].no - last <= CONTINUATION_GAP_MAX; j++) {
    const next = front[j].text.trim();
    const goesOn = front[j].no === last + 1 && (OPEN_END.test(title) || (inCapitals(title) && inCapitals(next))) && !PERIOD.test(next) && next.length < 80;
    if (goesOn) title = `${title} ${next}`;
    else if (PERIOD.test(next) && !/(?:19|20)\d\d\s*$/.test(title)) {
      title = `${title} ${next.replace(/\s*[–-]\s*/, '–')}`;
      break;
    } else break;
    last = front[j].no;
  }
  return inCapitals(title) ? sentenceCase(title) : title;
}
