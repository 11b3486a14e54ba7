import { z } from 'zod';
import { sourceSchema, themeAssignmentSchema } from './source.ts';

/**
 * A chapter as the site renders it: the blocks of its generated MDX file
 * (`content/collections/chapters/<document>/<chapter>.mdx`, written by `src/pipeline/render/mdx.ts`),
 * read back by `src/lib/chapter-mdx.ts`. Text is plain data, already split into runs, links and
 * footnote markers, so the page renders it through components without compiling any MDX.
 */

/** A run of inline text: plain text, a link (tracking wrappers unwrapped) or a footnote marker. */
export const inlineSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('text'), v: z.string() }),
  z.object({ t: z.literal('link'), href: z.string(), v: z.string() }),
  z.object({ t: z.literal('fn'), n: z.string() }),
]);
export type Inline = z.infer<typeof inlineSchema>;

const ref = <T extends string>(type: T) => z.object({ type: z.literal(type), id: z.string() });

/** One block of a chapter body, in reading order. */
export const chapterBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.number().int().min(2).max(4), id: z.string(), number: z.string(), text: z.string() }),
  z.object({ type: z.literal('paragraph'), inline: z.array(inlineSchema) }),
  z.object({ type: z.literal('quote'), inline: z.array(inlineSchema) }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inlineSchema)) }),
  z.object({ type: z.literal('table'), caption: z.string(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
  ref('strategy'),
  ref('dataset'),
  ref('activity'),
  ref('goal'),
  z.object({ type: z.literal('footnotes'), items: z.array(z.object({ n: z.string(), text: z.string() })) }),
]);
export type ChapterBlock = z.infer<typeof chapterBlockSchema>;

/** Frontmatter of a generated chapter MDX file. */
export const chapterFrontmatterSchema = z.object({
  documentId: z.string(),
  chapterId: z.string(),
  order: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  themes: z.array(themeAssignmentSchema),
  source: sourceSchema,
});

/** A chapter entry of the `chapters` collection: frontmatter plus the body blocks. */
export const chapterEntrySchema = chapterFrontmatterSchema.extend({ body: z.array(chapterBlockSchema) });
export type ChapterEntry = z.infer<typeof chapterEntrySchema>;
