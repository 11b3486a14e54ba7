import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { publishedDocumentSchema, strategySchema, goalSchema, datasetSchema, activitySchema, actorSchema, sourceSchema, themeAssignmentSchema } from './schemas/index.ts';

/** Where `npm run ingest` wrote the generated collections (see scripts/build.ts). */
const CONTENT = process.env.PLANVEV_CONTENT ?? './content';

/** Frontmatter of a generated chapter MDX file (src/pipeline/render/mdx.ts). */
export const chapterFrontmatterSchema = z.object({
  documentId: z.string(),
  chapterId: z.string(),
  order: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  themes: z.array(themeAssignmentSchema),
  source: sourceSchema,
});

const data = (name: string) => file(`${CONTENT}/data/${name}.json`);

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${CONTENT}/collections/chapters` }), schema: chapterFrontmatterSchema }),
  documents: defineCollection({ loader: data('documents'), schema: publishedDocumentSchema }),
  strategies: defineCollection({ loader: data('strategies'), schema: strategySchema }),
  goals: defineCollection({ loader: data('goals'), schema: goalSchema }),
  datasets: defineCollection({ loader: data('datasets'), schema: datasetSchema }),
  activities: defineCollection({ loader: data('activities'), schema: activitySchema }),
  actors: defineCollection({ loader: data('actors'), schema: actorSchema }),
};
