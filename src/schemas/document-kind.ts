import { z } from 'zod';

/** Allowed document kinds; the Norwegian labels are shown in the UI. */
export const documentKinds = {
  plan: 'Plan',
  rapport: 'Rapport',
  saksframlegg: 'Saksframlegg',
  referat: 'Referat',
  sakskart: 'Sakskart',
  annet: 'Annet dokument',
} as const;
export type DocumentKind = keyof typeof documentKinds;
export const documentKindSchema = z.enum(Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]]);

/** Which recogniser produced the structure. `plain` = published as readable text only. */
export const documentFamilies = ['plan', 'programme-report', 'case-document', 'workshop-notes', 'meeting-agenda', 'plain'] as const;
export const documentFamilySchema = z.enum(documentFamilies);
export type DocumentFamily = z.infer<typeof documentFamilySchema>;
/** Norwegian name of each family, for the editor's reports; the compiler asks for one per family. */
export const documentFamilyLabels = {
  plan: 'plan med strategier og tiltak',
  'programme-report': 'programrapport',
  'case-document': 'saksframlegg',
  'workshop-notes': 'verkstedsreferat',
  'meeting-agenda': 'møteinnkalling og sakskart',
  plain: 'ren tekst',
} as const satisfies Record<DocumentFamily, string>;

/** Where a document stands (sidecar `status`); the Norwegian labels are shown as a badge. */
export const documentStatuses = {
  'høringsutkast': 'Høringsutkast',
  vedtatt: 'Vedtatt',
  'utgått': 'Utgått',
  erstattet: 'Erstattet',
} as const;
export type DocumentStatus = keyof typeof documentStatuses;
export const documentStatusSchema = z.enum(Object.keys(documentStatuses) as [DocumentStatus, ...DocumentStatus[]]);
