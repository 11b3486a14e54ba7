import type { DocumentFamily, DocumentKind } from '../../schemas/index.ts';
import type { NormalisedDoc } from '../types.ts';
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

export type { AcronymFinding, ExtractedParts } from '../types.ts';
export { emptyParts } from '../types.ts';
import type { ExtractedParts } from '../types.ts';

/** A document family plugged into the pipeline. */
export interface Recogniser {
  family: DocumentFamily;
  /** Kind used when the sidecar names none. */
  kind: DocumentKind;
  extract(input: RecogniserInput): ExtractedParts;
}
