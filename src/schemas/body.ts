import { z } from 'zod';
import { sourceSchema } from './source.ts';

/**
 * Body nodes: the readable content of a section, in reading order. Text is plain data;
 * the MDX renderer escapes it. Structured items (strategy, dataset, activity) are referenced by id.
 */
export const bodyNodeSchema = z.discriminatedUnion('type', [
  /** A sub-heading inside a chapter. */
  z.object({ type: z.literal('heading'), level: z.number().int().min(2).max(4), id: z.string(), number: z.string().optional(), text: z.string(), source: sourceSchema }),
  z.object({ type: z.literal('paragraph'), text: z.string(), source: sourceSchema }),
  z.object({ type: z.literal('quote'), text: z.string(), source: sourceSchema }),
  z.object({ type: z.literal('list'), ordered: z.boolean().default(false), items: z.array(z.string()), source: sourceSchema }),
  /** A non-numeric table (participants, invitees, matrices). */
  z.object({ type: z.literal('table'), caption: z.string().optional(), columns: z.array(z.string()), rows: z.array(z.array(z.string())), source: sourceSchema }),
  z.object({ type: z.literal('strategy'), id: z.string(), source: sourceSchema }),
  z.object({ type: z.literal('dataset'), id: z.string(), source: sourceSchema }),
  z.object({ type: z.literal('activity'), id: z.string(), source: sourceSchema }),
  z.object({ type: z.literal('goal'), id: z.string(), source: sourceSchema }),
  /** Footnotes of the section; markers in text are written `[^n]` by the extractor. */
  z.object({ type: z.literal('footnotes'), items: z.array(z.object({ n: z.string(), text: z.string(), source: sourceSchema })), source: sourceSchema }),
]);
export type BodyNode = z.infer<typeof bodyNodeSchema>;
