/**
 * Names in responsible/partner cells: cleaning (footnote markers, remarks), splitting a cell name
 * that joins several actors, and telling what a name is — organisation, role, group, or no actor
 * at all (a phrase or an activity). Pure; the word lists live in `src/vocabulary/organisations.ts`.
 */
import {
  activityEndings, groupOpeners, groupWords, legalForms, nameEndWords, nameJoiners, organisationHeads, phraseMarkers, remarkOpeners, roleWords, trailingRemarks,
} from '../vocabulary/organisations.ts';
import type { ActorKind } from '../schemas/actor.ts';
import { MONTH_WORDS, SEASON_WORDS, TIME_CELL_WORDS } from '../vocabulary/time.ts';

/** First words of a timeframe, not a name (`Innen utgangen 2024`, `Høst 2014`, `Løpende`): the time vocabulary's. */
const timeOpeners = new Set<string>([...TIME_CELL_WORDS, ...Object.keys(SEASON_WORDS), ...Object.keys(MONTH_WORDS)]);

/** Folds a name for lookup: case, punctuation, spacing. @example nameKey('Lillehammer Kunnskapspark.') // 'lillehammer kunnskapspark' */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[.,;:()«»"]/g, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/** An acronym as documents write them: `LRU`, `HiL`, `NiH`, `TV2`, `HiHm`. */
export const ACRONYM_RE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}\d]{1,7}$/u;

/** Whether a word is an acronym (two or more capitals, short). @example isAcronym('HiL') // true */
export function isAcronym(word: string): boolean {
  return ACRONYM_RE.test(word) && !/^\p{Lu}\p{Ll}{3,}/u.test(word);
}

const lower = (s: string) => s.toLocaleLowerCase('nb');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const remarkRe = new RegExp(`(?:\\s+(?:${[...trailingRemarks].sort((a, b) => b.length - a.length).map(escapeRe).join('|')}))+\\s*$`, 'iu');

/**
 * Removes what the cell adds to a name: footnote markers, remarks in parentheses that are not an
 * acronym, the plural marker `(e)`, trailing remarks (`m.fl`, `el tilsv`, `og lignende`, `generelt`).
 * @example cleanActorName('WC Kvitfjell m.fl') // 'WC Kvitfjell'
 * @example cleanActorName('LRU (evt i samarbeid med Regionrådet)') // 'LRU'
 */
export function cleanActorName(name: string): string {
  let s = name
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/[«»"“”]/g, '')
    .replace(/\((?:e|ne|a|er)\)/g, '')
    .replace(/\s*\((?!\p{Lu}[\p{L}\d]{1,8}\))[^)]*\)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(remarkRe, '').replace(/^[-–,.:;\s]+|[-–,.:;\s]+$/g, '').trim();
  }
  return s;
}

/** Cuts at separators that always separate names: `/` (not `v/`, `A/S`, `c/o`), `;`, `+`, `,`. */
function cutAtSeparators(s: string): string[] {
  const kept = s.replace(/\b([vV]|[aA]|[cC]|[mM])\s?\/\s?(?=\p{L})/gu, (m, l: string) => `${l}\u0000`);
  return kept
    .split(/\s*[\/;+,]\s*/)
    .map((p) => p.replace(/\u0000/g, '/').trim())
    .filter(Boolean);
}

const endWordSet = new Set([...legalForms, ...nameEndWords]);

/**
 * Cuts after a word that ends a name when a capitalised word follows (`TINE SA Nortura SA` →
 * `TINE SA`, `Nortura SA`): a list written one name per line whose commas were lost.
 */
function cutAfterNameEnds(part: string): string[] {
  const words = part.split(/\s+/);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const ends = (i > 0 && endWordSet.has(lower(words[i]))) || (endsWithAny(lower(words[i]), organisationHeads) && groupSet.has(lower(words[i + 1])));
    if (ends && /^\p{Lu}/u.test(words[i + 1]) && !endWordSet.has(lower(words[i + 1]))) {
      out.push(words.slice(start, i + 1).join(' '));
      start = i + 1;
    }
  }
  return [...out, words.slice(start).join(' ')];
}

/** The text after a joiner continues the name before it (`Høgskolene i Lillehammer og Gjøvik`, `Nord- og Sør-Odal`, `Næringsforum og -råd`). */
function joinerInsideName(left: string, right: string): boolean {
  if (/[-–]$/.test(left) || /^[-–]/.test(right)) return true;
  // places coordinated inside one name: `… i Lillehammer og Gjøvik`, `… i Hedmark og Oppland`
  return /\s(?:i|for|på|ved)\s+\p{Lu}[\p{L}-]*$/u.test(left) && /^\p{Lu}[\p{L}-]*$/u.test(right);
}

/** A part that can stand alone as a name: short, no phrase markers, an organisation, role or group. */
function completeName(part: string, known: (name: string) => boolean): boolean {
  if (part.split(/\s+/).length > 5) return false;
  if (known(part)) return true;
  const kind = classifyActorName(part).kind;
  if (kind === 'phrase') return false;
  return /^\p{Lu}|^\d/u.test(part) || kind === 'group' || kind === 'role';
}

