#!/usr/bin/env tsx
/**
 * `npm run bench`: builds the site from the seeds and from generated corpora and prints measured
 * figures (JSON lines, then a table) and PASS/FAIL per budget (README «Ytelse og budsjetter»).
 *
 *   npm run bench                         # seeds + 50 generated documents
 *   npm run bench -- --docs 5,50,200      # corpus sizes (generated documents)
 *   npm run bench -- --no-seeds --docs 500
 *   npm run bench -- --repro              # also build the seeds twice and compare dist/ byte for byte
 *   npm run bench -- --check              # exit 1 if a budget fails
 *   npm run bench -- --ref HEAD           # measure a commit instead of the working tree
 *   npm run bench -- --json out.jsonl     # also write the JSON lines to a file
 *   npm run bench -- --large 0.25,0.5,1,2,4   # also ingest one generated document of each size (MB)
 *   npm run bench -- --docs 500 --stock 500    # also build the 500 documents with a stock Astro content site
 *   npm run bench -- --no-pdf             # skip the PDF read timing (100 generated pages)
 *
 * Builds run in a snapshot of the tree under the temp folder (the working tree by default, or
 * `--ref <commit>`), with node_modules linked in, so the benchmark neither writes into the repo
 * nor trips over someone else's build.
 */
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, writeCorpus } from '../src/bench/generate-corpus.ts';
import { runBuild, type BuildRun } from '../src/bench/run-build.ts';
import { measureDist, diffFolders, type DistMeasure } from '../src/bench/measure-dist.ts';
import { measureSearchBytes, type SearchBytes } from '../src/bench/search-bytes.ts';
import { checkBrowserBudgets, checkGrowthBudget, checkLargeDocumentBudget, checkMemoryBudget, checkOverviewBudgets, checkSiteBudgets, checkStockBudget, type BudgetResult } from '../src/bench/budgets.ts';
import { measurePages, type PageMetrics } from '../src/bench/page-metrics.ts';
import { fitQuadratic, runLargeSeries } from '../src/bench/large-document.ts';
import { buildStockSite, writeStockSite } from '../src/bench/stock-astro.ts';
import { OVERVIEW_KINDS } from '../src/bench/measure-dist.ts';
import { measurePdfRead } from '../src/bench/pdf-read.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '50' },
    'no-seeds': { type: 'boolean', default: false },
    repro: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    ref: { type: 'string', default: 'worktree' },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    seed: { type: 'string', default: '1' },
    large: { type: 'string', default: '' },
    stock: { type: 'string', default: '' },
    'no-browser': { type: 'boolean', default: false },
    'no-pdf': { type: 'boolean', default: false },
  },
});
const numbers = (list: string) => list.split(',').map((x) => x.trim()).filter(Boolean).map(Number);
const largeSizes = numbers(values.large);
const stockSizes = new Set(numbers(values.stock));

