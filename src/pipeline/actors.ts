import type { Actor, Strategy } from '../schemas/index.ts';
import { slugify } from '../lib/slug.ts';
import { urls } from '../lib/urls.ts';

/** An acronym definition known in the corpus. */
export interface AcronymDef {
  short: string;
  long: string;
}

/** Folds a name for comparison: case, punctuation, spacing. @example nameKey('Lillehammer Kunnskapspark.') // 'lillehammer kunnskapspark' */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[.,;:()«»"]/g, ' ').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Splits `Høgskolen i Lillehammer (HiL)` into long name and acronym.
 * @example splitAcronym('Lillehammer-regionen utvikling (LRU)') // { long: 'Lillehammer-regionen utvikling', short: 'LRU' }
 */
export function splitAcronym(name: string): { long: string; short?: string } {
  const m = /^(.*\S)\s*\(([A-ZÆØÅ][A-Za-zÆØÅæøå]{1,9})\)$/.exec(name.trim());
  return m ? { long: m[1], short: m[2] } : { long: name.trim() };
}

/**
 * Splits a cell name that joins several actors (`LRU og LKP`, `Snowball/VL`, `Østnorsk Filmsenter/HiL/bransjen`)
 * into single actors, and drops remarks in parentheses that are not an acronym
 * (`LRU (evt i samarbeid med Regionrådet)` → `LRU`). Footnote markers are removed.
 * @example splitActorNames('LRU og LKP') // ['LRU', 'LKP']
 */
export function splitActorNames(name: string): string[] {
  const clean = name
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/\s*\((?![A-ZÆØÅ][A-Za-zÆØÅæøå]{1,9}\))[^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // «/» and «;» join actors; «og» only before a capitalised name (`LRU og LKP`), not inside a description
  // (`LKP og eksisterende nøkkelbedrifter`) or a shared suffix (`Nord- og Sør-Odal`)
  return clean
    .split(/\s*[\/;]\s*|(?<!-)\s+(?:og|samt)\s+(?=[A-ZÆØÅ])/)
    .map((p) => p.replace(/^[-–,.\s]+|[-–,.:\s]+$/g, '').trim())
    .filter((p) => p.length >= 2 && /\p{L}/u.test(p));
}

/** Words that open a remark, not a name (`mest sannsynlig også …`, `Kommer an på tema`, `f.eks Skoler`). */
const NOT_A_NAME_START = /^(mest|kommer|kobles|noen|evt\.?|ev\.?|ca\.?|f\.eks\.?|for eksempel|avhengig|etter|ved behov|se)\b/i;

/**
 * Whether a responsible/partner cell reads as an actor's name rather than a remark or a sentence
 * (`Innstilling ved rådmennene. Vedtas av kommunestyrene`). Remarks stay in the table cell; only
 * names get an actor page.
 * @example isActorName('Innovasjon Norge') // true
 * @example isActorName('Kommer an på tema') // false
 */
export function isActorName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 7) return false;
  if (/[.!?]\s+\p{Lu}/u.test(name)) return false;
  return !NOT_A_NAME_START.test(name.trim());
}

/**
 * Stage: collects every organisation named as responsible or partner and merges spellings
 * and acronyms (`LRU` = `Lillehammer-regionen utvikling (LRU)`), with the actions each leads or joins.
 */
export function buildActors(strategies: Strategy[], acronyms: AcronymDef[]): Actor[] {
  const longOf = new Map<string, string>();
  for (const a of acronyms) longOf.set(nameKey(a.short), a.long);
  // canonical key: the long form's key when the name is (or carries) a known acronym
  const canonical = (name: string): { key: string; long: string; short?: string } => {
    const { long, short } = splitAcronym(name);
    if (short) {
      longOf.set(nameKey(short), long);
      return { key: nameKey(long), long, short };
    }
    const viaAcronym = longOf.get(nameKey(long));
    if (viaAcronym) return { key: nameKey(viaAcronym), long: viaAcronym, short: long };
    return { key: nameKey(long), long };
  };
  // first pass learns acronyms written inline as `Name (ABC)`
  for (const s of strategies) for (const a of s.actions) for (const n of [...a.responsible, ...a.partners].flatMap(splitActorNames)) canonical(n);

  type Entry = { names: Map<string, number>; acronym?: string; long: string; roles: Actor['roles'] };
  const byKey = new Map<string, Entry>();
  for (const s of strategies) {
    for (const a of s.actions) {
      const seen = new Set<string>();
      for (const [role, list] of [['responsible', a.responsible], ['partner', a.partners]] as const) {
        for (const name of list.flatMap(splitActorNames).filter(isActorName)) {
          const c = canonical(name);
          if (!c.key) continue;
          const e: Entry = byKey.get(c.key) ?? { names: new Map(), long: c.long, roles: [] };
          if (c.short) e.acronym = c.short;
          e.names.set(name, (e.names.get(name) ?? 0) + 1);
          if (!seen.has(`${c.key}|${role}`)) e.roles.push({ actionId: a.id, strategyId: s.id, documentId: s.documentId, role });
          seen.add(`${c.key}|${role}`);
          byKey.set(c.key, e);
        }
      }
    }
  }
  const used = new Set<string>();
  const actors: Actor[] = [];
  for (const e of [...byKey.values()].sort((a, b) => a.long.localeCompare(b.long, 'nb'))) {
    const name = e.long;
    let id = slugify(name, 50);
    for (let n = 2; used.has(id); n++) id = `${slugify(name, 50)}-${n}`;
    used.add(id);
    const aliases = [...e.names.keys()].filter((n) => n !== name).sort((a, b) => a.localeCompare(b, 'nb'));
    actors.push({ id, name, acronym: e.acronym, aliases, roles: e.roles, url: urls.actor(id) });
  }
  return actors;
}
