#!/usr/bin/env tsx
/**
 * URL stability (SPEC §5): a published URL never silently disappears.
 *
 * After `astro build`, compares the HTML pages in dist/ with `published-urls.txt` (committed, one URL
 * a line, sorted). A listed URL that is gone fails the build unless `redirects.yaml` records where it
 * went (`/old/: /new/`); each redirect is written into dist/ as a small page that forwards to the new
 * address. A prefix rule (`/aktorer/*: /aktorer/`) forwards every listed URL under the prefix that is
 * gone. New URLs are reported; `--update-urls` adds them to the list. The list only grows.
 *
 * CLI: `npx tsx scripts/check-urls.ts --dist dist [--update-urls]` (scripts/build.ts calls it too).
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { withBase } from '../src/lib/urls.ts';

export interface UrlCheckOptions {
  dist: string;
  /** The committed list. @example 'published-urls.txt' */
  listFile?: string;
  /** Recorded redirects, old → new. @example 'redirects.yaml' */
  redirectsFile?: string;
  /** Add new URLs to the list. */
  update?: boolean;
  /** Public address of the site, for the canonical link of redirect pages. */
  site?: string;
  /** Base path the site is served under; redirect targets get it. @example '/planvev/' */
  base?: string;
}

export interface UrlCheckResult {
  ok: boolean;
  /** Problems, each naming file and line. */
  errors: string[];
  /** URLs built now that the list does not have yet. */
  added: string[];
  /** Redirect pages written. */
  redirects: number;
  /** Notes that do not stop the build, e.g. a redirect whose old page exists again. */
  warnings: string[];
}

/** Every HTML page in dist as a URL path (`dir/index.html` → `/dir/`), without the 404 page. */
export async function builtPageUrls(dist: string, dir = dist): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await builtPageUrls(dist, full)));
    else if (e.name.endsWith('.html')) {
      const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
      if (rel === '/404.html') continue;
      out.push(rel.replace(/index\.html$/, ''));
    }
  }
  return out.sort();
}

/** Reads `published-urls.txt`: one URL a line, `#` comments and blank lines ignored, with line numbers. */
export function parseUrlList(text: string): { url: string; line: number }[] {
  return text.split(/\r?\n/).map((l, i) => ({ url: l.trim(), line: i + 1 })).filter((x) => x.url && !x.url.startsWith('#'));
}

