#!/usr/bin/env tsx
/**
 * `npm run build`: site configuration → seeds/ → content/ (ingest) → dist/ (astro build) → URL check
 * → dist/data (open data and its DCAT catalogue) → soft hyphens in long words and dist/pagefind (search index), in one pass.
 * Options: --seeds DIR --content DIR --dist DIR --update-urls --production (or PLANVEV_PRODUCTION=1:
 * the configuration must name owner, contact, feedback and site URL).
 */
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { runIngest, formatReport } from '../src/pipeline/run.ts';
import { checkPublishedUrls, formatUrlCheck } from './check-urls.ts';
import { indexSite } from '../src/search/index-site.ts';
import { hyphenateHtml } from '../src/lib/hyphenate.ts';
import { loadSiteConfig, SiteConfigError } from '../src/lib/site-config.ts';
import { writeCatalogue } from '../src/pipeline/render/catalogue.ts';
import { ORIGINALS_DIR } from '../src/lib/original-file.ts';
import { existsSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content' },
    dist: { type: 'string', default: 'dist' },
    quiet: { type: 'boolean', default: false },
    /** Add new page URLs to published-urls.txt (see scripts/check-urls.ts). */
    'update-urls': { type: 'boolean', default: false },
    /** Production build: a missing owner, contact, feedback address or site URL stops it. */
    production: { type: 'boolean', default: false },
  },
});
if (values.production) process.env.PLANVEV_PRODUCTION = '1';
let config;
try {
  config = loadSiteConfig();
} catch (e) {
  if (!(e instanceof SiteConfigError)) throw e;
  console.error(`✗ ${e.message}`);
  process.exit(1);
}
// the ingest (data URLs) and Astro (pages) read the same address and base path
process.env.PLANVEV_SITE = config.siteUrl;
process.env.PLANVEV_BASE = config.basePath;
if (config.placeholders.length) console.log(`  lokalt bygg: plassholdere for ${config.placeholders.join(', ')} (planvev.config.yaml)`);
const seeds = path.resolve(values.seeds!);
const content = path.resolve(values.content!);
const dist = path.resolve(values.dist!);

function step(label: string, fn: () => void | Promise<void>) {
  const t0 = performance.now();
  return Promise.resolve(fn()).then(() => console.log(`✓ ${label} (${((performance.now() - t0) / 1000).toFixed(2)} s)`));
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: values.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`✗ ${cmd} ${args.join(' ')} feilet (kode ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

await step('innlesing av dokumenter', async () => {
  const result = await runIngest(seeds, content);
  if (!result.ok) {
    console.error(`Innlesingen stoppet: ${result.errors.length} problem(er). Ingenting er skrevet; forrige versjon er urørt.`);
    for (const e of result.errors) console.error(`  ✗ ${e}`);
    process.exit(1);
  }
  console.log(formatReport(result.reports));
  if (result.cache?.hits) console.log(`  ${result.cache.hits} uendrede dokumenter gjenbrukt fra hurtigbufferen, ${result.cache.misses} lest inn`);
  for (const w of result.warnings) console.warn(`  advarsel ${w}`);
});
const bin = (name: string) => path.resolve('node_modules/.bin', name);
await step('astro build', () => run(bin('astro'), ['build', '--silent'], { PLANVEV_CONTENT: content, PLANVEV_DIST: dist }));
await step('faste adresser (published-urls.txt, redirects.yaml)', async () => {
  const r = await checkPublishedUrls({ dist, update: values['update-urls'], site: config.siteUrl, base: config.basePath });
  const report = formatUrlCheck(r, { update: values['update-urls'] });
  if (report) (r.ok ? console.log : console.error)(report);
  if (!r.ok) process.exit(1);
});
await step('åpne data', async () => {
  await rm(path.join(dist, 'data'), { recursive: true, force: true });
  await cp(path.join(content, 'data'), path.join(dist, 'data'), { recursive: true });
  await writeCatalogue(path.join(dist, 'data'), seeds, config);
});
await step('originalfiler (/filer/)', async () => {
  await rm(path.join(dist, ORIGINALS_DIR), { recursive: true, force: true });
  if (existsSync(path.join(content, ORIGINALS_DIR))) await cp(path.join(content, ORIGINALS_DIR), path.join(dist, ORIGINALS_DIR), { recursive: true });
});
await step('orddeling og søkeindeks (myke bindestreker i lange ord; Pagefind, med sammensatte ord bare i indeksen)', async () => {
  const n = await indexSite(dist, config.basePath, { rewrite: hyphenateHtml });
  if (!values.quiet) console.log(`  ${n} sider lest`);
});
console.log(`Ferdig: ${path.relative(process.cwd(), dist) || dist}/`);
