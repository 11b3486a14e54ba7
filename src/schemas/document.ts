import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';
import { documentKindSchema, documentFamilySchema, documentStatusSchema } from './document-kind.ts';
import { bodyNodeSchema } from './body.ts';
import { workshopSchema, agendaSchema, caseInfoSchema, decisionPointSchema } from './meeting.ts';

/** A chapter (top-level section); each becomes a page when the document is long. */
export const chapterSchema = z.object({
  /** Stable id within the document, used in the URL. @example 'kapittel-2' */
  id: z.string(),
  /** Chapter number kept from the text. @example '2' */
  number: z.string().optional(),
  title: z.string(),
  themes: z.array(themeAssignmentSchema).default([]),
  body: z.array(bodyNodeSchema),
  source: sourceSchema,
});
export type Chapter = z.infer<typeof chapterSchema>;

/** An acronym the text defines. @example { short: 'LRU', long: 'Lillehammer-regionen utvikling', line: 130 } */
export const acronymSchema = z.object({ short: z.string(), long: z.string(), source: sourceSchema });

/** A published document: metadata plus its chapters. */
export const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: documentKindSchema,
  family: documentFamilySchema,
  year: z.number().int().optional(),
  date: z.string().optional(),
  period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  publisher: z.string().optional(),
  regions: z.array(z.string()),
  municipalities: z.array(z.string()).default([]),
  themes: z.array(z.string()),
  summary: z.string().optional(),
  sourceUrl: z.string().optional(),
  licence: z.string().optional(),
  /** Where the document stands (sidecar `status`). */
  status: documentStatusSchema.optional(),
  /** Adoption date, ISO (sidecar `adopted`). */
  adopted: z.string().optional(),
  /** Id or URL of the document that replaces this one (sidecar `replacedBy`). */
  replacedBy: z.string().optional(),
  /** Metadata fields that were guessed from the text rather than read from the sidecar. */
  guessed: z.array(z.string()).default([]),
  url: z.string(),
  source: sourceSchema,
  /** The original file as the editor gave it, published at `url` (`/filer/<id>.pdf`); `pages` for a PDF. */
  original: z.object({ ext: z.enum(['pdf', 'txt']), bytes: z.number().int().nonnegative(), pages: z.number().int().positive().optional(), url: z.string() }).optional(),
  chapters: z.array(chapterSchema),
  acronyms: z.array(acronymSchema).default([]),
  workshop: workshopSchema.optional(),
  agenda: agendaSchema.optional(),
  /** A case document's letterhead fields. */
  caseInfo: caseInfoSchema.optional(),
  /** A case document's proposed decision, point by point (`Forslag til vedtak`, `Framlegg til vedtak`, `Innstilling`). */
  decision: z.array(decisionPointSchema).optional(),
});
export type PlanDocument = z.infer<typeof documentSchema>;

/** A chapter as listed in `/data/documents.json`: no body, a URL instead. */
export const chapterSummarySchema = chapterSchema.omit({ body: true }).extend({ url: z.string() });

/** A document as published in `/data/documents.json` and the `documents` content collection. */
export const publishedDocumentSchema = documentSchema.omit({ chapters: true }).extend({
  chapters: z.array(chapterSummarySchema),
  /** True when each chapter has its own page. */
  split: z.boolean(),
  /** Source lines in the document. */
  lineCount: z.number().int(),
});
export type PublishedDocument = z.infer<typeof publishedDocumentSchema>;
