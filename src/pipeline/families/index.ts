import type { Recogniser } from './types.ts';
import type { DocumentFamily } from '../../schemas/index.ts';
import type { FamilyGenerator } from '../generate/index.ts';
import { plainRecogniser } from './plain.ts';
import { planRecogniser } from './plan/index.ts';
import { planGenerator } from './plan/generate.ts';
import { meetingAgendaRecogniser } from './meeting-agenda/index.ts';
import { meetingAgendaGenerator } from './meeting-agenda/generate.ts';
import { workshopNotesRecogniser } from './workshop-notes/index.ts';
import { workshopNotesGenerator } from './workshop-notes/generate.ts';
import { caseDocumentRecogniser } from './case-document/index.ts';
import { caseDocumentGenerator } from './case-document/generate.ts';
import { programmeReportRecogniser } from './programme-report/index.ts';
import { programmeReportGenerator } from './programme-report/generate.ts';

/** What a family folder brings: its recogniser, and its benchmark-corpus generator (every family but plain text has one). */
export type FamilyEntry<F extends DocumentFamily> = {
  recogniser: Recogniser;
  generator: F extends 'plain' ? null : FamilyGenerator;
};
/** One entry per family in `documentFamilies` (the Norwegian label sits beside it in `src/schemas/document-kind.ts`). */
export type FamilyRegistry = { [F in DocumentFamily]: FamilyEntry<F> };

/**
 * The document families the pipeline knows, one folder each (`src/pipeline/families/<family>/`:
 * recogniser in `index.ts`, corpus generator in `generate.ts`, fixtures in `fixtures/`). Which
 * one reads a document is decided by evidence (`detect.ts` over the cues in
 * `src/vocabulary/families.ts`) or by the sidecar; a document no family claims is published as
 * plain readable text.
 */
export const familyRegistry = {
  // one line per family; the compiler fails when a family in documentFamilies has no entry, or an entry lacks its recogniser or generator
  plan: { recogniser: planRecogniser, generator: planGenerator },
  'meeting-agenda': { recogniser: meetingAgendaRecogniser, generator: meetingAgendaGenerator },
  'workshop-notes': { recogniser: workshopNotesRecogniser, generator: workshopNotesGenerator },
  'case-document': { recogniser: caseDocumentRecogniser, generator: caseDocumentGenerator },
  'programme-report': { recogniser: programmeReportRecogniser, generator: programmeReportGenerator },
  plain: { recogniser: plainRecogniser, generator: null },
} as const satisfies FamilyRegistry;

/** Each family's recogniser. */
export const recogniserByFamily = Object.fromEntries(Object.entries(familyRegistry).map(([family, entry]) => [family, entry.recogniser])) as Record<DocumentFamily, Recogniser>;

/** The recognisers in registry order. */
export const recognisers: Recogniser[] = Object.values(familyRegistry).map((entry) => entry.recogniser);
export { plainRecogniser };
