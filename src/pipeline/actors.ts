/**
 * Stage: the actor register across all documents. Every name in a responsible or partner cell is
 * split into single names, read as an organisation, role or group (or as no actor: a phrase, a
 * bare place), and merged with its other spellings into one entry. Names the register cannot place
 * are kept out of it and reported to the editor with their source lines. Pure.
 */
import type { Actor, ActorKind, ActorRegisterFile, Strategy } from '../schemas/index.ts';
import { slugify } from '../lib/slug.ts';
import { urls } from '../lib/urls.ts';
import type { Diagnostic } from './types.ts';
import { nameKey, classifyActorName, cleanActorName, isAcronym, splitActorNames, type NameKind } from '../shared/actor-names.ts';
import { mergeByKey, mergeInferredAcronyms, mergeKey, mergeQualified, mergeSlips, NameSets, type NameInfo } from './actor-merge.ts';
import { emptyActorRegister } from './actor-register.ts';

export { splitActorNames } from '../shared/actor-names.ts';

/** An acronym definition known in the corpus. */
export interface AcronymDef {
  short: string;
  long: string;
}

export { nameKey } from '../shared/actor-names.ts';

/**
 * Splits `Høgskolen i Lillehammer (HiL)` into long name and acronym.
 * @example splitAcronym('Lillehammer-regionen utvikling (LRU)') // { long: 'Lillehammer-regionen utvikling', short: 'LRU' }
 */
export function splitAcronym(name: string): { long: string; short?: string } {
  const m = /^(.*\S)\s*\(([A-ZÆØÅ][A-Za-zÆØÅæøå\d]{1,9})\)$/.exec(name.trim());
  return m ? { long: m[1], short: m[2] } : { long: name.trim() };
}

/**
 * Whether a responsible/partner cell name reads as an actor rather than a remark, a phrase or a
 * sentence. Remarks stay in the table cell; only actors enter the register.
 * @example isActorName('Innovasjon Norge') // true
 * @example isActorName('Kommer an på tema') // false
 */
export function isActorName(name: string): boolean {
  const kind = classifyActorName(cleanActorName(splitAcronym(name).long)).kind;
  return kind !== 'phrase';
}

/** One mention of a name in an action's cell. */
interface Mention {
  name: string;
  role: 'responsible' | 'partner';
  actionId: string;
  strategyId: string;
  documentId: string;
  file: string;
  line: number;
}

/** What the register knows besides the cells: acronyms the documents define, place names, the editor's register file. */
export interface ActorRegisterInput {
  acronyms: AcronymDef[];
  register?: ActorRegisterFile;
  /** Whether a name is a municipality, county or region. */
  isPlace?: (name: string) => boolean;
}

/** The register with what the editor should look at. */
export interface ActorRegister {
  actors: Actor[];
  diagnostics: Diagnostic[];
}

/** Every single name in the cells, split and cleaned, with the register file's splits applied. */
function collectMentions(strategies: Strategy[], register: ActorRegisterFile, acronyms: Map<string, string>): Mention[] {
  const splits = new Map(register.split.map((s) => [nameKey(s.name), s.into]));
  const cellNames = strategies.flatMap((s) => s.actions.flatMap((a) => [...a.responsible, ...a.partners]));
  const alone = new Set(cellNames.flatMap((n) => splitActorNames(n)).map(nameKey));
  for (const short of acronyms.keys()) alone.add(nameKey(short));
  const known = (n: string) => alone.has(nameKey(n));
  const out: Mention[] = [];
  for (const s of strategies) {
    for (const a of s.actions) {
      for (const [role, list] of [['responsible', a.responsible], ['partner', a.partners]] as const) {
        for (const cell of list) {
          const parts = splits.get(nameKey(cleanActorName(cell))) ?? splitActorNames(cell, known).flatMap((p) => splits.get(nameKey(p)) ?? [p]);
          for (const name of parts) out.push({ name, role, actionId: a.id, strategyId: s.id, documentId: s.documentId, file: a.source.file, line: a.source.lines[0] });
        }
      }
    }
  }
  return out;
}

