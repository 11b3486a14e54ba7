/**
 * Generates realistic plain-text documents for the benchmark, with metadata sidecars: one family
 * after another, each written by the generator its family folder registers
 * (`src/pipeline/families/<family>/generate.ts`, listed in `src/pipeline/families/index.ts`), from
 * the shared kit in `src/pipeline/generate/` (seeded random source, the seeds' PDF artefacts,
 * Norwegian number formats, a region's cast). The generated text copies the seeds' PDF-extraction
 * artefacts, so a generated corpus runs the same code paths as the seeds.
 *
 * Deterministic: document `i` depends only on `(i, seed)`, so the first 50 documents of a
 * 200-document corpus are the 50-document corpus, and growth can be compared fairly.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentFamilies, type DocumentFamily, type DocumentKind } from '../schemas/document-kind.ts';
import { familyRegistry } from '../pipeline/families/index.ts';
import { planText } from '../pipeline/families/plan/generate.ts';
import { castFor, Random, type GeneratedText } from '../pipeline/generate/index.ts';

/** A family the registry gives a corpus generator (every family but plain text). */
export type GeneratedFamily = { [F in DocumentFamily]: (typeof familyRegistry)[F]['generator'] extends null ? never : F }[DocumentFamily];

function isGenerated(family: DocumentFamily): family is GeneratedFamily {
  return familyRegistry[family].generator !== null;
}

/** Families in the order the generator cycles through them: the order of `documentFamilies`. */
export const GENERATED_FAMILIES: readonly GeneratedFamily[] = documentFamilies.filter(isGenerated);

/** One generated document: a `.txt` file and its `.meta.yaml` sidecar. */
export interface GeneratedDocument {
  /** Base file name without extension. @example 'gen-0007-rapport-hamarregionen' */
  name: string;
  family: GeneratedFamily;
  /** The sidecar's `kind`, the one the family's recogniser gives. */
  kind: DocumentKind;
  text: string;
  sidecar: string;
}

/** Generates document number `index` (0-based) of a corpus; the family cycles through {@link GENERATED_FAMILIES}. */
export function generateDocument(index: number, seed = 1): GeneratedDocument {
  const rng = new Random(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const family = GENERATED_FAMILIES[index % GENERATED_FAMILIES.length];
  const { recogniser, generator } = familyRegistry[family];
  const cast = castFor(rng);
  const year = rng.int(2012, 2025);
  const id = `gen-${String(index + 1).padStart(4, '0')}-${recogniser.kind}-${cast.region.id}`;
  const doc = generator.generate(rng, cast, year);
  const sidecar = [
    `# Generert av src/bench/generate-corpus.ts (dokument ${index + 1}, frø ${seed}). Ikke rediger.`,
    `id: ${id}`,
    ...sidecarFields(doc, recogniser.kind, year),
    `publisher: Regionrådet for ${cast.region.name}`,
    `regions: [${cast.region.id}]`,
    `municipalities: [${cast.places.join(', ')}]`,
    'licence: Offentlig dokument',
    `summary: Generert testdokument (${recogniser.kind}) for ytelsesmålinger.`,
    '',
  ].join('\n');
  return { name: id, family, kind: recogniser.kind, text: doc.text, sidecar };
}

/** The sidecar lines a family's generator decides: title, kind, meeting date, year, plan period. */
function sidecarFields(doc: GeneratedText, kind: DocumentKind, year: number): string[] {
  return [
    `title: ${doc.title}`,
    `kind: ${kind}`,
    ...(doc.date ? [`date: '${doc.date}'`] : []),
    `year: ${year}`,
    ...(doc.period ? [`period: { from: ${doc.period.from}, to: ${doc.period.to} }`] : []),
  ];
}

/** Chapters of a long plan per generated megabyte, measured once on a 20-chapter plan. */
function chaptersPerMegabyte(seed: number): number {
  const probe = planText(new Random(seed), castFor(new Random(seed)), 2020, 20);
  return (20 * 1_000_000) / Buffer.byteLength(probe);
}

/**
 * One long regional plan of about `bytes` bytes (the chapters repeat the topics), for measuring how
 * ingest time grows with the size of a single document.
 * @example generateLargeDocument(1_000_000).text.length // ≈ 1 MB
 */
export function generateLargeDocument(bytes: number, seed = 1): GeneratedDocument {
  const chapters = Math.max(1, Math.round((bytes / 1_000_000) * chaptersPerMegabyte(seed)));
  const rng = new Random(Math.imul(seed, 0x9e3779b1) ^ 0x5bd1e995);
  const cast = castFor(rng);
  const id = `gen-stor-${Math.round(bytes / 1000)}k-${cast.region.id}`;
  const text = planText(rng, cast, 2020, chapters);
  const sidecar = [`# Generert av src/bench/generate-corpus.ts (langt dokument, frø ${seed}). Ikke rediger.`, `id: ${id}`, `title: Regional næringsplan for ${cast.region.name} 2020–2030`, 'kind: plan', 'year: 2020', 'period: { from: 2020, to: 2030 }', `regions: [${cast.region.id}]`, ''].join('\n');
  return { name: id, family: 'plan', kind: 'plan', text, sidecar };
}

/** Generates `count` documents. */
export function generateCorpus(count: number, seed = 1): GeneratedDocument[] {
  return Array.from({ length: count }, (_, i) => generateDocument(i, seed));
}

/** Writes a corpus as `<name>.txt` + `<name>.meta.yaml` into `dir` (created if missing). */
export async function writeCorpus(dir: string, docs: GeneratedDocument[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const doc of docs) {
    await writeFile(path.join(dir, `${doc.name}.txt`), doc.text);
    await writeFile(path.join(dir, `${doc.name}.meta.yaml`), doc.sidecar);
  }
}
