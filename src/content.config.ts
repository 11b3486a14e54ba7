import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { chapterEntrySchema, recordKinds, type RecordKindName } from './schemas/index.ts';
import { chapterMdxLoader } from './lib/chapter-loader.ts';

/** Where `npm run ingest` wrote the generated collections (see scripts/build.ts). */
const CONTENT = process.env.PLANVEV_CONTENT ?? './content';

const data = (name: string) => file(`${CONTENT}/data/${name}.json`);

/** One collection per record kind (`src/schemas/record-kinds.ts`), read from its data file. Written out per kind so Astro infers each entry's type. */
const { documents, strategies, goals, datasets, activities, actors } = recordKinds;

export const collections = {
  /** Chapter MDX files read as data (frontmatter and body blocks), rendered by `ChapterBody.astro`. */
  chapters: defineCollection({ loader: chapterMdxLoader(`${CONTENT}/collections/chapters`), schema: chapterEntrySchema }),
  documents: defineCollection({ loader: data(documents.file), schema: documents.schema }),
  strategies: defineCollection({ loader: data(strategies.file), schema: strategies.schema }),
  goals: defineCollection({ loader: data(goals.file), schema: goals.schema }),
  datasets: defineCollection({ loader: data(datasets.file), schema: datasets.schema }),
  activities: defineCollection({ loader: data(activities.file), schema: activities.schema }),
  actors: defineCollection({ loader: data(actors.file), schema: actors.schema }),
} satisfies Record<RecordKindName | 'chapters', unknown>;
