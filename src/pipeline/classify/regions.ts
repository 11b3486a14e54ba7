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
