import { municipalities, regions } from '../../data/regions.ts';

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Region ids the text names, most mentioned first; a region needs `min` mentions.
 * @example detectRegions('Gjøvikregionen … Gjøvikregionen') // ['gjovikregionen']
 */
export function detectRegions(text: string, min = 2): string[] {
  const counts: [string, number][] = [];
  for (const r of regions) {
    const names = [r.name, ...r.aliases];
    const re = new RegExp(`(?<![\\p{L}])(?:${names.map(escapeRe).join('|')})(?![\\p{L}])`, 'giu');
    const n = text.match(re)?.length ?? 0;
    if (n >= min) counts.push([r.id, n]);
  }
  return counts.sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Municipalities the text names (whole words). */
export function detectMunicipalities(text: string, min = 1): string[] {
  const out: string[] = [];
  for (const m of municipalities) {
    const re = new RegExp(`(?<![\\p{L}-])${escapeRe(m.name)}(?![\\p{L}])`, 'gu');
    if ((text.match(re)?.length ?? 0) >= min) out.push(m.name);
  }
  return out;
}

/**
 * The region name the text uses most often, spelled as the text spells it (its longest alias found),
 * for guessing a title like «Byregionprogrammet i Gjøvikregionen».
 * @example mostNamedRegion('… Gjøvikregionen … Gjøvikregionen …') // 'Gjøvikregionen'
 */
export function mostNamedRegion(text: string): string | undefined {
  let best: { name: string; n: number } | undefined;
  for (const r of regions) {
    for (const alias of [...(r.aliases as readonly string[])].sort((a, b) => b.length - a.length)) {
      const n = text.split(alias).length - 1;
      if (n > 0 && (!best || n > best.n)) best = { name: alias, n };
      if (n > 0) break;
    }
  }
  return best?.name;
}

/** Counties (fylker) as of 2024, with the counties before the 2020 and 2024 reforms that documents still name. */
const COUNTY_NAMES = [
  'Oslo', 'Rogaland', 'Møre og Romsdal', 'Nordland', 'Østfold', 'Akershus', 'Buskerud', 'Innlandet', 'Vestfold', 'Telemark', 'Agder',
  'Vestland', 'Trøndelag', 'Troms', 'Finnmark', 'Viken', 'Vestfold og Telemark', 'Troms og Finnmark', 'Hedmark', 'Oppland',
  'Aust-Agder', 'Vest-Agder', 'Hordaland', 'Sogn og Fjordane', 'Sør-Trøndelag', 'Nord-Trøndelag',
];

/**
 * Whether a name is a municipality, county or region and nothing more (`Gjøvik`, `Oppland`,
 * `Hadeland`): such a name in an actor cell is a place, not an actor the register can place.
 * @example isPlaceName('Oppland') // true
 */
export function isPlaceName(name: string): boolean {
  const n = name.trim().toLocaleLowerCase('nb');
  return placeNames().has(n);
}
let placeNameSet: Set<string> | undefined;
function placeNames(): Set<string> {
  placeNameSet ??= new Set(
    [...municipalities.map((m) => m.name as string), ...regions.flatMap((r) => [r.name as string, ...(r.aliases as readonly string[])]), ...COUNTY_NAMES].map((s) => s.toLocaleLowerCase('nb')),
  );
  return placeNameSet;
}
