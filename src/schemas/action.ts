import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';
import { partialDateSchema } from './partial-date.ts';
import { uncertainSchema } from './uncertain.ts';

/** A timeframe as written, with from/to at the precision the text gives. @example { text: 'Innen mars 2015', to: '2015-03' } */
export const timeframeSchema = z.object({
  /** The original text. @example 'Kartlegging innen mars 2015' */
  text: z.string(),
  /** When the work starts, at the text's precision (`2015`, `2015-01`, `2015-01-02`, `2014-høst`, `2015-Q1`, `2015-H2`). */
  from: partialDateSchema.optional(),
  /** When the work ends (the deadline), at the text's precision. @example '2015-01' for `Innen januar 2015` */
  to: partialDateSchema.optional(),
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
  /** The row's cells could not be cut with confidence: kept as read, listed in the editor's review report. */
  uncertain: uncertainSchema.optional(),
  source: sourceSchema,
});
export type Action = z.infer<typeof actionSchema>;
