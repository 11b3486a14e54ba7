import { z } from 'zod';

/**
 * The corrections file beside a seed (`<seed>.corrections.yaml`): fixes for what the parser got wrong.
 * It lives in the input layer, so it survives every re-ingest.
 */
export const correctionsSchema = z
  .object({
    /** Text fixes applied before parsing. `was` must equal the line (trimmed), so a changed seed is caught. */
    lines: z
      .array(z.object({ line: z.number().int().positive(), was: z.string(), now: z.string() }).strict())
      .default([]),
    /** Field overrides after extraction, by the item's id local to the document (e.g. `strategi-2-3`, `tiltak-2-1-1`, `kapittel-4`). */
    set: z
      .array(z.object({ id: z.string(), field: z.string(), value: z.unknown() }).strict())
      .default([]),
  })
  .strict();
export type Corrections = z.infer<typeof correctionsSchema>;
