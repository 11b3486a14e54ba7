import { z } from 'zod';

/** A reference from an actor to an action it leads or joins. */
export const actorRoleSchema = z.object({
  actionId: z.string(),
  strategyId: z.string(),
  documentId: z.string(),
  role: z.enum(['responsible', 'partner']),
});

/** An organisation named as responsible or partner, merged across spellings and acronyms. */
export const actorSchema = z.object({
  /** @example 'lillehammer-regionen-utvikling' */
  id: z.string(),
  /** Preferred name. @example 'Lillehammer-regionen utvikling' */
  name: z.string(),
  /** Acronym, when the text defines one. @example 'LRU' */
  acronym: z.string().optional(),
  /** Every spelling met. */
  aliases: z.array(z.string()),
  roles: z.array(actorRoleSchema),
  url: z.string(),
});
export type Actor = z.infer<typeof actorSchema>;
