/**
 * The `chapters` collection: every generated chapter MDX file under a folder, read as data
 * (`parseChapterMdx`) and checked against the collection schema. Chapter text is rendered from
 * these blocks by `ChapterBody.astro`; no chapter is compiled as an MDX module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseChapterMdx } from './chapter-mdx.ts';

/** The `.mdx` files below a folder, sorted so the store is filled in the same order every build. */
function mdxFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.mdx')).sort().map((n) => path.join(dir, n));
}

export function chapterMdxLoader(base: string): Loader {
  return {
    name: 'planvev-chapter-mdx',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const file of mdxFiles(path.resolve(base))) {
        const text = readFileSync(file, 'utf8');
        const filePath = path.relative(process.cwd(), file);
        const id = path.relative(path.resolve(base), file).replace(/\.mdx$/, '').split(path.sep).join('/');
        const { frontmatter, body } = parseChapterMdx(text, filePath);
        const data = await parseData({ id, data: { ...(frontmatter as Record<string, unknown>), body }, filePath });
        store.set({ id, data, digest: generateDigest(text), filePath });
      }
    },
  };
}
