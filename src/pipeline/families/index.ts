import type { Recogniser } from './types.ts';
import { plainRecogniser } from './plain.ts';
import { planRecogniser } from './plan.ts';
import { meetingAgendaRecogniser } from './meeting-agenda.ts';
import { workshopNotesRecogniser } from './workshop-notes.ts';
import { caseDocumentRecogniser } from './case-document.ts';
import { programmeReportRecogniser } from './programme-report.ts';

/**
 * The document families the pipeline knows, most specific first. Each recogniser scores the text;
 * the best score ≥ 0.5 wins, otherwise the document is published as plain readable text.
 */
export const recognisers: Recogniser[] = [
  // family recognisers are registered here, one line each
  planRecogniser,
  meetingAgendaRecogniser,
  workshopNotesRecogniser,
  caseDocumentRecogniser,
  programmeReportRecogniser,
  plainRecogniser,
];
export { plainRecogniser };
