import { z } from 'zod';

/** Where a piece of extracted data came from. @example { file: 'seeds/001_x.txt', lines: [113, 150] } */
export const sourceSchema = z.object({
  /** Path of the seed file relative to the repository, e.g. `seeds/001_x.txt`. */
  file: z.string().min(1),
  /** First and last 1-based source line, inclusive. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Page of the original document the item starts on (1-based), from the PDF or from the page breaks the text shows. */
  page: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A theme assigned to something, with the reason it was assigned. @example { id: 'ikt', reason: 'nøkkelord «IKT» i tittelen' } */
export const themeAssignmentSchema = z.object({
  id: z.string(),
  reason: z.string(),
});
export type ThemeAssignment = z.infer<typeof themeAssignmentSchema>;
