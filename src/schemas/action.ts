import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';

/** A timeframe as written, with a normalised ISO from/to where it can be read. @example { text: 'Innen mars 2015', to: '2015-03-31' } */
export const timeframeSchema = z.object({
  /** The original text. @example 'Kartlegging innen mars 2015' */
  text: z.string(),
  /** ISO date (YYYY-MM-DD) the work starts, when readable. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** ISO date (YYYY-MM-DD) the work ends / deadline, when readable. */
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** True for `Kontinuerlig`, `Løpende` and the like. */
  continuous: z.boolean().optional(),
});
export type Timeframe = z.infer<typeof timeframeSchema>;

/** One row (tiltak) of a strategy's action table. */
export const actionSchema = z.object({
  /** Stable id, unique on the site. @example 'naeringsplan-lillehammer-regionen-2014--tiltak-2-1-1' */
  id: z.string(),
  /** Anchor on the strategy page. @example 'tiltak-2-1-1' */
  anchor: z.string(),
  /** Number shown to readers. @example '2.1.1' */
  number: z.string(),
  /** The action text (Tiltak/Aktivitet column). */
  text: z.string().min(1),
  /** Responsible actors (Hovedansvar/Ansvar column), one name each. @example ['LRU'] */
  responsible: z.array(z.string()),
  /** Partners (Samarbeidspartnere/Partnere column). */
  partners: z.array(z.string()),
  /** The responsible cell exactly as written (wrapped lines joined, footnote markers as `[^n]`), for faithful display. @example 'LRU og LKP' */
  responsibleText: z.string().optional(),
  /** The partners cell exactly as written. @example 'De tre kommunene og Lillehammer Kunnskapspark' */
  partnersText: z.string().optional(),
  /** The timeframe column. */
  timeframe: timeframeSchema,
  /** Financing column, where the table has one. */
  financing: z.string().optional(),
  /** Themes with the reason they were given. */
  themes: z.array(themeAssignmentSchema).default([]),
  /** Parser's doubts about this row, shown to editors. */
  warnings: z.array(z.string()).default([]),
  source: sourceSchema,
});
export type Action = z.infer<typeof actionSchema>;
