import type { Recogniser } from './types.ts';
import type { DocumentFamily } from '../../schemas/index.ts';
import { plainRecogniser } from './plain.ts';
import { planRecogniser } from './plan/index.ts';
import { meetingAgendaRecogniser } from './meeting-agenda/index.ts';
import { workshopNotesRecogniser } from './workshop-notes/index.ts';
import { caseDocumentRecogniser } from './case-document/index.ts';
import { programmeReportRecogniser } from './programme-report/index.ts';

/**
 * The document families the pipeline knows, one recogniser each. Which one reads a document is
 * decided by evidence (`detect.ts` over the cues in `src/vocabulary/families.ts`) or by the sidecar;
 * a document no family claims is published as plain readable text.
 */
export const recogniserByFamily = {
  // one line per family; the compiler fails when a family in documentFamilies has no recogniser
  plan: planRecogniser,
  'meeting-agenda': meetingAgendaRecogniser,
  'workshop-notes': workshopNotesRecogniser,
  'case-document': caseDocumentRecogniser,
  'programme-report': programmeReportRecogniser,
  plain: plainRecogniser,
} as const satisfies Record<DocumentFamily, Recogniser>;

/** The recognisers in registry order. */
export const recognisers: Recogniser[] = Object.values(recogniserByFamily);
export { plainRecogniser };