/** Reads `redirects.yaml` (a mapping `/old/: /new/`), with the line of each entry for messages. */
export function parseRedirects(text: string, file = 'redirects.yaml'): { redirects: Map<string, string>; errors: string[] } {
  const errors: string[] = [];
  const redirects = new Map<string, string>();
  let doc: unknown;
  try {
    doc = parseYaml(text) ?? {};
  } catch (e) {
    return { redirects, errors: [`${file}: er ikke gyldig YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (typeof doc !== 'object' || Array.isArray(doc)) return { redirects, errors: [`${file}: forventet en liste «/gammel/adresse/: /ny/adresse/»`] };
  const lineOf = (key: string) => text.split(/\r?\n/).findIndex((l) => l.trimStart().startsWith(key) || l.includes(`'${key}'`) || l.includes(`"${key}"`)) + 1;
  for (const [from, to] of Object.entries(doc as Record<string, unknown>)) {
    if (!from.startsWith('/') || (from.includes('*') && !from.endsWith('/*')) || typeof to !== 'string' || !/^(\/|https?:\/\/)/.test(to)) {
      errors.push(`${file}:${lineOf(from)}: «${from}: ${String(to)}» – begge adressene må begynne med / (eller den nye med https://)`);
      continue;
    }
    redirects.set(from, to);
  }
  return { redirects, errors };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page written at an old address: meta refresh (works without JavaScript), keeps the #anchor with it. */
export function redirectPage(to: string, site: string, base = '/'): string {
  to = withBase(to, base);
  const href = escapeHtml(to);
  const canonical = escapeHtml(new URL(to, site).href);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Siden er flyttet – Planvev</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${canonical}">
<script>location.replace(${JSON.stringify(to).replace(/</g, '\\u003c')} + location.hash)</script>
</head>
<body>
<main>
<h1>Siden er flyttet</h1>
<p>Siden har fått ny adresse: <a href="${href}">${href}</a>.</p>
</main>
</body>
</html>
`;
}

/** Checks dist against the published list, writes redirect pages, optionally adds new URLs to the list. */
export async function checkPublishedUrls(opts: UrlCheckOptions): Promise<UrlCheckResult> {
  const listFile = opts.listFile ?? 'published-urls.txt';
  const redirectsFile = opts.redirectsFile ?? 'redirects.yaml';
  const site = opts.site ?? process.env.PLANVEV_SITE ?? 'https://planvev.no';
  const errors: string[] = [];
  const warnings: string[] = [];
  const built = new Set(await builtPageUrls(opts.dist));

  const { redirects, errors: redirectErrors } = existsSync(redirectsFile) ? parseRedirects(await readFile(redirectsFile, 'utf8'), redirectsFile) : { redirects: new Map<string, string>(), errors: [] };
  errors.push(...redirectErrors);
  // Prefix rules (`/aktorer/*: /aktorer/`) cover every listed URL under the prefix that is gone.
  const rules = [...redirects].filter(([from]) => from.endsWith('/*'));
  for (const [from] of rules) redirects.delete(from);
  const listedEarly = existsSync(listFile) ? parseUrlList(await readFile(listFile, 'utf8')) : [];
  for (const { url } of listedEarly) {
    if (built.has(url) || redirects.has(url)) continue;
    const rule = rules.find(([from]) => url.startsWith(from.slice(0, -1)) && url !== from.slice(0, -1));
    if (rule) redirects.set(url, rule[1]);
  }
  for (const [from, to] of [...redirects]) {
    if (built.has(from)) {
      // the page is back: the page wins, the redirect is kept on file but not written
      warnings.push(`${redirectsFile}: ${from} finnes som side igjen; omdirigeringen til ${to} brukes ikke`);
      redirects.delete(from);
    } else if (to.startsWith('/') && !built.has(to.split('#')[0])) errors.push(`${redirectsFile}: ${from} peker til ${to}, som ikke finnes i bygget`);
  }

  const listed = listedEarly;
  if (!existsSync(listFile) && !opts.update) errors.push(`${listFile}: mangler – lag den med --update-urls`);
  for (const { url, line } of listed) {
    if (!built.has(url) && !redirects.has(url)) {
      errors.push(`${listFile}:${line}: ${url} finnes ikke lenger. Publiserte adresser skal ikke forsvinne: legg inn «${url}: /ny/adresse/» i ${redirectsFile}, eller gjenopprett siden.`);
    }
  }

  let written = 0;
  if (errors.length === 0) {
    for (const [from, to] of redirects) {
      const file = from.endsWith('/') ? path.join(opts.dist, from, 'index.html') : path.join(opts.dist, from);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, redirectPage(to, site, opts.base));
      written++;
    }
  }

  const known = new Set(listed.map((l) => l.url));
  const added = [...built].filter((u) => !known.has(u)).sort();
  if (opts.update && errors.length === 0 && added.length > 0) {
    const all = [...new Set([...known, ...added])].sort();
    await writeFile(listFile, all.join('\n') + '\n');
  }
  return { ok: errors.length === 0, errors, warnings, added, redirects: written };
}

/** Prints the result the way the build prints its other steps. */
export function formatUrlCheck(r: UrlCheckResult, opts: { update?: boolean; listFile?: string } = {}): string {
  const list = opts.listFile ?? 'published-urls.txt';
  const lines: string[] = [];
  for (const e of r.errors) lines.push(`  ✗ ${e}`);
  for (const w of r.warnings) lines.push(`  advarsel ${w}`);
  if (r.redirects) lines.push(`  ${r.redirects} omdirigering(er) skrevet`);
  if (r.added.length) {
    lines.push(opts.update && r.ok ? `  ${r.added.length} nye adresser lagt til i ${list}:` : `  ${r.added.length} nye adresser (ikke i ${list} ennå; kjør bygget med --update-urls for å føre dem opp):`);
    for (const u of r.added.slice(0, 20)) lines.push(`    + ${u}`);
    if (r.added.length > 20) lines.push(`    … og ${r.added.length - 20} til`);
  }
  if (!r.ok) lines.push(`URL-sjekken stoppet bygget: ${r.errors.length} problem(er).`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, list: { type: 'string', default: 'published-urls.txt' }, redirects: { type: 'string', default: 'redirects.yaml' }, 'update-urls': { type: 'boolean', default: false } } });
  const r = await checkPublishedUrls({ dist: path.resolve(values.dist!), listFile: values.list, redirectsFile: values.redirects, update: values['update-urls'] });
  console.log(formatUrlCheck(r, { update: values['update-urls'], listFile: values.list }) || '✓ alle publiserte adresser finnes');
  process.exit(r.ok ? 0 : 1);
}