/** Reads every distinct name once; the register file's kinds and not-actors win over the reading. */
function readNames(mentions: Mention[], register: ActorRegisterFile, isPlace: (n: string) => boolean): Map<string, NameInfo & { reason: string }> {
  const notActors = new Set(register.notActors.map(mergeKey));
  const kinds = new Map<string, ActorKind>();
  for (const e of register.actors) for (const n of [e.name, ...e.aliases, ...(e.acronym ? [e.acronym] : [])]) if (e.kind) kinds.set(mergeKey(n), e.kind);
  const out = new Map<string, NameInfo & { reason: string }>();
  for (const { name } of mentions) {
    if (out.has(name)) continue;
    const long = splitAcronym(name).long;
    const given = kinds.get(mergeKey(name)) ?? kinds.get(mergeKey(long));
    const reading = notActors.has(mergeKey(name))
      ? { kind: 'phrase' as NameKind, reason: 'ført opp som «ikke en aktør» i aktørregisteret' }
      : given ? { kind: given as NameKind, reason: 'art gitt i aktørregisteret' } : classifyActorName(long, isPlace);
    out.set(name, { name, ...reading });
  }
  return out;
}

/** Joins the spellings that are one actor: register merges, `Name (ABC)`, keys, endings, slips, acronyms, qualifiers. */
function mergeNames(infos: NameInfo[], input: ActorRegisterInput, register: ActorRegisterFile): NameSets {
  const sets = new NameSets();
  for (const n of infos) sets.add(n.name);
  const defined = new Map(input.acronyms.map((a) => [a.short, a.long]));
  for (const n of infos) {
    const { long, short } = splitAcronym(n.name);
    if (short) defined.set(short, long);
  }
  for (const e of register.actors) {
    if (e.acronym) defined.set(e.acronym, e.name);
    for (const alias of e.aliases) if (sets.find(alias) !== alias || infos.some((i) => mergeKey(i.name) === mergeKey(alias))) sets.union(e.name, alias);
  }
  const withLongForms = [...infos, ...[...defined.values()].map((long) => ({ name: long, kind: 'organisation' as NameKind }))];
  for (const n of infos) {
    const { long, short } = splitAcronym(n.name);
    if (short) sets.union(long, n.name);
  }
  mergeByKey(withLongForms, sets);
  mergeSlips(infos, sets);
  mergeQualified(infos, sets);
  mergeInferredAcronyms(withLongForms, sets, defined);
  return sets;
}

/** Kinds in the order one spelling outweighs another when a merged entry's spellings read differently. */
const KIND_ORDER: NameKind[] = ['organisation', 'role', 'group', 'place', 'phrase'];

/** The preferred name of merged spellings: the long form where an acronym is known, else the spelling met most often. */
function preferredName(members: string[], counts: Map<string, number>, registerNames: Set<string>, qualified: Set<string>): { name: string; acronym?: string } {
  const fromRegister = members.find((m) => registerNames.has(m));
  const stripped = members.map((m) => ({ m, ...splitAcronym(m) }));
  const acronyms = stripped.filter((s) => !s.long.includes(' ') && isAcronym(s.long)).map((s) => s.long);
  const written = stripped.find((s) => s.short)?.short;
  const longForms = stripped.filter((s) => !acronyms.includes(s.long) && !qualified.has(s.m));
  const pool = longForms.length ? longForms : stripped.filter((s) => !qualified.has(s.m));
  // a hyphen inside a word where another spelling has none is a line-break hyphen (`arrangements-koordinator`)
  const keys = new Set(pool.filter((s) => !/\p{Ll}-\p{Ll}/u.test(s.long)).map((s) => mergeKey(s.long)));
  const lineBreak = (s: { long: string }) => Number(/\p{Ll}-\p{Ll}/u.test(s.long) && keys.has(mergeKey(s.long)));
  const score = (s: { m: string }) => counts.get(s.m) ?? 0;
  const best = [...(pool.length ? pool : stripped)].sort(
    (a, b) => lineBreak(a) - lineBreak(b) || score(b) - score(a) || Number(/^\p{Lu}/u.test(b.long)) - Number(/^\p{Lu}/u.test(a.long)) || a.long.length - b.long.length || a.long.localeCompare(b.long, 'nb'),
  )[0];
  const acronym = written ?? (longForms.length && acronyms.length ? [...acronyms].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] : undefined);
  return { name: fromRegister ?? best.long, acronym };
}

/** One entry of the register from a set of merged spellings, or undefined when none of them is an actor. */
function toEntry(members: string[], mentions: Mention[], infos: Map<string, NameInfo>, registerNames: Set<string>, qualified: Set<string>, longForms: Set<string>, givenKind?: ActorKind) {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const kinds = members.map((m) => infos.get(m)?.kind).filter((k): k is NameKind => !!k);
  const kind = givenKind ?? KIND_ORDER.find((k) => kinds.includes(k));
  if (!kind || kind === 'phrase' || kind === 'place') return undefined;
  const { name, acronym: written } = preferredName(members.filter((m) => counts.has(m) || registerNames.has(m) || longForms.has(m)), counts, registerNames, qualified);
  const acronym = written ?? (isAcronym(name) ? undefined : members.find((m) => isAcronym(m) && !m.includes(' ')));
  const roles: Actor['roles'] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(`${m.actionId}|${m.role}`)) continue;
    seen.add(`${m.actionId}|${m.role}`);
    roles.push({ actionId: m.actionId, strategyId: m.strategyId, documentId: m.documentId, role: m.role });
  }
  const aliases = [...new Set([...counts.keys()].filter((n) => n !== name && n !== acronym))].sort((a, b) => a.localeCompare(b, 'nb'));
  return { name, kind, acronym, aliases, roles };
}

