/**
 * Where an item comes from, said the way a reader knows a document: its title and the page
 * (`s. 14`, when the source knows it) or else the chapter the lines fall in. Never a file name.
 */
import type { Source } from '../schemas/source.ts';
import type { PublishedDocument } from '../schemas/document.ts';

/** The chapter whose lines hold `line`. */
function chapterAt(doc: PublishedDocument, line: number) {
  return doc.chapters.find((c) => c.source.lines[0] <= line && line <= c.source.lines[1]);
}

/**
 * Where in the document: page, or chapter number and title.
 * @example whereInDocument({ file: 'x', lines: [5, 9], page: 14 }, doc) // 's. 14'
 */
export function whereInDocument(source: Source, doc: PublishedDocument | undefined): string | undefined {
  if (source.page) return `s. ${source.page}`;
  const chapter = doc && chapterAt(doc, source.lines[0]);
  if (!chapter || chapter.title === doc?.title) return undefined;
  return chapter.number ? `kapittel ${chapter.number} ${chapter.title}` : `«${chapter.title}»`;
}

/** The document a source belongs to, by its file. */
export function documentOfSource(source: Source, documents: PublishedDocument[]): PublishedDocument | undefined {
  return documents.find((d) => d.source.file === source.file);
}