const repo = process.cwd();
const root = path.join(os.tmpdir(), `planvev-bench-${process.pid}`);
const sizes = values.docs.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--docs: forventet tall skilt med komma, f.eks. 5,50,200 (fikk «${values.docs}»)`);
  process.exit(2);
}

/** Prints a JSON line (and appends it to --json). */
async function emit(record: Record<string, unknown>) {
  const line = JSON.stringify(record);
  console.log(line);
  if (values.json) await appendFile(values.json, line + '\n');
}

/** A snapshot of the tree to build in: the working tree's files (tracked + untracked, not ignored) or a commit. */
async function snapshotTree(): Promise<string> {
  const tree = path.join(root, 'tree');
  await mkdir(tree, { recursive: true });
  if (values.ref === 'worktree') {
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo }).toString().split('\0').filter(Boolean);
    for (const f of files) {
      if (!existsSync(path.join(repo, f))) continue; // deleted but still in the index
      await mkdir(path.dirname(path.join(tree, f)), { recursive: true });
      await cp(path.join(repo, f), path.join(tree, f));
    }
  } else {
    const tar = execFileSync('git', ['archive', '--format=tar', values.ref], { cwd: repo, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', tree], { input: tar });
  }
  // node_modules as a folder of links, so Astro's and Vite's caches (node_modules/.astro, .vite) stay in the snapshot
  const nm = path.join(tree, 'node_modules');
  await mkdir(nm, { recursive: true });
  for (const name of await readdir(path.join(repo, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    await symlink(path.join(repo, 'node_modules', name), path.join(nm, name));
  }
  return tree;
}

async function countLines(dir: string): Promise<{ docs: number; lines: number; bytes: number }> {
  let docs = 0;
  let lines = 0;
  let bytes = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.txt')) continue;
    const text = await readFile(path.join(dir, name));
    docs++;
    bytes += text.length;
    lines += text.toString('utf8').split('\n').length;
  }
  return { docs, lines, bytes };
}

interface CorpusRun {
  corpus: string;
  docs: number;
  lines: number;
  build: BuildRun;
  dist?: DistMeasure;
  search?: SearchBytes;
  metrics?: PageMetrics[];
  budgets: BudgetResult[];
  distDir: string;
}

const mb = (kb?: number) => (kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} MB`);
const kB = (b: number) => `${(b / 1024).toFixed(1)}`;

async function benchCorpus(tree: string, corpus: string, seedsDir: string, runId = ''): Promise<CorpusRun> {
  const { docs, lines, bytes } = await countLines(seedsDir);
  const work = path.join(root, `build-${corpus}${runId}`);
  const content = path.join(work, 'content');
  const distDir = path.join(work, 'dist');
  console.error(`… bygger ${corpus} (${docs} dokumenter, ${lines} linjer)`);
  // published-urls.txt and redirects.yaml describe the seeds' site; a generated corpus is another site, so it is built without them
  const siteLists = corpus === 'seeds' ? [] : ['published-urls.txt', 'redirects.yaml'].map((f) => path.join(tree, f)).filter((f) => existsSync(f));
  const saved = await Promise.all(siteLists.map((f) => readFile(f)));
  for (const f of siteLists) await writeFile(f, '# tom under benchmark av generert korpus\n');
  const build = await runBuild({ cwd: tree, seeds: seedsDir, content, dist: distDir }).finally(async () => {
    for (const [i, f] of siteLists.entries()) await writeFile(f, saved[i]);
  });
  const s = build.steps;
  await emit({
    type: 'build', corpus, docs, lines, sourceBytes: bytes, ok: build.ok,
    ingestS: s.ingest, astroS: s.astro, urlsS: s.urls, dataS: s.data, pagefindS: s.pagefind, totalS: +build.wallSeconds.toFixed(2),
    perDocS: docs ? +(build.wallSeconds / docs).toFixed(3) : undefined,
    ingestPerDocMs: docs && s.ingest !== undefined ? +((s.ingest * 1000) / docs).toFixed(1) : undefined,
    peakProcessRssMb: build.peakProcessRssKb && +(build.peakProcessRssKb / 1024).toFixed(0),
    peakTreeRssMb: build.peakTreeRssKb && +(build.peakTreeRssKb / 1024).toFixed(0),
  });
  if (!build.ok) {
    console.error(`✗ bygget av ${corpus} feilet (kode ${build.exitCode}); siste linjer:\n${build.output.replace(/(Command exited with|\tCommand being timed)[\s\S]*$/, '').split('\n').filter((l) => !/^\s+at /.test(l)).slice(-25).join('\n')}`);
    return { corpus, docs, lines, build, budgets: [], distDir };
  }
  const dist = await measureDist(distDir);
  await emit({ type: 'dist', corpus, distBytes: dist.distBytes, files: dist.files, pages: dist.pages.length, pagefindBytes: dist.pagefindBytes, pagefindFiles: dist.pagefindFiles });
  for (const k of dist.kinds) await emit({ type: 'pages', corpus, ...k });
  const search = values['no-search'] ? undefined : await measureSearchBytes(distDir).catch((e) => ({ query: 'næring', skipped: String(e.message ?? e) }) as SearchBytes);
  if (search) await emit({ type: 'search', corpus, ...search });
  // the largest page of each kind, and /tiltak/ itself, in Chromium
  const sample = dist.kinds.filter((k) => k.kind !== 'search' && k.kind !== 'other').map((k) => ({ kind: k.kind, url: k.largest }));
  if (!sample.some((p) => p.url === '/tiltak/') && dist.pages.some((p) => p.url === '/tiltak/')) sample.push({ kind: 'actions', url: '/tiltak/' });
  const metrics = values['no-browser'] ? [] : await measurePages(distDir, sample);
  for (const m of metrics) await emit({ type: 'browser', corpus, ...m });
  for (const k of dist.kinds) if (OVERVIEW_KINDS.includes(k.kind)) await emit({ type: 'overview', corpus, kind: k.kind, pages: k.pages, maxHtmlGzip: k.html.max.gzip, maxElements: k.maxElements, largest: k.largest });
  const budgets = [...checkSiteBudgets(corpus, dist, search), ...checkOverviewBudgets(corpus, dist), ...(values['no-browser'] ? [] : checkBrowserBudgets(corpus, metrics)), checkMemoryBudget(corpus, build.peakTreeRssKb)];
  if (stockSizes.has(docs) && corpus !== 'seeds') budgets.push(await benchStock(corpus, seedsDir, { total: build.wallSeconds, astro: build.steps.astro ?? 0 }, dist.pages.length, docs));
  return { corpus, docs, lines, build, dist, search, metrics, budgets, distDir };
}

