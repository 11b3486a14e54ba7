import { themes } from '../../data/themes.ts';
import type { ThemeAssignment } from '../../schemas/source.ts';

const WORD_START = /[\p{L}\p{N}]+/gu;

/** Counts keyword hits per theme; a keyword matches the start of a word (`reiseliv` → `reiselivsnæringen`). */
export function countThemeHits(text: string): Map<string, Map<string, number>> {
  const words = (text.toLowerCase().match(WORD_START) ?? []) as string[];
  const lower = ' ' + words.join(' ') + ' ';
  const hits = new Map<string, Map<string, number>>();
  for (const theme of themes) {
    for (const kw of theme.keywords) {
      let n = 0;
      if (kw.includes(' ')) {
        n = lower.split(' ' + kw).length - 1;
      } else {
        for (const w of words) if (w.startsWith(kw) && (kw.length >= 4 || w.length <= kw.length + 3)) n++;
      }
      if (n) {
        const m = hits.get(theme.id) ?? new Map<string, number>();
        m.set(kw, n);
        hits.set(theme.id, m);
      }
    }
  }
  return hits;
}

/**
 * Assigns themes to an item from its title (any hit counts) and body (at least `minBodyHits` hits),
 * each with the reason in Norwegian.
 * @example assignThemes({ title: 'IKT', body: '' })[0] // { id: 'ikt', reason: 'tittelen nevner «ikt»' }
 */
export function assignThemes(input: { title?: string; body?: string }, minBodyHits = 2): ThemeAssignment[] {
  const out = new Map<string, string>();
  if (input.title) {
    for (const [id, kws] of countThemeHits(input.title)) out.set(id, `tittelen nevner ${[...kws.keys()].map((k) => `«${k}»`).join(', ')}`);
  }
  if (input.body) {
    for (const [id, kws] of countThemeHits(input.body)) {
      if (out.has(id)) continue;
      const total = [...kws.values()].reduce((a, b) => a + b, 0);
      if (total >= minBodyHits) {
        const top = [...kws.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
        out.set(id, `teksten nevner ${top.map(([k, n]) => `«${k}» ${n} ${n === 1 ? 'gang' : 'ganger'}`).join(', ')}`);
      }
    }
  }
  return [...out.entries()].map(([id, reason]) => ({ id, reason }));
}
