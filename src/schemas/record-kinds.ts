import type { z } from 'zod';
import { publishedDocumentSchema } from './document.ts';
import { strategySchema } from './strategy.ts';
import { goalSchema } from './goal.ts';
import { datasetSchema } from './dataset.ts';
import { activitySchema } from './activity.ts';
import { actorSchema } from './actor.ts';

/**
 * One registry of the record kinds Planvev publishes. Ingest (validation, report counts), the
 * data files under `/data/`, their JSON Schemas and the Astro content collections all derive from
 * this table, so a new kind is one entry here.
 */
export interface RecordKind<S extends z.ZodType = z.ZodType> {
  /** Zod schema of one record. */
  schema: S;
  /** Data file (and content collection) name: `/data/<file>.json`. */
  file: string;
  /** Norwegian label, singular and plural, for reports and pages. @example { one: 'strategi', other: 'strategier' } */
  label: { one: string; other: string };
  /** First word of the id local to the document, which is also the page's URL word. @example 'strategi' → `/dokumenter/<id>/strategi-2-1/` */
  idPrefix?: string;
  /** Whether each record has a page of its own under its document. */
  hasPage: boolean;
}

const kind = <S extends z.ZodType>(k: RecordKind<S>) => k;

export const recordKinds = {
  documents: kind({ schema: publishedDocumentSchema, file: 'documents', label: { one: 'dokument', other: 'dokumenter' }, hasPage: true }),
  strategies: kind({ schema: strategySchema, file: 'strategies', label: { one: 'strategi', other: 'strategier' }, idPrefix: 'strategi', hasPage: true }),
  goals: kind({ schema: goalSchema, file: 'goals', label: { one: 'mål', other: 'mål' }, idPrefix: 'mal', hasPage: false }),
  datasets: kind({ schema: datasetSchema, file: 'datasets', label: { one: 'tabell', other: 'tabeller' }, idPrefix: 'tabell', hasPage: true }),
  activities: kind({ schema: activitySchema, file: 'activities', label: { one: 'aktivitet', other: 'aktiviteter' }, idPrefix: 'aktivitet', hasPage: true }),
  actors: kind({ schema: actorSchema, file: 'actors', label: { one: 'aktør', other: 'aktører' }, hasPage: true }),
} as const;

export type RecordKindName = keyof typeof recordKinds;
/** The kinds extracted per document (everything but documents and the cross-document actor register). */
export const documentRecordKinds = ['strategies', 'goals', 'datasets', 'activities'] as const satisfies readonly RecordKindName[];
export type DocumentRecordKindName = (typeof documentRecordKinds)[number];
/** One record of a kind. @example RecordOf<'strategies'> is Strategy */
export type RecordOf<K extends RecordKindName> = z.infer<(typeof recordKinds)[K]['schema']>;
/** Every kind as an array of its records: the published corpus. */
export type RecordsByKind = { [K in RecordKindName]: RecordOf<K>[] };
