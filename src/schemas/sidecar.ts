import { z } from 'zod';
import { documentKindSchema, documentFamilySchema, documentStatusSchema } from './document-kind.ts';

/**
 * The optional metadata sidecar beside a seed: `seeds/<name>.meta.yaml`.
 * Holds facts the text cannot give. Every field is optional; what is missing is guessed and reported.
 */
export const sidecarSchema = z
  .object({
    /** Stable URL id of the document. @example 'naeringsplan-lillehammer-regionen-2014' */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id må være små bokstaver, tall og bindestrek').optional(),
    /** Official title. @example 'Regional næringsplan for Lillehammer-regionen 2014–2024' */
    title: z.string().min(3).optional(),
    /** Document kind. @example 'plan' */
    kind: documentKindSchema.optional(),
    /** Document family, when the text does not make it clear; decides which recogniser reads it (before `kind`). @example 'meeting-agenda' */
    family: documentFamilySchema.optional(),
    /** Year of publication. @example 2014 */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Exact date, ISO. @example '2024-11-07' */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dato må skrives ÅÅÅÅ-MM-DD').optional(),
    /** Period the document covers. @example { from: 2014, to: 2024 } */
    period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
    /** Publisher. @example 'Regionrådet for Lillehammer-regionen' */
    publisher: z.string().optional(),
    /** Region ids (see src/data/regions.ts). @example ['lillehammer-regionen'] */
    regions: z.array(z.string()).optional(),
    /** Municipality names. @example ['Lillehammer', 'Øyer', 'Gausdal'] */
    municipalities: z.array(z.string()).optional(),
    /** Where the original can be found. */
    sourceUrl: z.string().url().optional(),
    /** Licence of the text. @example 'Offentlig dokument' */
    licence: z.string().optional(),
    /** Short summary shown on the document page. */
    summary: z.string().optional(),
    /** Where the document stands. @example 'vedtatt' */
    status: documentStatusSchema.optional(),
    /** Date the document was adopted, ISO. @example '2014-10-16' */
    adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'vedtatt-dato må skrives ÅÅÅÅ-MM-DD').optional(),
    /** Id (or URL) of the document that replaces this one. @example 'naeringsplan-lillehammer-regionen-2025' */
    replacedBy: z.string().min(1).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;
