import { stringify as csvStringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { recordKinds, type PlanDocument, type PublishedDocument, type RecordsByKind } from '../../schemas/index.ts';
import { urls } from '../../lib/urls.ts';
import { themes } from '../../data/themes.ts';
import { regions, municipalities } from '../../data/regions.ts';

/** Documents longer than this (source lines) with several chapters get one page per chapter. */
export const SPLIT_THRESHOLD_LINES = 400;

/** Whether a document gets one page per chapter. */
export function isSplit(doc: PlanDocument, lineCount: number): boolean {
  return doc.chapters.length > 1 && lineCount > SPLIT_THRESHOLD_LINES;
}

/** The document as published: chapters listed with their URLs, bodies left to the MDX pages. */
export function toPublishedDocument(doc: PlanDocument, lineCount: number): PublishedDocument {
  const split = isSplit(doc, lineCount);
  return {
    ...doc,
    split,
    lineCount,
    chapters: doc.chapters.map(({ body: _body, ...c }) => ({ ...c, url: split ? urls.chapter(doc.id, c.id) : `${urls.document(doc.id)}#${c.id}` })),
  };
}

/** The corpus as the data files hold it: every record kind of `src/schemas/record-kinds.ts`. */
export type Corpus = RecordsByKind;

/** Schemas of the published JSON files, for the JSON Schema export, by data file name. */
export const dataFileSchemas: Record<string, z.ZodType> = Object.fromEntries(Object.values(recordKinds).map((k) => [k.file, z.array(k.schema)]));

/** JSON text with stable key order and a trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 1) + '\n';
}

/**
 * The actions as CSV for Norwegian Excel: UTF-8 with BOM, semicolon separator, CRLF line ends.
 */
export function actionsCsv(corpus: Corpus): string {
  const docTitle = new Map(corpus.documents.map((d) => [d.id, d.title]));
  const rows: string[][] = [];
  for (const s of corpus.strategies) {
    for (const a of s.actions) {
      rows.push([
        a.id, docTitle.get(s.documentId) ?? s.documentId, s.number, s.title, a.number, a.text,
        a.responsible.join(', '), a.partners.join(', '), a.timeframe.text, a.timeframe.from ?? '', a.timeframe.to ?? '',
        a.financing ?? '', a.themes.map((t) => t.id).join(', '), s.regions.join(', '),
        `${a.source.file}:${a.source.lines[0]}-${a.source.lines[1]}`, `${s.url}#${a.anchor}`,
      ]);
    }
  }
  const header = ['id', 'dokument', 'strateginummer', 'strategi', 'tiltaksnummer', 'tiltak', 'hovedansvar', 'samarbeidspartnere', 'tidsramme', 'fra', 'til', 'finansiering', 'temaer', 'regioner', 'kilde', 'url'];
  return '\ufeff' + csvStringify([header, ...rows], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ });
}

/** Every data file published under /data/, by file name. */
export function renderDataFiles(corpus: Corpus): Record<string, string> {
  const files: Record<string, string> = {
    ...Object.fromEntries(Object.entries(recordKinds).map(([name, k]) => [`${k.file}.json`, toJson(corpus[name as keyof Corpus])])),
    'themes.json': toJson(themes.map((t) => ({ id: t.id, label: t.label, description: t.description, url: urls.theme(t.id) }))),
    // regions some document concerns (they have a page), each municipality with its numbers now, 2020–2023 and before 2020
    'regions.json': toJson(regions.filter((r) => corpus.documents.some((d) => d.regions.includes(r.id))).map((r) => ({ id: r.id, name: r.name, url: urls.region(r.id), municipalities: r.municipalities.map((m) => municipalities.find((x) => x.name === m || x.shortName === m)) }))),
    'tiltak.csv': actionsCsv(corpus),
  };
  for (const [name, schema] of Object.entries(dataFileSchemas)) {
    files[`schemas/${name}.schema.json`] = toJson(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }));
  }
  return files;
}
