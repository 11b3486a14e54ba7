import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';
import { uncertainSchema } from './uncertain.ts';

/** One labelled row of a numeric table; `null` where a cell is missing. */
export const datasetRowSchema = z.object({
  /** Label that stands alone. @example 'Gausdal – sysselsatte etter arbeidssted' */
  label: z.string(),
  values: z.array(z.number().nullable()),
  /** Each cell as written in the source (`0,0 %`, `895 000 (39%)`, `2001-2011: 10`), shown in the table so nothing is lost; null where missing. */
  texts: z.array(z.string().nullable()).optional(),
  /** True when this is a sum row (Sum, Totalt, I alt, Til saman, or a last row that adds up). */
  isSum: z.boolean().optional(),
  /** The row's numbers exactly as written, when they cannot be placed in the columns; the values then hold only what is certain. @example '250 000 250 000 250 000 750 000' */
  asWritten: z.string().optional(),
});

/** Result of checking a sum row or column. */
export const sumCheckSchema = z.object({
  /** What was checked. @example 'Sum-raden, kolonne 2016' */
  what: z.string(),
  expected: z.number(),
  actual: z.number(),
  ok: z.boolean(),
});

export const datasetSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  chapterId: z.string().optional(),
  title: z.string(),
  /** Unit of the values. @example 'personer', 'kr', '%' */
  unit: z.string().optional(),
  /** Heading of the label column as written, e.g. `Aktør` or `Kommune`. */
  rowHeading: z.string().optional(),
  /** Column headings (years, dates, categories). */
  columns: z.array(z.string()),
  rows: z.array(datasetRowSchema),
  /** Shape, used to pick the chart. */
  shape: z.enum(['time-series', 'categories', 'shares', 'ranking']),
  /** Results of sum checks; a mismatch is reported, never fixed. */
  sumChecks: z.array(sumCheckSchema).default([]),
  /** Short plain notes shown under the table, e.g. that some rows could not be placed (one per matter, never one per row). */
  notes: z.array(z.string()).default([]),
  /** What the parser could not settle, with the source lines, for the editor's review; the page then shows no chart. */
  uncertain: uncertainSchema.optional(),
  themes: z.array(themeAssignmentSchema).default([]),
  regions: z.array(z.string()).default([]),
  url: z.string(),
  source: sourceSchema,
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetRow = z.infer<typeof datasetRowSchema>;
