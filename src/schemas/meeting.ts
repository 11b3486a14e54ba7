import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';

/** A person named with an organisation. @example { name: 'Liv Bjerke', organisation: 'Oppland fylkeskommune' } */
export const personSchema = z.object({ name: z.string(), organisation: z.string().optional(), role: z.string().optional() });

/** Workshop notes: programme, participants, tasks → groups → points. */
export const workshopSchema = z.object({
  programme: z.array(z.object({ title: z.string(), speakers: z.array(personSchema) })).default([]),
  participants: z.array(personSchema).default([]),
  tasks: z.array(
    z.object({
      number: z.string(),
      question: z.string(),
      groups: z.array(z.object({ name: z.string(), points: z.array(z.string()) })),
      themes: z.array(themeAssignmentSchema).default([]),
      source: sourceSchema,
    }),
  ),
});

/** A meeting notice and agenda (sakskart). */
export const agendaSchema = z.object({
  date: z.string().optional(),
  time: z.string().optional(),
  place: z.string().optional(),
  items: z.array(z.object({ number: z.string(), title: z.string(), text: z.array(z.string()).default([]), source: sourceSchema })),
  roundTable: z.array(
    z.object({
      /** Municipality or region reporting. @example 'Elverum' */
      who: z.string(),
      points: z.array(z.string()),
      themes: z.array(themeAssignmentSchema).default([]),
      regions: z.array(z.string()).default([]),
      source: sourceSchema,
    }),
  ).default([]),
  invitees: z.array(personSchema).default([]),
});
export type Workshop = z.infer<typeof workshopSchema>;
export type Agenda = z.infer<typeof agendaSchema>;
export type Person = z.infer<typeof personSchema>;