/** Splits at `og`/`samt`/`eller` where both sides are complete names (`LRU og LKP`, `NIF og OFK`, `LRU og næringsorganisasjonene`). */
function cutAtJoiners(part: string, known: (name: string) => boolean): string[] {
  const re = new RegExp(`\\s+(?:${nameJoiners.map(escapeRe).join('|')})\\s+`, 'giu');
  const cuts = [...part.matchAll(re)];
  for (const m of cuts) {
    const left = part.slice(0, m.index).trim();
    const right = part.slice(m.index! + m[0].length).trim();
    if (joinerInsideName(left, right)) continue;
    if (!completeName(left, known)) continue;
    const rest = cutAtJoiners(right, known);
    if (rest.every((r) => completeName(r, known))) return [left, ...rest];
    // a name the corpus writes alone, then a description: `LKP og eksisterende nøkkelbedrifter innen industri`
    if (known(left)) return [left, right];
  }
  return [part];
}

/**
 * Splits a cell name that joins several actors into single names, and cleans each. Never cuts
 * inside a name: `Høgskolene i Lillehammer og Gjøvik`, `Regionrådet v/regionkoordinator`,
 * `Lillehammer TV-dramaweek A/S`, `Nord- og Sør-Odal` stay whole. `known` tells whether the corpus
 * names a part elsewhere, which makes it a complete name.
 * @example splitActorNames('LRU og LKP') // ['LRU', 'LKP']
 * @example splitActorNames('Snowball/VL') // ['Snowball', 'VL']
 */
export function splitActorNames(name: string, known: (name: string) => boolean = () => false): string[] {
  const clean = name.replace(/\[\^[^\]]*\]/g, '').replace(/\s*\((?!\p{Lu}[\p{L}\d]{1,8}\))[^)]*\)/gu, ' ');
  return cutAtSeparators(clean)
    .map(cleanActorName)
    .flatMap(cutAfterNameEnds)
    .flatMap((p) => cutAtJoiners(p, known))
    .map(cleanActorName)
    .filter((p) => p.length >= 2 && /\p{L}/u.test(p));
}

/** What a name is: an actor kind, or no actor (`phrase`: a remark, an activity, a sentence; `place`: a bare place name). */
export type NameKind = ActorKind | 'phrase' | 'place';

/** A name's kind with the evidence, for the register and the editor's review report. */
export interface NameReading {
  kind: NameKind;
  reason: string;
}