/**
 * Builds the same documents with a stock Astro content site (plus Pagefind, as a docs site runs it) and
 * compares the build time per page: the whole build (Planvev's ingest, Astro, data, hyphenation and search
 * index against the stock site's Astro and Pagefind) is the budget; Astro alone is printed beside it.
 */
async function benchStock(corpus: string, seedsDir: string, planvev: { total: number; astro: number }, planvevPages: number, docs: number): Promise<BudgetResult> {
  const planvevSeconds = planvev.total;
  console.error(`… bygger ${corpus} som standard Astro-nettsted (Markdown)`);
  const dir = path.join(root, `stock-${corpus}`);
  await writeStockSite(dir, seedsDir, path.join(repo, 'node_modules'));
  const stock = await buildStockSite(dir);
  const perPage = (s: number, pages: number) => (pages ? +((s * 1000) / pages).toFixed(1) : undefined);
  await emit({ type: 'stock', corpus, docs, ok: stock.ok, totalS: +stock.seconds.toFixed(2), astroS: +stock.astroSeconds.toFixed(2), pagefindS: +stock.searchSeconds.toFixed(2), pages: stock.pages, astroPerPageMs: perPage(stock.astroSeconds, stock.pages), planvevAstroPerPageMs: perPage(planvev.astro, planvevPages), perPageMs: stock.pages ? +((stock.seconds * 1000) / stock.pages).toFixed(1) : undefined, perDocS: +(stock.seconds / docs).toFixed(3), peakProcessRssMb: stock.peakRssKb && Math.round(stock.peakRssKb / 1024), planvevPerPageMs: +((planvevSeconds * 1000) / planvevPages).toFixed(1), planvevPerDocS: +(planvevSeconds / docs).toFixed(3) });
  if (!stock.ok || !stock.pages) return { budget: 'byggetid per side mot standard Astro-nettsted', corpus, status: 'FAIL', measured: `standardbygget feilet: ${stock.output.slice(-300)}`, limit: '' };
  return checkStockBudget(corpus, planvevSeconds / planvevPages, stock.seconds / stock.pages);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r, ri) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ') + (ri === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}

