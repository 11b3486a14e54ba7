/**
 * Builds the Pagefind index through its Node API (run by scripts/build.ts after the site is built):
 * every page is read from dist/, prepared for search (src/search/prepare-html.ts: compound parts, title
 * weight, separators between cells) into a temporary copy, and Pagefind indexes that copy. The
 * published HTML is never changed, so readers never download search-only text.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createIndex, close } from 'pagefind';
import { prepareHtml } from './prepare-html.ts';

/** How many pages are read and prepared at once. */
const BATCH = 16;

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

/**
 * Indexes every page in `dist` and writes the bundle to `dist/pagefind/`; returns the number of pages read.
 * `rewrite` changes each published page first (the build adds soft hyphens there), in the same pass.
 * The prepared pages are written to a temporary folder that mirrors the site under its base path and
 * handed to Pagefind as one directory: Pagefind reads them in parallel (adding pages one by one through
 * the API left the build waiting on one page at a time) and its output does not depend on the order it
 * reads them in (`tests/search-index-reproducible.test.ts`).
 */
export async function indexSite(dist: string, base: string, opts: { rewrite?: (html: string) => string } = {}): Promise<number> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'planvev-sok-'));
  const root = path.join(staging, ...base.split('/').filter(Boolean));
  try {
    const files = await htmlFiles(dist);
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (rel) => {
          const read = await readFile(path.join(dist, rel), 'utf8');
          const html = opts.rewrite ? opts.rewrite(read) : read;
          if (html !== read) await writeFile(path.join(dist, rel), html);
          await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
          await writeFile(path.join(root, rel), prepareHtml(html));
        }),
      );
    }
    const { index, errors } = await createIndex({ forceLanguage: 'nb' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    if (added.page_count !== files.length) throw new Error(`Pagefind leste ${added.page_count} av ${files.length} sider i ${staging}`);
    const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return files.length;
  } finally {
    await close();
    await rm(staging, { recursive: true, force: true });
  }
}
