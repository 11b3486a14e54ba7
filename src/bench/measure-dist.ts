/**
 * Measures a built `dist/`: pages per kind, HTML/CSS/JS bytes each page makes a browser fetch
 * (raw and gzip), the Pagefind index size and the whole folder's size. Reads files only.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** Page kinds by URL pattern (see src/lib/urls.ts). */
export const PAGE_KINDS = ['home', 'documents', 'document', 'chapter', 'strategy', 'dataset', 'activity', 'theme', 'region', 'actors', 'actor', 'actions', 'goals', 'search', 'other'] as const;
/** Overview kinds: lists that grow with the corpus and must stay small by paging. */
export const OVERVIEW_KINDS: readonly PageKind[] = ['home', 'documents', 'theme', 'region', 'actors', 'actor', 'actions', 'goals'];
export type PageKind = (typeof PAGE_KINDS)[number];

/** Which kind a page is. @example pageKindOf('/dokumenter/plan-x/strategi-2-1/') // 'strategy' */
export function pageKindOf(url: string): PageKind {
  if (url === '/') return 'home';
  // the document list and its static pages: /dokumenter/, /dokumenter/side-2/, /dokumenter/status/vedtatt/…
  if (/^\/dokumenter\/(?:side-\d+\/|status\/.*)?$/.test(url)) return 'documents';
  const doc = url.match(/^\/dokumenter\/[^/]+\/(?:([^/]+)\/)?$/);
  if (doc) {
    const item = doc[1];
    if (!item) return 'document';
    if (item.startsWith('kapittel-')) return 'chapter';
    if (item.startsWith('strategi-')) return 'strategy';
    if (item.startsWith('tabell-')) return 'dataset';
    if (item.startsWith('aktivitet-')) return 'activity';
    return 'other';
  }
  if (url.startsWith('/tema/')) return 'theme';
  if (url.startsWith('/regioner/')) return 'region';
  // the actor register and its pages (/aktorer/, /aktorer/side-2/) hold the «Finn en aktør» filter
  if (/^\/aktorer\/(?:side-\d+\/)?$/.test(url)) return 'actors';
  if (url.startsWith('/aktorer/')) return 'actor';
  if (url.startsWith('/tiltak/')) return 'actions';
  if (url.startsWith('/mal/')) return 'goals';
  if (url.startsWith('/sok/')) return 'search';
  return 'other';
}

/** Raw and gzip bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What one page costs a browser. */
export interface PageCost {
  url: string;
  kind: PageKind;
  html: Bytes;
  /** External stylesheets plus inline `<style>`. */
  css: Bytes;
  /** External scripts (with their static imports) plus inline `<script>` (JSON data blocks excluded). */
  js: Bytes;
  /** Inline script bytes alone (the copy-link enhancement lives here). */
  inlineJs: number;
  /** The page draws a chart (`<canvas>`). */
  hasChart: boolean;
  /** The page loads chart code (a script that contains Chart.js). */
  loadsChartCode: boolean;
  /** Asset files the page loads, relative to dist. */
  assets: string[];
  /** Elements in the HTML as served (start tags; the browser adds html/head/body when missing). */
  elements: number;
}

/** Summary per page kind: count, median and max of each measure. */
export interface KindSummary {
  kind: PageKind;
  pages: number;
  html: { median: Bytes; max: Bytes };
  css: { median: Bytes; max: Bytes };
  js: { median: Bytes; max: Bytes };
  pagesWithJs: number;
  largest: string;
  /** Most elements on one page of the kind. */
  maxElements: number;
}

export interface DistMeasure {
  distBytes: number;
  files: number;
  pages: PageCost[];
  kinds: KindSummary[];
  pagefindBytes: number;
  pagefindFiles: number;
}

