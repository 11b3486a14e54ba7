import { z } from 'zod';
import { uncertainSchema } from './uncertain.ts';

/** A reference from an actor to an action it leads or joins. */
export const actorRoleSchema = z.object({
  actionId: z.string(),
  strategyId: z.string(),
  documentId: z.string(),
  role: z.enum(['responsible', 'partner']),
});

/**
 * What an entry of the actor register is: one organisation (`Innovasjon Norge`), a role or
 * function (`regionkoordinator`), or a group of unnamed actors (`kommunene`, `næringslivet`).
 * Only organisations and roles get an actor page; groups are shown as written.
 */
export const actorKinds = ['organisation', 'role', 'group'] as const;
export const actorKindSchema = z.enum(actorKinds);
export type ActorKind = z.infer<typeof actorKindSchema>;

/** An entry of the actor register: one organisation, role or group, merged across spellings, endings and acronyms. */
export const actorSchema = z.object({
  /** @example 'lillehammer-regionen-utvikling' */
  id: z.string(),
  /** Preferred name: the spelling met most often, the long form where an acronym is known. @example 'Lillehammer-regionen utvikling' */
  name: z.string(),
  /** @example 'organisation' */
  kind: actorKindSchema.default('organisation'),
  /** Acronym, when the text defines one. @example 'LRU' */
  acronym: z.string().optional(),
  /** Every other spelling met (case, hyphenation, endings, slips, qualifiers). @example ['LRU', 'LRU med egen stimulator'] */
  aliases: z.array(z.string()),
  roles: z.array(actorRoleSchema),
  /** Actor page; only organisations and roles have one. @example '/aktorer/lillehammer-regionen-utvikling/' */
  url: z.string().optional(),
  /** Set when the register merged the entry on weak evidence; the editor's review report lists it. */
  uncertain: uncertainSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** A name in the register file: plain text, at least two characters. */
const registerName = z.string().trim().min(2, 'navnet må ha minst to tegn');

/**
 * The editor's corrections to the actor register (`seeds/actors.yaml`), read on every ingest so
 * they survive re-ingest: merges (one actor with the spellings that belong to it), splits (a cell
 * name that holds several actors), kinds, and names that are no actor at all.
 */
export const actorRegisterFileSchema = z
  .object({
    /** Actors as the editor wants them: preferred name, kind, acronym and the spellings to merge into it. */
    actors: z
      .array(
        z
          .object({
            name: registerName,
            kind: actorKindSchema.optional(),
            acronym: z.string().trim().min(2).optional(),
            aliases: z.array(registerName).default([]),
          })
          .strict(),
      )
      .default([]),
    /** A name the text writes as one but that names several actors. @example { name: 'Skeikampen og Gålå', into: ['Skeikampen', 'Gålå'] } */
    split: z.array(z.object({ name: registerName, into: z.array(registerName).min(2, 'en deling må gi minst to navn') }).strict()).default([]),
    /** Names that are no actor (a phrase, an activity): shown as written, without a link. */
    notActors: z.array(registerName).default([]),
  })
  .strict();
export type ActorRegisterFile = z.infer<typeof actorRegisterFileSchema>;
