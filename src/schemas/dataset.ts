import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';

/** One labelled row of a numeric table; `null` where a cell is missing. */
export const datasetRowSchema = z.object({
  /** Label that stands alone. @example 'Gausdal – sysselsatte etter arbeidssted' */
  label: z.string(),
  values: z.array(z.number().nullable()),
  /** Each cell as written in the source (`0,0 %`, `895 000 (39%)`, `2001-2011: 10`), shown in the table so nothing is lost; null where missing. */
  texts: z.array(z.string().nullable()).optional(),
  /** True when this is a sum row (Sum, Totalt, …). */
  isSum: z.boolean().optional(),
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
  /** Caveats shown on the page, e.g. columns that could not be aligned with certainty. */
  notes: z.array(z.string()).default([]),
  themes: z.array(themeAssignmentSchema).default([]),
  regions: z.array(z.string()).default([]),
  url: z.string(),
  source: sourceSchema,
});
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetRow = z.infer<typeof datasetRowSchema>;