const groupSet = new Set(groupWords);
const remarkOpener = new RegExp(`^(?:${remarkOpeners.join('|')})(?![\\p{L}])`, 'iu');
const openerSet = new Set(groupOpeners);
const legalSet = new Set(legalForms);
const numerals = new Set(['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'sjau', 'åtte', 'ni', 'ti', 'begge', 'båe']);
const endsWithAny = (word: string, list: readonly string[]) => list.some((w) => word === w || (word.length > w.length + 2 && word.endsWith(w)));

/** A word that names something: capitalised (`Lillehammer`) or an acronym, but not an acronym-led common noun (`TV-bransjen`). */
function isProperWord(word: string): boolean {
  return (/^\p{Lu}/u.test(word) && !/^[\p{Lu}\d]+-\p{Ll}/u.test(word)) || isAcronym(word);
}

/** The word a name's kind hangs on: the last part of an acronym-led or lower-case compound (`IKT-bedriftene` → `bedriftene`). */
function headOf(word: string): string {
  const parts = word.split('-').filter(Boolean);
  if (parts.length < 2) return lower(word.replace(/-/g, ''));
  return isAcronym(parts[0]) || /^\p{Ll}/u.test(parts[0]) ? lower(parts[parts.length - 1]) : lower(word);
}

/** A group word, or a compound ending in one (`Varehandelsaktører`, `Sportsutstyrsprodusenter`); hyphenated names are left whole. */
function isGroupWord(word: string, places: (name: string) => boolean): boolean {
  return groupSet.has(word) || (!word.includes('-') && !places(word) && groupWords.some((g) => !g.includes(' ') && g.length >= 5 && word.length > g.length + 2 && word.endsWith(g)));
}

/** A plural noun: definite (`kommunene`, `bedriftane`) or an agent plural (`grunneiere`, `arrangører`, `produsenter`). */
function isPluralNoun(word: string): boolean {
  const w = lower(word);
  if (w.length < 5) return false;
  if (/(?:ene|ane|erne|arne|ere|ørar|ører|arar|erar)$/.test(w)) return true;
  return /(?:nter|ntar|ker|ger|ler|ser)$/.test(w) && !/(?:senter|center|sentrum)$/.test(w);
}

/** Reads a name with no phrase in it: group, role, organisation or place, with the cue that decided. */
function readName(name: string, words: string[], places: (name: string) => boolean): NameReading {
  const lw = words.map(lower);
  let h = 0;
  while (h < words.length - 1 && (openerSet.has(lw[h]) || numerals.has(lw[h]))) h++;
  const head = headOf(words[h]);
  const properAfter = words.slice(h + 1).some(isProperWord);
  if (groupSet.has(lw.join(' ')) || isGroupWord(head, places)) return { kind: 'group', reason: `gruppeord «${lw[h]}»` };
  if (h > 0 && !properAfter) return { kind: 'group', reason: `generelt navn («${lw[0]}»)` };
  if (lw.some((w) => legalSet.has(w))) return { kind: 'organisation', reason: 'selskapsform' };
  // a plural noun heads a group when nothing or a prepositional phrase follows (`Bedriftene i regionen`), not `Etablere felles mottak`
  const afterHead = lw[h + 1];
  if (isPluralNoun(head) && !endsWithAny(head, roleWords) && (!afterHead || /^(?:i|på|ved|for|innen|innan|med|til|og|samt|fra|frå)$/.test(afterHead))) {
    // named institutions in plural: `Høgskolene i Lillehammer og Gjøvik`
    if (endsWithAny(head.replace(/(?:ene|ane|a)$/, 'e'), organisationHeads) && /\s(?:i|på)\s+\p{Lu}/u.test(name)) return { kind: 'organisation', reason: 'navngitte institusjoner' };
    return { kind: 'group', reason: `flertall («${lw[h]}»)` };
  }
  if (endsWithAny(head, roleWords)) return { kind: 'role', reason: `rolleord «${lw[h]}»` };
  if (words.some(isAcronym)) return { kind: 'organisation', reason: 'forkortelse' };
  // a name written in lower case is no proper name: `særforbund`, `byrå`
  if (/^\p{Ll}/u.test(name) && !properAfter) return { kind: 'group', reason: 'skrevet med liten forbokstav' };
  const orgHead = lw.find((w) => endsWithAny(w, organisationHeads)) ?? organisationHeads.find((o) => o.includes(' ') && lower(name).includes(o));
  if (orgHead) return { kind: 'organisation', reason: `organisasjonsord «${orgHead}»` };
  if (words.length === 1 && endsWithAny(lw[0], activityEndings)) return { kind: 'phrase', reason: `en aktivitet, ikke en aktør («${words[0]}»)` };
  if (places(name)) return { kind: 'place', reason: 'et stedsnavn alene' };
  // `Lillehammer-regionen utvikling`: a proper name first (no adjective ending such as `Norsk`, `Ungt`, `Lokale`)
  if (words.length === 1 || properAfter || places(words[0]) || !/(?:sk|ig|lig|t|e)$/.test(lw[0])) return { kind: 'organisation', reason: 'egennavn' };
  return { kind: 'phrase', reason: 'ingen kjennetegn på en aktør' };
}

/**
 * Tells what a cleaned name is, from cues in the vocabulary: a phrase (`… som …`, `… avhengig av …`,
 * a sentence, an activity), a group (`De tre kommunene`, `næringslivet`, `Grunneiere`), a role
 * (`regionkoordinator`, `Næringssjef Lillehammer kommune`), an organisation (legal form, acronym,
 * institution head, proper name) or a bare place name. `places` knows the municipality and region names.
 * @example classifyActorName('Kommunene').kind // 'group'
 * @example classifyActorName('arrangementskoordinator').kind // 'role'
 * @example classifyActorName('Regionmarkedsføring i regional næringsplan').kind // 'phrase'
 */
export function classifyActorName(name: string, places: (name: string) => boolean = () => false): NameReading {
  const words = name.split(/\s+/).filter(Boolean);
  const lw = words.map(lower);
  if (!words.length) return { kind: 'phrase', reason: 'tomt navn' };
  if (/[:+]|[.!?]\s+\p{Lu}/u.test(name) || words.length > 7) return { kind: 'phrase', reason: 'en setning eller merknad' };
  const marker = phraseMarkers.find((m) => (m.includes(' ') ? ` ${lower(name)} `.includes(` ${m} `) : lw.slice(m.includes('.') ? 0 : 1).includes(m)));
  if (marker) return { kind: 'phrase', reason: `en beskrivelse («${marker}»)` };
  if (remarkOpener.test(name)) return { kind: 'phrase', reason: 'en merknad' };
  if (timeOpeners.has(lw[0]) || /^\d{4}(?:\s|$|[-–])/.test(name)) return { kind: 'phrase', reason: 'en tidsramme, ikke en aktør' };
  if ((name.match(/(?:^|\s)[\d.,]+(?=\s|$)/g) ?? []).length >= 2) return { kind: 'phrase', reason: 'tall, ikke et navn' };
  // `Regionmarkedsføring i regional næringsplan`: an activity with a qualifier
  if (words.length > 1 && endsWithAny(lw[0], activityEndings) && !words.slice(1).some(isProperWord)) return { kind: 'phrase', reason: `en aktivitet, ikke en aktør («${words[0]}»)` };
  if (/\sog\s+[-–]/u.test(name)) return { kind: 'group', reason: 'flere slags aktører («og -»)' };
  return readName(name, words, places);
}
