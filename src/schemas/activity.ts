import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';
import { uncertainSchema } from './uncertain.ts';

/** A milestone of a programme activity, paired with its date. */
export const milestoneSchema = z.object({
  /** The milestone's own number label as written, kept apart from its text. @example 'M1' */
  label: z.string().optional(),
  text: z.string(),
  /** Date as written. @example '01.06.2016' */
  dateText: z.string().optional(),
  /** ISO date when the text gives a full date. */
  date: z.string().optional(),
  /** State written beside the milestone (a milestone table's status column). @example 'Gjennomført' */
  status: z.string().optional(),
});

/** `Aktivitet 1.1: …` of a programme report. */
export const activitySchema = z.object({
  id: z.string(),
  documentId: z.string(),
  chapterId: z.string().optional(),
  /** @example '1.1' */
  number: z.string(),
  /** The word the report opens the activity with, when not `Aktivitet`. @example 'Tilleggsaktivitet' */
  kindLabel: z.string().optional(),
  /** Row labels of the matrix as the report wrote them, by field. @example { expectedResults: 'Forventet resultat' } */
  labels: z.record(z.string(), z.string()).default({}),
  title: z.string(),
  subGoal: z.string().optional(),
  measures: z.array(z.string()).default([]),
  expectedResults: z.array(z.string()).default([]),
  effectGoals: z.array(z.string()).default([]),
  rationale: z.string().optional(),
  milestones: z.array(milestoneSchema).default([]),
  status: z.string().optional(),
  recommendations: z.array(z.string()).default([]),
  involved: z.array(z.string()).default([]),
  /** Set where the text does not settle a reading, e.g. milestone dates that cannot be paired with the milestones. */
  uncertain: uncertainSchema.optional(),
  themes: z.array(themeAssignmentSchema).default([]),
  regions: z.array(z.string()).default([]),
  url: z.string(),
  source: sourceSchema,
});
export type Activity = z.infer<typeof activitySchema>;
