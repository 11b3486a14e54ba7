/**
 * Which names in the actor register are one actor: the same name folded (case, hyphens, spacing,
 * legal form), definite and plural endings (`IKT bedriftsnettverk`/`IKT bedriftsnettverket`),
 * spelling slips in long names (`Ungt entrenørskap`/`Ungt Entreprenørskap`), acronym and
 * expansion (`LRU`/`Lillehammer-regionen utvikling`, `LKP`/`Lillehammer Kunnskapspark`), a name
 * with a qualifier (`HiL for høyere utdanning`, `Regionrådet v/regionkoordinator`), and the
 * editor's merges from the register file. Pure.
 */
import { legalForms, qualifierWords } from '../vocabulary/organisations.ts';
import { acronymFits } from './extract/acronyms.ts';
import { isAcronym, type NameKind } from '../shared/actor-names.ts';

/** Thresholds for merging two spellings. */
export const MERGE = {
  /** Endings folded when the shorter form is also met: definite and plural (`-et`, `-en`, `-ene`, `-er`, …). */
  endings: ['ene', 'ane', 'erne', 'en', 'et', 'a', 'er', 'ar', 'ne', 'n', 't', 'e'],
  /** A spelling slip is at most this share of the longer word's letters (3 of 15 in `entrenørskap`/`entreprenørskap`). */
  slipShare: 0.2,
  /** Spelling slips are only taken in words at least this long; short names differ by one letter on purpose. */
  slipMinLength: 10,
} as const;

/**
 * Folds a name for comparison: case, punctuation, spacing and hyphens, a legal form at the end.
 * @example mergeKey('Lillehammer TV-dramaweek A/S') // 'lillehammertvdramaweek'
 * @example mergeKey('arrangements-koordinator') // 'arrangementskoordinator'
 */
export function mergeKey(name: string): string {
  const legal = new RegExp(`\\s+(?:${legalForms.map((l) => l.replace('/', '\\/')).join('|')})$`, 'i');
  const fold = (s: string) => s.toLocaleLowerCase('nb').replace(/[^\p{L}\p{N}]+/gu, '');
  // `Næringsforum og -råd` = `Næringsråd og –forum`: expand the shared first part, then order the two
  const pair = /^(\p{L}+?s)(\p{L}+) og [-–](\p{L}+)$/u.exec(name.trim());
  if (pair) return [fold(pair[1] + pair[2]), fold(pair[1] + pair[3])].sort().join('+');
  return fold(name.replace(legal, ''));
}

/** Union-find over names. */
export class NameSets {
  private parent = new Map<string, string>();
  /** Why two names were joined on weak evidence (spelling slip, inferred acronym), by the joined name. */
  readonly weak = new Map<string, string>();
  /** Names joined as a qualified form of another (`LRU med egen stimulator`): never the preferred name. */
  readonly qualified = new Set<string>();
  add(name: string): void {
    if (!this.parent.has(name)) this.parent.set(name, name);
  }
  find(name: string): string {
    let p = this.parent.get(name) ?? name;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p)!;
    return p;
  }
  union(a: string, b: string, weakReason?: string): void {
    this.add(a);
    this.add(b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    if (weakReason) this.weak.set(b, weakReason);
  }
  groups(): string[][] {
    const out = new Map<string, string[]>();
    for (const n of this.parent.keys()) out.set(this.find(n), [...(out.get(this.find(n)) ?? []), n]);
    return [...out.values()];
  }
}

/** The distinct names of the register with their readings. */
export interface NameInfo {
  name: string;
  kind: NameKind;
}

const isActorKind = (k: NameKind) => k === 'organisation' || k === 'role';
/** Two readings may be one actor: both groups, or neither a group (an organisation never merges into a group). */
const compatible = (a: NameKind, b: NameKind) => (a === 'group') === (b === 'group');

/** Edit distance, for spelling slips. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Joins names whose folded keys are equal, or equal after a definite/plural ending. */
export function mergeByKey(names: NameInfo[], sets: NameSets): void {
  const byKey = new Map<string, NameInfo>();
  for (const n of names) {
    const k = mergeKey(n.name);
    const other = byKey.get(k);
    if (other) sets.union(other.name, n.name);
    else byKey.set(k, n);
  }
  for (const [k, n] of byKey) {
    for (const e of MERGE.endings) {
      const base = k.endsWith(e) && k.length - e.length >= 4 ? byKey.get(k.slice(0, -e.length)) : undefined;
      if (base && compatible(base.kind, n.kind)) {
        sets.union(base.name, n.name);
        break;
      }
    }
  }
}

/** Joins spelling slips in the last word of names that share their other words (`Ungt entrenørskap`/`Ungt Entreprenørskap`). */
export function mergeSlips(names: NameInfo[], sets: NameSets): void {
  const words = names.map((n) => n.name.toLocaleLowerCase('nb').split(/\s+/));
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [words[i], words[j]];
      if (a.length !== b.length || a.length < 2 || a.slice(0, -1).join(' ') !== b.slice(0, -1).join(' ')) continue;
      const [x, y] = [a[a.length - 1], b[b.length - 1]];
      const longest = Math.max(x.length, y.length);
      if (x === y || longest < MERGE.slipMinLength || x.slice(0, 3) !== y.slice(0, 3)) continue;
      if (distance(x, y) <= Math.floor(longest * MERGE.slipShare) && compatible(names[i].kind, names[j].kind)) {
        sets.union(names[i].name, names[j].name, `skrivemåten «${names[j].name}» er tatt som en skrivefeil for «${names[i].name}»`);
      }
    }
  }
}

/** Joins an acronym to the one name of the register whose initials it fits (`LKP` → `Lillehammer Kunnskapspark`). */
export function mergeInferredAcronyms(names: NameInfo[], sets: NameSets, defined: Map<string, string>): void {
  const longNames = names.filter((n) => n.kind === 'organisation' && n.name.includes(' ') && !sets.qualified.has(n.name));
  for (const n of names) {
    if (n.name.includes(' ') || !isAcronym(n.name)) continue;
    const long = defined.get(n.name);
    if (long) {
      sets.union(long, n.name);
      continue;
    }
    const fits = longNames.filter((l) => acronymFits(n.name, l.name) && !l.name.split(/\s+/).includes(n.name));
    const roots = new Set(fits.map((f) => sets.find(f.name)));
    if (roots.size === 1) sets.union(fits[0].name, n.name, `forkortelsen «${n.name}» er tatt for «${fits[0].name}» fordi forbokstavene passer`);
  }
}

const qualifierRe = new RegExp(`^(.+?)\\s*(?:\\s(?:${qualifierWords.filter((q) => q !== 'v/').join('|')})\\s|\\sv\\/\\s?)`, 'iu');

/** Joins a name with a qualifier to the actor it qualifies, when that actor is named alone too (`LRU med egen stimulator` → `LRU`). */
export function mergeQualified(names: NameInfo[], sets: NameSets): void {
  const byKey = new Map(names.map((n) => [mergeKey(n.name), n]));
  for (const n of names) {
    const m = qualifierRe.exec(n.name);
    const head = m ? byKey.get(mergeKey(m[1])) : undefined;
    if (head && head !== n && isActorKind(head.kind)) {
      sets.union(head.name, n.name);
      sets.qualified.add(n.name);
    }
  }
}
