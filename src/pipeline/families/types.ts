import type { Activity, Agenda, Chapter, Dataset, DocumentFamily, DocumentKind, Goal, Strategy, Workshop } from '../../schemas/index.ts';
import type { Diagnostic, NormalisedDoc } from '../types.ts';
import type { Block } from '../segment.ts';

/** What a recogniser gets: the normalised text, its blocks, and the ids to use. */
export interface RecogniserInput {
  doc: NormalisedDoc;
  blocks: Block[];
  /** Stable document id (from the sidecar or the guessed title). */
  documentId: string;
  /** Seed path as published in `source.file`. */
  file: string;
}

/** An acronym the text defines in passing. */
export interface AcronymFinding {
  short: string;
  long: string;
  line: number;
}

/** What a recogniser returns. Themes and regions are filled later by the classify stage. */
export interface ExtractedParts {
  chapters: Chapter[];
  strategies: Strategy[];
  goals: Goal[];
  activities: Activity[];
  datasets: Dataset[];
  acronyms: AcronymFinding[];
  workshop?: Workshop;
  agenda?: Agenda;
  /** Title read from the text, used when the sidecar has none. */
  guessedTitle?: string;
  /** Date or year read from the text. */
  guessedDate?: string;
  guessedYear?: number;
  diagnostics: Diagnostic[];
}

/** A document family plugged into the pipeline. */
export interface Recogniser {
  family: DocumentFamily;
  /** Kind used when the sidecar names none. */
  kind: DocumentKind;
  extract(input: RecogniserInput): ExtractedParts;
}

export function emptyParts(): ExtractedParts {
  return { chapters: [], strategies: [], goals: [], activities: [], datasets: [], acronyms: [], diagnostics: [] };
}
