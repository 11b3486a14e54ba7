import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';
import { uncertainSchema } from './uncertain.ts';

/** A person named with an organisation. @example { name: 'Liv Bjerke', organisation: 'Oppland fylkeskommune' } */
export const personSchema = z.object({
  name: z.string(),
  organisation: z.string().optional(),
  role: z.string().optional(),
  /** Set where the text does not settle where the name ends and the organisation begins. */
  uncertain: uncertainSchema.optional(),
});

/** Workshop notes: programme, participants, tasks → groups → points. */
export const workshopSchema = z.object({
  programme: z.array(
    z.object({
      /** Time as written. @example '10.15–10.45' */
      time: z.string().optional(),
      title: z.string(),
      speakers: z.array(personSchema),
    }),
  ).default([]),
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
  /** The meeting's date, ISO. @example '2024-06-14' */
  date: z.string().optional(),
  /** Start time. @example '09:00' */
  time: z.string().optional(),
  /** End time, where the notice gives one. @example '14:00' */
  endTime: z.string().optional(),
  /** The time as written. @example 'kl. 09.00–14.00 (lunsj kl. 11.30)' */
  timeText: z.string().optional(),
  place: z.string().optional(),
  items: z.array(
    z.object({
      /** As printed, without `Sak`, with a series prefix. @example '19/24', 'PS 5/25', '4' */
      number: z.string(),
      title: z.string(),
      text: z.array(z.string()).default([]),
      /** The item's proposed decision (`Forslag til vedtak`, `Framlegg til vedtak`), point by point. */
      decision: z.array(z.string()).optional(),
      source: sourceSchema,
    }),
  ),
  roundTable: z.array(
    z.object({
      /** Municipality or region reporting, as written. @example 'Alver kommune' */
      who: z.string(),
      /** The municipality or region it names, where known (spelling slips corrected). @example 'Alver' */
      place: z.string().optional(),
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

/** The letterhead of a case document: case number, officer, archive code, date, and the meetings that treat it. */
export const caseInfoSchema = z.object({
  /** Arkivsak / Arkivsaksnr. @example '2019/412-3' */
  number: z.string().optional(),
  /** Saksbehandler / Saksbehandlar. @example 'Eirik Sæter' */
  officer: z.string().optional(),
  /** Arkiv / Arkivkode as written. @example 'FE-140' */
  archive: z.string().optional(),
  /** The document's own date, ISO. */
  date: z.string().optional(),
  /** The meetings table (saksgang): body, date and case number in that body. */
  meetings: z.array(z.object({ body: z.string(), date: z.string().optional(), number: z.string().optional() })).default([]),
  source: sourceSchema,
});

/** One point of a proposed decision. */
export const decisionPointSchema = z.object({ text: z.string(), source: sourceSchema });
export type CaseInfo = z.infer<typeof caseInfoSchema>;
export type DecisionPointRecord = z.infer<typeof decisionPointSchema>;
