/**
 * Builds the Pagefind index through its Node API (run by scripts/build.ts after the site is built):
 * every page is read from dist/, prepared for search in memory (src/search/prepare-html.ts: compound
 * parts, title weight, separators between cells) and handed to Pagefind with its public URL under the
 * base path. The published HTML is never changed, so readers never download search-only text.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createIndex, close } from 'pagefind';
import { prepareHtml } from './prepare-html.ts';
import { withBase } from '../lib/urls.ts';

/** How many pages are read and prepared at once. */
const BATCH = 16;

/** The site URL of a built file. @example pageUrl('dokumenter/x/index.html', '/') // '/dokumenter/x/' */
export function pageUrl(relFile: string, base: string): string {
  return withBase(`/${relFile.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`, base);
}

/** HTML files under dist, relative, sorted (the search bundle itself left out). */
async function htmlFiles(dist: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const rel = path.relative(dist, path.join(e.parentPath, e.name));
    if (rel.split(path.sep)[0] !== 'pagefind') out.push(rel);
  }
  return out.sort();
}

/** Indexes every page in `dist` and writes the bundle to `dist/pagefind/`; returns the number of pages read. */
export async function indexSite(dist: string, base: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'nb' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const files = await htmlFiles(dist);
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const contents = await Promise.all(batch.map(async (rel) => prepareHtml(await readFile(path.join(dist, rel), 'utf8'))));
      // pages reach Pagefind one at a time in path order: the index (and its file hashes) depends on
      // the order pages are added, so concurrent adds made two builds of one commit differ
      for (const [j, rel] of batch.entries()) {
        const r = await index.addHTMLFile({ url: pageUrl(rel, base), content: contents[j] });
        if (r.errors.length) throw new Error(`Pagefind: ${rel}: ${r.errors.join('; ')}`);
      }
    }
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return files.length;
  } finally {
    await close();
  }
}