const bytesOf = (buf: Buffer | string): Bytes => ({ raw: Buffer.byteLength(buf), gzip: gzipSync(buf, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Chart.js leaves these names in any bundle that contains it, minified or not. */
const CHART_CODE = /\b(?:CategoryScale|LinearScale|BarController|LineController)\b/;

/** Measures every HTML page in `dist`. */
export async function measureDist(dist: string): Promise<DistMeasure> {
  const files = await walk(dist);
  const distBytes = await totalSize(files);
  const asset = assetReader(dist);
  const pages: PageCost[] = [];
  for (const file of files.filter((f) => f.endsWith('.html')).sort()) pages.push(await measurePage(dist, file, asset));
  const kinds: KindSummary[] = [];
  for (const kind of PAGE_KINDS) {
    const list = pages.filter((p) => p.kind === kind);
    if (list.length) kinds.push(summariseKind(kind, list));
  }
  return { distBytes, files: files.length, pages, kinds, ...(await pagefindSize(dist)) };
}

/** Bytes of a list of files. */
async function totalSize(files: string[]): Promise<number> {
  let bytes = 0;
  for (const f of files) bytes += (await stat(f)).size;
  return bytes;
}

/** A file under dist, read once however many pages load it. */
type AssetReader = (rel: string) => Promise<{ bytes: Bytes; text: string }>;

/** Reads files under `dist` by relative path, cached; a missing file reads as empty. */
function assetReader(dist: string): AssetReader {
  const cache = new Map<string, { bytes: Bytes; text: string }>();
  return async (rel) => {
    let a = cache.get(rel);
    if (!a) {
      const full = path.join(dist, rel);
      const buf = existsSync(full) ? await readFile(full) : Buffer.alloc(0);
      a = { bytes: bytesOf(buf), text: buf.toString('utf8') };
      cache.set(rel, a);
    }
    return a;
  };
}

/** Adds a script and everything it imports statically to `seen`, relative to dist. */
async function scriptClosure(asset: AssetReader, rel: string, seen: Set<string>): Promise<void> {
  if (seen.has(rel)) return;
  seen.add(rel);
  const { text } = await asset(rel);
  for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.m?js)["']/g)) {
    const target = m[1].startsWith('/') ? m[1].slice(1) : path.posix.join(path.posix.dirname(rel), m[1]);
    await scriptClosure(asset, target, seen);
  }
}

/** A root-relative href as a path under dist, query and fragment dropped; undefined for other sites' and relative hrefs. */
const localPath = (href: string) => (href.startsWith('/') && !href.startsWith('//') ? href.slice(1).split(/[?#]/)[0] : undefined);

/** What one built page costs: its HTML, the CSS and JS it makes a browser fetch, and its elements. */
async function measurePage(dist: string, file: string, asset: AssetReader): Promise<PageCost> {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
  const html = await readFile(file, 'utf8');
  const styles = await pageStyles(html, asset);
  const scripts = await pageScripts(html, asset);
  let js = scripts.inline;
  let loadsChartCode = false;
  for (const s of scripts.files) {
    const a = await asset(s);
    js = add(js, a.bytes);
    if (CHART_CODE.test(a.text)) loadsChartCode = true;
  }
  const assets = [...styles.files, ...scripts.files];
  return { url, kind: pageKindOf(url), html: bytesOf(html), css: styles.css, js, inlineJs: scripts.inline.raw, hasChart: /<canvas\b/i.test(html), loadsChartCode, assets, elements: countElements(html) };
}

/** A page's stylesheets (local files it links) plus its inline `<style>`, and the files. */
async function pageStyles(html: string, asset: AssetReader): Promise<{ css: Bytes; files: string[] }> {
  let css = ZERO;
  const files: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const href = localPath(tag.match(/href="([^"]+)"/)?.[1] ?? '');
    if (!href) continue;
    if (/rel="?stylesheet/.test(tag)) {
      css = add(css, (await asset(href)).bytes);
      files.push(href);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css = add(css, bytesOf(m[1]));
  return { css, files };
}

/**
 * A page's inline script bytes (JSON data blocks and import maps excluded) and the local script files it
 * loads — `<script src>`, imports of inline module scripts, module preloads — each with its static imports.
 */
async function pageScripts(html: string, asset: AssetReader): Promise<{ inline: Bytes; files: Set<string> }> {
  let inline = ZERO;
  const files = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/type="(?:application\/(?:ld\+)?json|importmap)"/.test(attrs)) continue;
    const src = attrs.match(/src="([^"]+)"/)?.[1];
    if (src) {
      const rel = localPath(src);
      if (rel) await scriptClosure(asset, rel, files);
    } else if (m[2].trim()) {
      inline = add(inline, bytesOf(m[2]));
      // inline module scripts may import bundles
      for (const im of m[2].matchAll(/(?:import|from)\s*["'](\/[^"']+\.m?js)["']/g)) await scriptClosure(asset, im[1].slice(1), files);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)) {
    const rel = localPath(m[1]);
    if (rel) await scriptClosure(asset, rel, files);
  }
  return { inline, files };
}

/** Count, median and max of each measure over the pages of one kind. */
function summariseKind(kind: PageKind, list: PageCost[]): KindSummary {
  const largest = list.reduce((a, b) => (b.html.raw > a.html.raw ? b : a));
  return { kind, pages: list.length, html: spread(list, (p) => p.html), css: spread(list, (p) => p.css), js: spread(list, (p) => p.js), pagesWithJs: list.filter((p) => p.js.raw > 0).length, largest: largest.url, maxElements: Math.max(...list.map((p) => p.elements)) };
}

/** Median (the lower middle for an even count) and max of one measure, raw and gzip each on their own. */
function spread(list: PageCost[], pick: (p: PageCost) => Bytes): { median: Bytes; max: Bytes } {
  const raw = list.map((p) => pick(p).raw).sort((a, b) => a - b);
  const gz = list.map((p) => pick(p).gzip).sort((a, b) => a - b);
  const mid = (xs: number[]) => xs[Math.floor((xs.length - 1) / 2)];
  return { median: { raw: mid(raw), gzip: mid(gz) }, max: { raw: raw[raw.length - 1], gzip: gz[gz.length - 1] } };
}

/** Bytes and files of the Pagefind index (zero when the site has none). */
async function pagefindSize(dist: string): Promise<{ pagefindBytes: number; pagefindFiles: number }> {
  const dir = path.join(dist, 'pagefind');
  if (!existsSync(dir)) return { pagefindBytes: 0, pagefindFiles: 0 };
  const files = await walk(dir);
  return { pagefindBytes: await totalSize(files), pagefindFiles: files.length };
}

/** Start tags in an HTML text, outside comments, scripts and styles: the page's element count before any script runs. */
export function countElements(html: string): number {
  const bare = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '<$1>');
  return (bare.match(/<[a-zA-Z][\w-]*/g) ?? []).length;
}

/** Files that differ between two folders (missing on one side counts), relative paths sorted. */
export async function diffFolders(a: string, b: string): Promise<string[]> {
  const rel = async (dir: string) => new Set((await walk(dir)).map((f) => path.relative(dir, f).split(path.sep).join('/')));
  const [fa, fb] = await Promise.all([rel(a), rel(b)]);
  const differing: string[] = [];
  for (const f of new Set([...fa, ...fb])) {
    if (!fa.has(f) || !fb.has(f)) {
      differing.push(`${f} (bare i ${fa.has(f) ? 'første' : 'andre'})`);
      continue;
    }
    const [x, y] = await Promise.all([readFile(path.join(a, f)), readFile(path.join(b, f))]);
    if (!x.equals(y)) differing.push(f);
  }
  return differing.sort();
}
