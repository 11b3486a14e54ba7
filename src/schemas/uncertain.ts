import { z } from 'zod';

/**
 * Marks an extracted item whose reading the text does not settle. The item keeps its text as
 * written; the editor's review report lists it with its source lines. Never shown to the public
 * as a parser warning.
 * @example { reason: 'raden kan deles på to måter like godt', lines: [64, 66] }
 */
export const uncertainSchema = z.object({
  /** Why the reading is uncertain, in plain Norwegian for the editor. */
  reason: z.string().min(1),
  /** Source lines the editor should look at, when narrower than the item's own source. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
  /** How sure the parser is of the reading it kept, 0–1, where it has a score. */
  confidence: z.number().min(0).max(1).optional(),
});
export type Uncertain = z.infer<typeof uncertainSchema>;
