import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';
import { actionSchema } from './action.ts';

/** A `Strategi:` with its description and actions. */
export const strategySchema = z.object({
  /** Stable id. @example 'naeringsplan-lillehammer-regionen-2014--strategi-2-1' */
  id: z.string(),
  documentId: z.string(),
  /** Chapter id (section id) it belongs to. */
  chapterId: z.string(),
  /** Number shown to readers: chapter.index. @example '2.1' */
  number: z.string(),
  /** Title without the `Strategi:` label, wrapped lines joined. */
  title: z.string().min(1),
  /** Paragraphs describing the strategy. */
  description: z.array(z.string()).default([]),
  /** The table's column headings as written. @example ['Tiltak', 'Hovedansvar', 'Samarbeidspartnere', 'Tidsbruk'] */
  columns: z.array(z.string()).default([]),
  actions: z.array(actionSchema),
  themes: z.array(themeAssignmentSchema),
  regions: z.array(z.string()),
  /** Page URL (site-relative). @example '/dokumenter/x/strategi-2-1/' */
  url: z.string(),
  source: sourceSchema,
});
export type Strategy = z.infer<typeof strategySchema>;
