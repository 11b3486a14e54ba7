/**
 * The kit family generators write benchmark documents with (`src/pipeline/families/<family>/generate.ts`):
 * a seeded random source, the seeds' PDF artefacts (page-start spaces, bare page numbers, wrapped
 * lines with a trailing space, Norwegian number formats), the prose material and a region's cast.
 * The corpus driver (`src/bench/generate-corpus.ts`) walks the family registry and calls each
 * family's {@link FamilyGenerator}.
 */
import type { Cast } from './cast.ts';
import type { Random } from './random.ts';

export { Random } from './random.ts';
export { formatNb, twoDigits, wrapPdf, PageWriter } from './pdf-text.ts';
export { TOPICS, CHAPTER_TOPICS, INTRO_TOPIC, POPULATION_TOPIC, FIRST_NAMES, LAST_NAMES, type Topic } from './material.ts';
export { castFor, sentence, paragraph, person, populationTable, type Cast } from './cast.ts';

/** One generated document's text and the sidecar fields that depend on its family. */
export interface GeneratedText {
  text: string;
  title: string;
  /** ISO date of a meeting (`date:` in the sidecar). */
  date?: string;
  /** The years a plan covers (`period:` in the sidecar). */
  period?: { from: number; to: number };
}

/** How a family writes a generated document: from the random source, the cast and the document's year. */
export interface FamilyGenerator {
  generate(rng: Random, cast: Cast, year: number): GeneratedText;
}
