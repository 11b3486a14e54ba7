/**
 * Prepares built pages for Pagefind, in memory (src/search/index-site.ts hands the result to Pagefind;
 * the published HTML keeps none of it):
 * - the page title (first `<h1>` in the indexed body) gets `data-pagefind-weight="10"`, above the
 *   default heading weights (h1 7 … h6 2) and body text (1);
 * - after each Norwegian compound in the body, the tails of its parts (src/search/compound.ts) go in
 *   a `hidden` span with low weight: Pagefind indexes hidden elements, readers and screen readers do
 *   not see them. Headings get theirs after the heading, so result titles stay as written.
 * - a space after each block or cell (`</td>`, `</li>`, `</p>` …), so excerpts keep the words of two
 *   cells apart (`Tiltak 1 Hovedansvar`, not `Tiltak1Hovedansvar`); soft hyphens are removed.
 * The search page cleans the tails out of excerpts again (src/scripts/search.ts).
 */
import { compoundTails, MIN_COMPOUND } from './compound.ts';

/** Weight of the hidden compound parts: findable, but below the words as written. */
export const PART_WEIGHT = '0.5';
const WORD = /[A-Za-zÆØÅæøåÉéÜü]+/g;
/** Elements whose text is not flowing page text (a span there would show, or break the element). */
const RAW = /^(script|style|template|textarea|select|option|canvas|svg|noscript)$/;
/** Elements whose end separates words, though the HTML may put no space after them. */
const BLOCK = /^(p|li|dt|dd|td|th|tr|caption|h[1-6]|div|section|figcaption|summary|blockquote|br)$/;

/** Hidden span with a text's compound tails, or '' when it has none. */
export function partsSpan(text: string): string {
  const tails = new Set<string>();
  for (const w of text.match(WORD) ?? []) {
    if (w.length < MIN_COMPOUND) continue;
    // a capitalised word is often a name (`Lagethon`, `Kongsvinger`): only long tails (`Gjøvik|regionen`) are worth a hit
    const minTail = /^[A-ZÆØÅ]/.test(w) ? 6 : 0;
    for (const t of compoundTails(w)) if (t.length >= minTail) tails.add(t);
  }
  return tails.size ? `<span hidden data-pagefind-weight="${PART_WEIGHT}"> ${[...tails].join(' ')}</span>` : '';
}

/** Adds compound parts and the title weight to one page's HTML; pages without `data-pagefind-body` are returned as they are. */
export function prepareHtml(html: string): string {
  html = html.replace(/\u00ad|&shy;/g, '');
  const bodyStart = html.search(/<main\b[^>]*data-pagefind-body/);
  if (bodyStart < 0) return html;
  const bodyEnd = html.indexOf('</main>', bodyStart);
  const body = html.slice(bodyStart, bodyEnd);
  let out = '';
  let skip = 0; // inside RAW elements, and [data-pagefind-ignore] is not indexed: leave it
  let heading: string | null = null;
  let headingText = '';
  let headingIgnored = false; // the heading itself or an ancestor is [data-pagefind-ignore]
  let titled = false;
  const ignoreStack: string[] = [];
  for (const token of body.split(/(<(?:[^>"']|"[^"]*"|'[^']*')*>)/)) {
    if (token.startsWith('<')) {
      const m = token.match(/^<(\/?)([a-zA-Z0-9]+)/);
      const name = m?.[2].toLowerCase() ?? '';
      const closing = m?.[1] === '/';
      let tag = token;
      if (!closing && RAW.test(name)) skip++;
      if (closing && RAW.test(name)) skip--;
      if (!closing && token.includes('data-pagefind-ignore') && !token.endsWith('/>')) ignoreStack.push(name);
      else if (!closing && ignoreStack.length && ignoreStack[ignoreStack.length - 1] === name) ignoreStack.push(name);
      else if (closing && ignoreStack.length && ignoreStack[ignoreStack.length - 1] === name) ignoreStack.pop();
      if (!closing && /^h[1-6]$/.test(name)) {
        heading = name;
        headingText = '';
        headingIgnored = ignoreStack.length > 0;
        if (name === 'h1' && !titled && !token.includes('data-pagefind-weight')) {
          tag = token.replace(/^<h1/i, '<h1 data-pagefind-weight="10"');
          titled = true;
        }
      }
      out += tag;
      if (closing && name === heading) {
        if (!headingIgnored) out += partsSpan(headingText);
        heading = null;
      }
      if ((closing || name === 'br') && BLOCK.test(name)) out += ' ';
    } else if (heading !== null) {
      headingText += ` ${token}`;
      out += token;
    } else if (!skip && !ignoreStack.length) {
      // right after each compound, so an excerpt shows the tail beside its word (and the search page can drop it)
      out += token.replace(WORD, (w) => w + (w.length >= MIN_COMPOUND ? partsSpan(w) : ''));
    } else {
      out += token;
    }
  }
  return html.slice(0, bodyStart) + out + html.slice(bodyEnd);
}

