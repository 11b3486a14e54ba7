/**
 * Soft hyphens at compound boundaries in long words of headings and table cells, so a narrow screen
 * (320–375 px) breaks `næringsutviklings­strategi` with a hyphen instead of cutting it anywhere.
 * Browsers hyphenate Norwegian themselves only where they ship a dictionary (CSS `hyphens: auto`);
 * the soft hyphens work everywhere. The compound parts come from the same word list as search
 * (src/search/compound.ts). Run on the built pages by scripts/build.ts, in the search index's pass over them (src/search/index-site.ts).
 */
import { compoundParts } from '../search/compound.ts';

/** Words shorter than this fit a 320 px line even in a heading; longer ones get soft hyphens. */
export const MIN_HYPHENATE = 13;
/** Parts shorter than this are not split off (a hyphen before two letters reads badly). */
const MIN_PART = 3;
const SHY = '\u00ad';
const WORD = /[A-Za-zÆØÅæøåÉéÜü]+/g;
/** Elements whose words are hyphenated: headings and table cells, the places where long words meet narrow boxes. */
const TARGET = /^(h[1-6]|th|td|dt|dd|caption|summary|legend)$/;

/**
 * A word with soft hyphens between its compound parts, its letters kept as written.
 * @example softHyphens('Næringsutviklingsstrategi') // 'Nærings\u00adutviklings\u00adstrategi'
 */
export function softHyphens(word: string): string {
  if (word.length < MIN_HYPHENATE) return word;
  const parts = compoundParts(word);
  if (parts.length < 2 || parts.some((p) => p.length < MIN_PART)) return word;
  let at = 0;
  return parts.map((p) => word.slice(at, (at += p.length))).join(SHY);
}

/** Adds soft hyphens to the long words of headings and table cells in one page (tags, scripts and attributes untouched). */
export function hyphenateHtml(html: string): string {
  let depth = 0; // inside how many target elements
  let raw = 0; // inside script or style
  return html
    .split(/(<(?:[^>"']|"[^"]*"|'[^']*')*>)/)
    .map((token) => {
      if (token.startsWith('<')) {
        const m = token.match(/^<(\/?)([a-zA-Z0-9]+)/);
        const name = m?.[2].toLowerCase() ?? '';
        const delta = m?.[1] === '/' ? -1 : token.endsWith('/>') ? 0 : 1;
        if (/^(script|style)$/.test(name)) raw += delta;
        if (TARGET.test(name)) depth = Math.max(0, depth + delta);
        return token;
      }
      return depth > 0 && raw === 0 ? token.replace(WORD, softHyphens) : token;
    })
    .join('');
}
