import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** The test build made by global-setup.ts (a folder per test run). */
export const TEST_ROOT = process.env.PLANVEV_TEST_ROOT ?? path.resolve('tests/.tmp/site');
export const DIST = path.join(TEST_ROOT, 'dist');
export const CONTENT = path.join(TEST_ROOT, 'content');

/** Reads a built page by URL path. @example readPage('/dokumenter/x/') */
export async function readPage(urlPath: string): Promise<string> {
  const file = urlPath.endsWith('/') ? path.join(DIST, urlPath, 'index.html') : path.join(DIST, urlPath);
  return readFile(file, 'utf8');
}

/** Every HTML file in dist, as URL paths. */
export async function allPages(dir = DIST): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await allPages(full)));
    else if (e.name.endsWith('.html')) out.push('/' + path.relative(DIST, full).split(path.sep).join('/').replace(/index\.html$/, ''));
  }
  return out.sort();
}

/** Visible text of an HTML page (tags, scripts and styles removed, entities decoded). */
export function htmlText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    // elements with the `hidden` attribute (search-only text, Pagefind filters) are not what readers see
    .replace(/<(span|div)\b[^>]*\shidden[\s>=][^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/\u00ad|&shy;/g, '') // soft hyphens (src/lib/hyphenate.ts) are line-break hints, not text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export async function readJson<T = unknown>(rel: string): Promise<T> {
  return JSON.parse(await readFile(path.join(DIST, rel), 'utf8')) as T;
}
