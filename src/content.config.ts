import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { recordKinds, sourceSchema, themeAssignmentSchema, type RecordKindName } from './schemas/index.ts';

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

/** One collection per record kind (`src/schemas/record-kinds.ts`), read from its data file. Written out per kind so Astro infers each entry's type. */
const { documents, strategies, goals, datasets, activities, actors } = recordKinds;

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${CONTENT}/collections/chapters` }), schema: chapterFrontmatterSchema }),
  documents: defineCollection({ loader: data(documents.file), schema: documents.schema }),
  strategies: defineCollection({ loader: data(strategies.file), schema: strategies.schema }),
  goals: defineCollection({ loader: data(goals.file), schema: goals.schema }),
  datasets: defineCollection({ loader: data(datasets.file), schema: datasets.schema }),
  activities: defineCollection({ loader: data(activities.file), schema: activities.schema }),
  actors: defineCollection({ loader: data(actors.file), schema: actors.schema }),
} satisfies Record<RecordKindName | 'chapters', unknown>;