await rm(root, { recursive: true, force: true });
await mkdir(root, { recursive: true });
if (values.json) await writeFile(values.json, '');
const started = new Date();
let exitCode = 0;
try {
  const tree = await snapshotTree();
  const commit = execFileSync('git', ['rev-parse', '--short', values.ref === 'worktree' ? 'HEAD' : values.ref], { cwd: repo }).toString().trim();
  await emit({ type: 'run', date: started.toISOString(), ref: values.ref, commit, dirty: values.ref === 'worktree' && execFileSync('git', ['status', '--porcelain'], { cwd: repo }).toString().trim() !== '', cpus: os.cpus().length, memMb: Math.round(os.totalmem() / 2 ** 20), node: process.version });

  const runs: CorpusRun[] = [];
  if (!values['no-seeds']) runs.push(await benchCorpus(tree, 'seeds', path.join(tree, 'seeds')));
  for (const n of sizes) {
    const dir = path.join(root, `corpus-${n}`);
    await writeCorpus(dir, generateCorpus(n, Number(values.seed)));
    runs.push(await benchCorpus(tree, `gen-${n}`, dir));
  }

  let repro: { identical: boolean; differing: string[] } | undefined;
  if (values.repro && runs[0]?.build.ok) {
    const first = runs[0];
    const again = await benchCorpus(tree, first.corpus, first.corpus === 'seeds' ? path.join(tree, 'seeds') : path.join(root, `corpus-${first.docs}`), '-2');
    if (again.build.ok) {
      const differing = await diffFolders(first.distDir, again.distDir);
      repro = { identical: differing.length === 0, differing };
      await emit({ type: 'repro', corpus: first.corpus, identical: repro.identical, differingFiles: differing.length, files: differing.slice(0, 50) });
    }
  }

  // PDF input: a generated 100-page plan with a ruled table on every page, read by the PDF path
  const pdfRead = values['no-pdf'] ? undefined : await measurePdfRead(100);
  if (pdfRead) await emit({ type: 'pdf-read', ...pdfRead });

  const budgets = runs.flatMap((r) => r.budgets);
  if (largeSizes.length) {
    console.error(`… leser inn ett stort dokument: ${largeSizes.join(', ')} MB`);
    const series = await runLargeSeries(tree, path.join(root, 'stort'), largeSizes, Number(values.seed));
    const fit = fitQuadratic(series.map((p) => ({ x: p.bytes / 1e6, t: p.seconds })));
    for (const p of series) await emit({ type: 'large', ...p });
    const term = (x: number, digits: number, unit: string) => `${x < 0 ? '−' : '+'} ${Math.abs(x).toFixed(digits)}${unit}`;
    const formula = `t ≈ ${fit.a.toFixed(2)} ${term(fit.b, 2, '·MB')} ${term(fit.c, 3, '·MB²')} s`;
    await emit({ type: 'large-fit', a: +fit.a.toFixed(3), b: +fit.b.toFixed(3), c: +fit.c.toFixed(3), formula });
    console.log(`\nEtt stort dokument: ${series.map((p) => `${p.megabytes} MB ${p.seconds.toFixed(2)} s`).join(', ')}; tilpasset ${formula}`);
    budgets.push(checkLargeDocumentBudget(series));
  }
  const growth = checkGrowthBudget(runs.filter((r) => r.build.ok).map((r) => ({ corpus: r.corpus, docs: r.docs, totalSeconds: r.build.wallSeconds })));
  budgets.push(growth);
  if (repro) budgets.push({ budget: 'reproduserbart bygg (to bygg, lik dist/)', corpus: runs[0].corpus, status: repro.identical ? 'PASS' : 'FAIL', measured: repro.identical ? 'alle filer like' : `${repro.differing.length} filer ulike`, limit: '0 ulike filer', offenders: repro.differing.slice(0, 5) });
  for (const b of budgets) await emit({ type: 'budget', ...b });

  // the readable report
  const ok = runs.filter((r) => r.build.ok && r.dist);
  console.log(`\nPlanvev-benchmark ${started.toISOString().slice(0, 10)} · ${values.ref === 'worktree' ? 'arbeidstre' : values.ref} (${commit}) · ${os.cpus().length} kjerner · Node ${process.version}\n`);
  console.log(table([
    ['korpus', 'dok.', 'linjer', 'innlesing s', 'astro s', 'pagefind s', 'totalt s', 's/dok.', 'maks prosess', 'maks tre', 'sider', 'dist MB', 'pagefind MB'],
    ...runs.map((r) => [r.corpus, String(r.docs), String(r.lines), r.build.steps.ingest?.toFixed(2) ?? '–', r.build.steps.astro?.toFixed(2) ?? '–', r.build.steps.pagefind?.toFixed(2) ?? '–', r.build.wallSeconds.toFixed(1), r.docs ? (r.build.wallSeconds / r.docs).toFixed(3) : '–', mb(r.build.peakProcessRssKb), mb(r.build.peakTreeRssKb), String(r.dist?.pages.length ?? (r.build.ok ? '–' : 'FEIL')), r.dist ? (r.dist.distBytes / 2 ** 20).toFixed(1) : '–', r.dist ? (r.dist.pagefindBytes / 2 ** 20).toFixed(2) : '–']),
  ]));
  for (const r of ok) {
    console.log(`\n${r.corpus}: KB per side (median / maks; gzip i parentes)`);
    console.log(table([
      ['sidetype', 'sider', 'HTML median', 'HTML maks', 'CSS median', 'CSS maks', 'JS median', 'JS maks', 'med JS'],
      ...r.dist!.kinds.map((k) => [k.kind, String(k.pages), `${kB(k.html.median.raw)} (${kB(k.html.median.gzip)})`, `${kB(k.html.max.raw)} (${kB(k.html.max.gzip)})`, `${kB(k.css.median.raw)} (${kB(k.css.median.gzip)})`, `${kB(k.css.max.raw)} (${kB(k.css.max.gzip)})`, `${kB(k.js.median.raw)} (${kB(k.js.median.gzip)})`, `${kB(k.js.max.raw)} (${kB(k.js.max.gzip)})`, String(k.pagesWithJs)]),
    ]));
    if (r.metrics?.length) {
      console.log(`\n${r.corpus}: største side per type i Chromium (375 px, CPU 4× tregere)`);
      console.log(table([['sidetype', 'side', 'layoutskift', 'blokkering ms', 'DOM', 'skjermer'], ...r.metrics.map((m) => [m.kind, m.url.length > 60 ? m.url.slice(0, 57) + '…' : m.url, String(m.layoutShift), String(m.totalBlockingMs), String(m.domElements), String(m.screens)])]));
    }
    const s = r.search;
    if (s) console.log(s.skipped ? `første søk: ikke målt (${s.skipped})` : `første søk «${s.query}»: ${kB(s.apiBytes ?? 0)} KB under /pagefind/ i ${s.apiRequests} forespørsler (${s.apiResults} treff, 5 hentet)${s.pageBytes !== undefined ? `; /sok/?q=: ${kB(s.pageBytes)} KB under /pagefind/, ${kB(s.pageTotalBytes ?? 0)} KB totalt` : ''}`);
  }
  if (pdfRead) console.log(`\nPDF-innlesing: ${pdfRead.pages} sider på ${pdfRead.seconds.toFixed(2)} s (${pdfRead.msPerPage.toFixed(1)} ms per side, ${pdfRead.tableRows} tabellrader, ${(pdfRead.bytes / 1024).toFixed(0)} KB)`);
  console.log('\nBudsjetter');
  for (const b of budgets) {
    console.log(`${b.status} ${b.budget} [${b.corpus}]: ${b.measured} (grense ${b.limit})`);
    for (const o of b.status === 'FAIL' ? (b.offenders ?? []) : []) console.log(`       ${o}`);
  }
  if (repro && !repro.identical) for (const f of repro.differing.slice(0, 20)) console.log(`  ulik: ${f}`);
  if (runs.some((r) => !r.build.ok)) exitCode = 1;
  if (values.check && budgets.some((b) => b.status === 'FAIL')) exitCode = 1;
} finally {
  if (!values.keep) await rm(root, { recursive: true, force: true });
  else console.error(`Beholdt ${root}`);
}
process.exit(exitCode);
