import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';

export const goalKinds = ['visjon', 'formal', 'hovedmal', 'delmal', 'effektmal', 'resultatmal', 'resultatindikator', 'mal'] as const;
/** Norwegian labels for goal kinds. */
export const goalKindLabels: Record<(typeof goalKinds)[number], string> = {
  visjon: 'Visjon', formal: 'Formål', hovedmal: 'Hovedmål', delmal: 'Delmål', effektmal: 'Effektmål',
  resultatmal: 'Resultatmål', resultatindikator: 'Resultatindikator', mal: 'Mål',
};

/** A numeric target read out of a goal. @example { value: 2000, from: 750, unit: 'arbeidsplasser', year: 2024, text: 'fra 750 til minst 2 000 arbeidsplasser innen IKT i 2024' } */
export const numericTargetSchema = z.object({
  value: z.number(),
  from: z.number().optional(),
  unit: z.string(),
  year: z.number().int().optional(),
  text: z.string(),
});

export const goalSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  /** Section the goal stands in. */
  chapterId: z.string().optional(),
  kind: z.enum(goalKinds),
  text: z.string().min(1),
  targets: z.array(numericTargetSchema).default([]),
  themes: z.array(themeAssignmentSchema).default([]),
  regions: z.array(z.string()).default([]),
  url: z.string(),
  source: sourceSchema,
});
export type Goal = z.infer<typeof goalSchema>;
export type NumericTarget = z.infer<typeof numericTargetSchema>;
