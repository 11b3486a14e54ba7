/**
 * Norwegian compound words made findable: Pagefind matches words from their start only, so
 * `utvikling` does not find `næringsutvikling`. `compoundTails` splits a compound into known words
 * (hunspell nb from the `dictionary-nb` package) and returns the tails that start at each inner part,
 * which the build adds to the page as hidden text (src/search/prepare-html.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Shortest part we split off: shorter ones (`lag`, `del`) match too much. */
const MIN_HEAD = 4;
const MIN_TAIL = 4;
/** Compounds shorter than this are left alone. */
export const MIN_COMPOUND = 8;
/** Endings stripped to find a tail's dictionary form (`klynger` → `klynge`, `plassene` → `plass`). */
const ENDINGS = ['ene', 'rne', 'ane', 'ens', 'ers', 'ets', 'er', 'en', 'et', 'ne', 'ar', 'a', 'e', 'r', 'n', 's', 't'];
/** Parts that are derivational endings or too vague to be worth a hit on their own. */
const STOP = new Set(['else', 'ning', 'ninger', 'skap', 'lige', 'ende', 'heter', 'sjon', 'sjonen', 'ting', 'messig', 'aktig', 'bare', 'lige', 'mann', 'ordning', 'ordninger', 'inger', 'ingen', 'sine', 'sitt', 'dette', 'disse', 'ikke', 'også', 'over', 'under', 'etter', 'eller', 'mellom', 'være', 'bedre', 'mange', 'store', 'stor', 'lang', 'lange', 'tall', 'ende', 'ene', 'mer', 'mest', 'este', 'ring', 'river', 'orer', 'erte', 'økte', 'vant', 'joner', 'ingene', 'sialet', 'sporten', 'nasjonen', 'verk', 'legge', 'legging', 'setting', 'gjøre', 'gjør', 'gjøres', 'satt', 'lagt', 'hammer']);

/** Lower-cased dictionary words (stems as hunspell lists them), loaded once. */
function loadWords(): Set<string> {
  // the package exports only its index.js; index.dic lies beside it
  const dic = path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-nb')), 'index.dic');
  const words = new Set<string>();
  for (const line of readFileSync(dic, 'utf8').split('\n').slice(1)) {
    const w = line.split('/')[0].trim().toLocaleLowerCase('nb');
    if (/^[a-zæøåéü]+$/.test(w)) words.add(w);
  }
  return words;
}
let words: Set<string> | undefined;
/** The dictionary, or the given word list (tests). */
export function dictionary(): Set<string> {
  return (words ??= loadWords());
}

/** Whether a word (possibly inflected) is in the dictionary. @example isKnownWord('klynger') // true */
export function isKnownWord(w: string, dict = dictionary()): boolean {
  if (w.length < MIN_TAIL || STOP.has(w)) return false;
  if (dict.has(w)) return true;
  // an inflected tail needs a longer stem, or short dictionary words turn up inside unrelated words
  return ENDINGS.some((e) => w.length - e.length >= 6 && w.endsWith(e) && dict.has(w.slice(0, -e.length)));
}

/** Whether a head part is a word, with or without the joining `s` or `e` (`nærings-`, `klynge-`). */
function isHead(h: string, dict: Set<string>): boolean {
  if (h.length < MIN_HEAD) return false;
  if (dict.has(h)) return true;
  return (h.endsWith('s') || h.endsWith('e')) && h.length - 1 >= MIN_HEAD && dict.has(h.slice(0, -1));
}

const cache = new Map<string, string[] | null>();
/** Scores a split: long parts score more than many short ones (`omstillings|prosjektet` beats `omstilling|spro|sjektet`). */
const score = (parts: string[]) => parts.reduce((s, p) => s + p.length * p.length, 0);

/** The best split of `w` into heads and a final known word, or null; `whole` allows `w` itself as the final word. */
function bestSplit(w: string, dict: Set<string>, whole: boolean): string[] | null {
  const key = `${whole ? 1 : 0}${w}`;
  if (dict === words && cache.has(key)) return cache.get(key)!;
  let best: string[] | null = whole && isKnownWord(w, dict) ? [w] : null;
  for (let i = MIN_HEAD; i <= w.length - MIN_TAIL; i++) {
    const head = w.slice(0, i);
    if (!isHead(head, dict)) continue;
    const rest = bestSplit(w.slice(i), dict, true);
    if (rest && (!best || score([head, ...rest]) > score(best))) best = [head, ...rest];
  }
  if (dict === words) cache.set(key, best);
  return best;
}

/**
 * Splits a compound into known words: the split with the longest parts first, then each part that is
 * itself a compound split again (`næringsklynge|samarbeid` → `nærings|klynge|samarbeid`). The joining
 * `s`/`e` stays on its part. One part for a word that is no compound of known words.
 * @example compoundParts('kompetansearbeidsplasser') // ['kompetanse', 'arbeids', 'plasser']
 */
export function compoundParts(word: string, dict = dictionary(), depth = 0): string[] {
  const w = word.toLocaleLowerCase('nb');
  if (w.length < MIN_COMPOUND || !/^[a-zæøåéü]+$/.test(w) || depth > 3) return [w];
  const split = bestSplit(w, dict, false);
  if (!split) return [w];
  return split.flatMap((p) => {
    const core = dict.has(p) || !/[se]$/.test(p) ? p : p.slice(0, -1);
    const sub = compoundParts(core, dict, depth + 1);
    if (sub.length === 1) return [p];
    sub[sub.length - 1] += p.slice(core.length);
    return sub;
  });
}

/**
 * The tails of a compound from each inner part on, longest first; empty for a word that is no
 * compound of known words. Each tail starts with a part, so a Pagefind prefix match on it finds the part.
 * @example compoundTails('næringsklyngesamarbeid') // ['klyngesamarbeid', 'samarbeid']
 * @example compoundTails('næringsutvikling') // ['utvikling']
 */
export function compoundTails(word: string, dict = dictionary()): string[] {
  const parts = compoundParts(word, dict);
  const tails: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('');
    if (!STOP.has(tail) && !STOP.has(parts[i])) tails.push(tail);
  }
  return tails;
}
