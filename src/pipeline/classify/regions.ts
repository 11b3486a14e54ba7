/**
 * Stage: which regions and municipalities a document concerns, read against the region register
 * (`src/data/regions.ts`). Names the register does not know are reported, never guessed.
 */
import { counties, formerCounties, municipalities, regions, type MunicipalityDefinition } from '../../data/regions.ts';
import { regionNameCues, commonWordPlaceNames } from '../../vocabulary/places.ts';
import { classifyActorName } from '../../shared/actor-names.ts';

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const countyNames = [...Object.values(counties), ...formerCounties];
/** County names blanked out, so `Sogn og Fjordane` does not count as Sogn nor `Møre og Romsdal` as Romsdal. */
const countyRe = new RegExp(`(?<![\\p{L}])(?:${countyNames.filter((c) => c.includes(' ')).map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');
const withoutCounties = (text: string) => text.replace(countyRe, (m) => ' '.repeat(m.length));

/**
 * Region ids the text names, most mentioned first; a region needs `min` mentions.
 * @example detectRegions('Gjøvikregionen … Gjøvikregionen') // ['gjovikregionen']
 */
export function detectRegions(text: string, min = 2): string[] {
  const plain = withoutCounties(text);
  const counts: [string, number][] = [];
  for (const r of regions) {
    // as written or in capitals (a heading), never in lower case: `lister` is a word, `Lister` a region
    const names = [r.name, ...r.aliases].flatMap((n) => [n, n.toLocaleUpperCase('nb')]);
    const re = new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');
    const n = plain.match(re)?.length ?? 0;
    if (n >= min) counts.push([r.id, n]);
  }
  return counts.sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Every name a municipality is written with, current and former, to the municipalities it may mean. */
let nameIndex: Map<string, { municipality: MunicipalityDefinition; asWritten: string }[]> | undefined;
function municipalityNames() {
  if (nameIndex) return nameIndex;
  nameIndex = new Map();
  const add = (name: string, m: MunicipalityDefinition) => {
    const key = name.toLocaleLowerCase('nb');
    nameIndex!.set(key, [...(nameIndex!.get(key) ?? []).filter((x) => x.municipality !== m), { municipality: m, asWritten: name }]);
  };
  for (const m of municipalities) for (const n of [m.shortName, m.name, ...m.parallelNames]) add(n, m);
  // former municipalities (`Fræna`, `Sandøy`), unless a current one has the name
  for (const m of municipalities) for (const b of m.before2020) if (b.name && !nameIndex.has(b.name.toLocaleLowerCase('nb'))) add(b.name, m);
  return nameIndex;
}

/** Capitalised word runs that may be a municipality's name (`Nore og Uvdal`, `Aurskog-Høland`, `Indre Østfold`). */
const CANDIDATE = /(?<![\p{L}\d-])\p{Lu}[\p{L}-]*(?:(?: og| i)? \p{Lu}[\p{L}-]*){0,2}/gu;

/** A common word that is also a municipality's name (`Time`, `Marker`, `Strand`) counts only inside a sentence. */
function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:^|[.:!?•\n]\s*|\n\s*)$/.test(before);
}

/**
 * Municipalities the text names (whole words, `min` mentions), as the text writes them: today's names
 * and former ones (`Fræna`, `Sandøy`). A name two municipalities share (`Herøy`) counts only when one
 * of them belongs to a region in `regionIds`. One pass over the text.
 * @example detectMunicipalities('Lillehammer kommune … Øyer og Lillehammer', 1) // ['Lillehammer', 'Øyer']
 */
export function detectMunicipalities(text: string, min = 1, regionIds: readonly string[] = []): string[] {
  const index = municipalityNames();
  const counts = new Map<string, number>();
  const inRegion = new Set(regions.filter((r) => regionIds.includes(r.id)).flatMap((r) => r.municipalities as readonly string[]));
  for (const m of text.matchAll(CANDIDATE)) {
    const words = m[0].split(' ');
    for (let start = 0; start < words.length; ) {
      const found = nameAt(words, start, index, (name) => start === 0 && commonWordPlaceNames.includes(name) && atSentenceStart(text, m.index!));
      const hit = found && (found.hits.length === 1 ? found.hits[0] : found.hits.find((h) => inRegion.has(h.municipality.name)));
      if (hit) {
        const name = hit.asWritten === hit.municipality.shortName ? hit.municipality.name : hit.asWritten;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      start += found?.length ?? 1;
    }
  }
  return [...counts].filter(([, n]) => n >= min).map(([name]) => name).sort((a, b) => a.localeCompare(b, 'nb'));
}

/** The longest municipality name starting at word `start` of a run (`Nore og Uvdal` before `Nore`). */
function nameAt(words: string[], start: number, index: ReturnType<typeof municipalityNames>, isCommonWord: (name: string) => boolean) {
  for (let n = words.length - start; n >= 1; n--) {
    const cand = words.slice(start, start + n).join(' ').toLocaleLowerCase('nb');
    const hits = index.get(cand);
    if (hits) return isCommonWord(cand) ? undefined : { hits, length: n };
  }
  return undefined;
}

/**
 * Region names the text uses that the register does not know (`Vågsregionen`, `Regionrådet for
 * Nord-Troms`, `Lofoten regionråd`), for a warning: the document is not put on a region page for them.
 * @example unknownRegionNames('Samarbeid i Vågsregionen og i Gjøvikregionen') // ['Vågsregionen']
 */
export function unknownRegionNames(text: string): string[] {
  const known = new Set(regions.flatMap((r) => [r.name, ...r.aliases].map((n) => n.toLocaleLowerCase('nb'))));
  const places = new Set(municipalities.flatMap((m) => [m.shortName, m.name]).map((n) => n.toLocaleLowerCase('nb')));
  const found = new Set<string>();
  // known names first blanked out, so `Indre Østfold regionråd` does not leave `Østfold regionråd`
  const knownRe = new RegExp(`(?<![\\p{L}])(?:${[...known].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}])`, 'giu');
  const rest = withoutCounties(text).replace(knownRe, (m) => ' '.repeat(m.length));
  for (const cue of regionNameCues) {
    for (const m of rest.matchAll(new RegExp(cue, 'gu'))) {
      const full = m[0].replace(/\s+/g, ' ').trim();
      const core = (m.groups?.name ?? full).trim();
      // `Regionrådet for Innovasjon Norge` in a flattened table: an organisation or a group follows, not a place
      if (!isPlaceLike(core, rest.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
      if (known.has(full.toLocaleLowerCase('nb')) || known.has(core.toLocaleLowerCase('nb'))) continue;
      if (places.has(core.toLocaleLowerCase('nb')) && !/regionen$/i.test(full)) continue;
      found.add(full);
    }
  }
  return [...found].sort((a, b) => a.localeCompare(b, 'nb'));
}

/** A word that can name a place: not a group word (`Kommunene`) nor the start of an organisation's name (`Innovasjon Norge`). */
function isPlaceLike(name: string, after: string): boolean {
  const next = /^ \p{Lu}/u.test(after) ? after.trim().split(/\s+/)[0] : '';
  const kind = classifyActorName(next ? `${name} ${next}` : name).kind;
  return kind !== 'group' && !(kind === 'organisation' && next !== '');
}

/**
 * Whether a name is a municipality, county or region and nothing more (`Gjøvik`, `Oppland`,
 * `Hadeland`): such a name in an actor cell is a place, not an actor the register can place.
 * @example isPlaceName('Oppland') // true
 */
export function isPlaceName(name: string): boolean {
  return placeNames().has(name.trim().toLocaleLowerCase('nb'));
}
let placeNameSet: Set<string> | undefined;
function placeNames(): Set<string> {
  placeNameSet ??= new Set(
    [...municipalities.flatMap((m) => [m.name, m.shortName, ...m.parallelNames, ...m.before2020.flatMap((b) => (b.name ? [b.name] : []))]), ...regions.flatMap((r) => [r.name as string, ...(r.aliases as readonly string[])]), ...countyNames].map((s) => s.toLocaleLowerCase('nb')),
  );
  return placeNameSet;
}

/**
 * The region name the text uses most often, spelled as the text spells it (its longest alias found),
 * for guessing a title like «Byregionprogrammet i Gjøvikregionen».
 * @example mostNamedRegion('… Gjøvikregionen … Gjøvikregionen …') // 'Gjøvikregionen'
 */
export function mostNamedRegion(text: string): string | undefined {
  let best: { name: string; n: number } | undefined;
  for (const r of regions) {
    // the spelling the text uses most (a council's name, `Regionrådet for …`, met once, does not win over the region's name)
    for (const alias of [...(r.aliases as readonly string[])].sort((a, b) => b.length - a.length)) {
      const n = text.split(alias).length - 1;
      if (n > 0 && (!best || n > best.n)) best = { name: alias, n };
    }
  }
  return best?.name;
}