/** A warning for the editor per name the register could not place, once per document. */
function unplacedDiagnostics(mentions: Mention[], infos: Map<string, NameInfo & { reason: string }>, placed: Set<string>): Diagnostic[] {
  const out = new Map<string, Diagnostic>();
  for (const m of mentions) {
    const info = infos.get(m.name);
    if (!info || placed.has(m.name) || out.has(`${m.file}|${m.name}`)) continue;
    out.set(`${m.file}|${m.name}`, { level: 'warning', file: m.file, line: m.line, message: `aktør «${m.name}» er ikke plassert i aktørregisteret (${info.reason}); vist som skrevet, uten lenke` });
  }
  return [...out.values()];
}

/**
 * Stage: builds the actor register across all documents, with a warning for the editor per name it
 * cannot place and per merge made on weak evidence.
 */
export function buildActorRegister(strategies: Strategy[], input: ActorRegisterInput): ActorRegister {
  const register = input.register ?? emptyActorRegister;
  const defined = new Map(input.acronyms.map((a) => [a.short, a.long]));
  const mentions = collectMentions(strategies, register, defined);
  const infos = readNames(mentions, register, input.isPlace ?? (() => false));
  const sets = mergeNames([...infos.values()], input, register);
  const registerNames = new Set(register.actors.map((e) => e.name));
  const longForms = new Set(defined.values());
  const givenKind = new Map(register.actors.filter((e) => e.kind).map((e) => [e.name, e.kind!]));
  const byRoot = new Map<string, Mention[]>();
  for (const m of mentions) byRoot.set(sets.find(m.name), [...(byRoot.get(sets.find(m.name)) ?? []), m]);
  const entries: (NonNullable<ReturnType<typeof toEntry>> & { uncertain?: string })[] = [];
  const placed = new Set<string>();
  for (const members of sets.groups()) {
    const own = byRoot.get(sets.find(members[0])) ?? [];
    if (!own.length) continue;
    const given = members.map((m) => givenKind.get(m)).find(Boolean);
    const entry = toEntry(members, own, infos, registerNames, sets.qualified, longForms, given);
    if (!entry) continue;
    for (const m of own) placed.add(m.name);
    const weak = members.map((m) => sets.weak.get(m)).filter(Boolean);
    entries.push({ ...entry, uncertain: weak.length ? weak.join('; ') : undefined });
  }
  const diagnostics = unplacedDiagnostics(mentions, infos, placed);
  return { actors: assignIds(entries, mentions, diagnostics), diagnostics };
}

/** Ids and pages: an id from the name (numbered when two names fold to one), a page for organisations and roles. */
function assignIds(entries: (NonNullable<ReturnType<typeof toEntry>> & { uncertain?: string })[], mentions: Mention[], diagnostics: Diagnostic[]): Actor[] {
  const used = new Set<string>();
  const actors: Actor[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.kind.localeCompare(b.kind))) {
    let id = slugify(e.name, 50);
    for (let n = 2; used.has(id); n++) id = `${slugify(e.name, 50)}-${n}`;
    used.add(id);
    const page = e.kind !== 'group';
    const first = mentions.find((m) => m.name === e.name || e.aliases.includes(m.name));
    if (e.uncertain && first) diagnostics.push({ level: 'warning', file: first.file, line: first.line, message: `aktørregisteret (usikker sammenslåing): ${e.uncertain}` });
    actors.push({
      id, name: e.name, kind: e.kind, acronym: e.acronym, aliases: e.aliases, roles: e.roles,
      ...(page ? { url: urls.actor(id) } : {}),
      ...(e.uncertain ? { uncertain: { reason: e.uncertain } } : {}),
    });
  }
  return actors;
}

/**
 * The register's actors only (organisations, roles and groups), for callers that do not report.
 * @example buildActors(strategies, [{ short: 'LRU', long: 'Lillehammer-regionen utvikling' }])
 */
export function buildActors(strategies: Strategy[], acronyms: AcronymDef[], register?: ActorRegisterFile): Actor[] {
  return buildActorRegister(strategies, { acronyms, register }).actors;
}
