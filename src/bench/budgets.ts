/**
 * Performance budgets (README «Ytelse og budsjetter»). The benchmark prints PASS/FAIL per budget
 * and per corpus; `npm run bench -- --check` exits non-zero on a FAIL. Budgets are checked on
 * measured output, never as timed assertions in tests.
 */
import type { DistMeasure } from './measure-dist.ts';
import type { SearchBytes } from './search-bytes.ts';
import type { PageMetrics } from './page-metrics.ts';
import { OVERVIEW_KINDS } from './measure-dist.ts';

export const BUDGETS = {
  /** Inline JavaScript allowed on a text page (the copy-link enhancement). */
  textPageJsBytes: 1024,
  /** CSS a page loads, gzip, largest page. */
  cssPerPageGzip: 20 * 1024,
  /** HTML of a strategy page, gzip, largest page. */
  strategyHtmlGzip: 20 * 1024,
  /** Bytes under /pagefind/ for a first query with five results (issue 15: 250 KB). */
  firstQueryBytes: 250 * 1024,
  /** Build seconds per document at the largest corpus ÷ at the next smaller generated corpus (≥ 50 docs): no more. */
  perDocGrowth: 1.0,
  /** HTML of any overview page (theme, region, actor, actions, goals), gzip. */
  overviewHtmlGzip: 100 * 1024,
  /** Elements on any overview page. */
  overviewElements: 1500,
  /** Layout shift on the largest page of each kind, measured in Chromium. */
  layoutShift: 0.05,
  /** Total blocking time on /tiltak/ (4× slowed CPU, as Lighthouse mobile). */
  actionsBlockingMs: 200,
  /** Peak memory of the build (sum over its processes). */
  peakMemoryMb: 4096,
  /** Ingest time of a 4 MB document ÷ a 1 MB document: linear growth stays under 4. */
  largeDocRatio: 4,
  /** Planvev's build seconds per page ÷ a stock Astro content site's on the same text. */
  stockPerPageRatio: 1.0,
} as const;

export interface BudgetResult {
  budget: string;
  corpus: string;
  status: 'PASS' | 'FAIL' | 'SKIP';
  measured: string;
  limit: string;
  /** Up to five offending pages or files. */
  offenders?: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Budgets that look at one built site. */
export function checkSiteBudgets(corpus: string, m: DistMeasure, search?: SearchBytes): BudgetResult[] {
  const out: BudgetResult[] = [];
  // search and the filterable overviews (actions, goals, the actor register) are applications with their own script; every other page is text
  const textPages = m.pages.filter((p) => !['search', 'actions', 'goals', 'actors'].includes(p.kind) && !p.hasChart);
  const jsHeavy = textPages.filter((p) => p.js.raw > BUDGETS.textPageJsBytes || p.assets.some((a) => /\.m?js$/.test(a)));
  const maxTextJs = Math.max(0, ...textPages.map((p) => p.js.raw));
  out.push({ budget: 'ingen JS på tekstsider (utover innebygd kopier-lenke)', corpus, status: jsHeavy.length ? 'FAIL' : 'PASS', measured: `største ${kb(maxTextJs)}, ${jsHeavy.length} sider over`, limit: `≤ ${kb(BUDGETS.textPageJsBytes)} innebygd, ingen skriptfiler`, offenders: jsHeavy.slice(0, 5).map((p) => `${p.url} (${kb(p.js.raw)})`) });
  const chartLeak = m.pages.filter((p) => p.loadsChartCode && !p.hasChart);
  const chartPages = m.pages.filter((p) => p.hasChart).length;
  out.push({ budget: 'grafkode bare på grafsider', corpus, status: chartLeak.length ? 'FAIL' : 'PASS', measured: `${chartLeak.length} sider uten graf laster Chart.js (${chartPages} grafsider)`, limit: '0', offenders: chartLeak.slice(0, 5).map((p) => p.url) });
  const maxCss = m.pages.reduce((a, p) => (p.css.gzip > a.css.gzip ? p : a), m.pages[0]);
  out.push({ budget: 'CSS per side', corpus, status: maxCss && maxCss.css.gzip > BUDGETS.cssPerPageGzip ? 'FAIL' : 'PASS', measured: maxCss ? `største ${kb(maxCss.css.gzip)} gzip (${maxCss.url})` : 'ingen sider', limit: `≤ ${kb(BUDGETS.cssPerPageGzip)} gzip` });
  const strategies = m.pages.filter((p) => p.kind === 'strategy');
  if (!strategies.length) out.push({ budget: 'HTML for strategiside', corpus, status: 'SKIP', measured: 'ingen strategisider', limit: `≤ ${kb(BUDGETS.strategyHtmlGzip)} gzip` });
  else {
    const big = strategies.reduce((a, p) => (p.html.gzip > a.html.gzip ? p : a));
    out.push({ budget: 'HTML for strategiside', corpus, status: big.html.gzip > BUDGETS.strategyHtmlGzip ? 'FAIL' : 'PASS', measured: `største ${kb(big.html.gzip)} gzip / ${kb(big.html.raw)} rå (${big.url})`, limit: `≤ ${kb(BUDGETS.strategyHtmlGzip)} gzip` });
  }
  if (search?.apiBytes !== undefined) {
    out.push({ budget: 'bytes for første søk', corpus, status: search.apiBytes > BUDGETS.firstQueryBytes ? 'FAIL' : 'PASS', measured: `${kb(search.apiBytes)} i ${search.apiRequests} forespørsler («${search.query}», 5 treff)`, limit: `≤ ${kb(BUDGETS.firstQueryBytes)}` });
  } else out.push({ budget: 'bytes for første søk', corpus, status: 'SKIP', measured: search?.skipped ?? 'ikke målt', limit: `≤ ${kb(BUDGETS.firstQueryBytes)}` });
  return out;
}

/** Overview pages stay small at any corpus size: bytes and elements of the largest page per overview kind. */
export function checkOverviewBudgets(corpus: string, m: DistMeasure): BudgetResult[] {
  const pages = m.pages.filter((p) => OVERVIEW_KINDS.includes(p.kind));
  if (!pages.length) return [];
  const big = pages.reduce((a, p) => (p.html.gzip > a.html.gzip ? p : a));
  const crowded = pages.reduce((a, p) => (p.elements > a.elements ? p : a));
  const over = pages.filter((p) => p.html.gzip > BUDGETS.overviewHtmlGzip || p.elements > BUDGETS.overviewElements);
  return [
    { budget: 'største oversiktsside (forside, dokumentliste, tema, region, aktørregister, aktør, tiltak, mål)', corpus, status: big.html.gzip > BUDGETS.overviewHtmlGzip ? 'FAIL' : 'PASS', measured: `${kb(big.html.gzip)} gzip (${big.url})`, limit: `≤ ${kb(BUDGETS.overviewHtmlGzip)} gzip`, offenders: over.slice(0, 5).map((p) => `${p.url} (${kb(p.html.gzip)}, ${p.elements} elementer)`) },
    { budget: 'elementer på oversiktssider', corpus, status: crowded.elements > BUDGETS.overviewElements ? 'FAIL' : 'PASS', measured: `største ${crowded.elements} (${crowded.url})`, limit: `≤ ${BUDGETS.overviewElements}`, offenders: over.slice(0, 5).map((p) => `${p.url} (${p.elements})`) },
  ];
}

/** Budgets measured in Chromium: layout shift per kind, DOM size on overviews, blocking time on /tiltak/. */
export function checkBrowserBudgets(corpus: string, metrics: PageMetrics[]): BudgetResult[] {
  if (!metrics.length) return [{ budget: 'layoutskift per sidetype', corpus, status: 'SKIP', measured: 'fant ikke Chromium', limit: `< ${BUDGETS.layoutShift}` }];
  const worst = metrics.reduce((a, m) => (m.layoutShift > a.layoutShift ? m : a));
  const out: BudgetResult[] = [
    { budget: 'layoutskift per sidetype (største side, 375 px)', corpus, status: worst.layoutShift >= BUDGETS.layoutShift ? 'FAIL' : 'PASS', measured: `største ${worst.layoutShift} (${worst.kind} ${worst.url})`, limit: `< ${BUDGETS.layoutShift}`, offenders: metrics.filter((m) => m.layoutShift >= BUDGETS.layoutShift).map((m) => `${m.url} (${m.layoutShift})`) },
  ];
  const overviews = metrics.filter((m) => OVERVIEW_KINDS.includes(m.kind as never));
  if (overviews.length) {
    const dom = overviews.reduce((a, m) => (m.domElements > a.domElements ? m : a));
    out.push({ budget: 'DOM etter skript på oversiktssider (Chromium)', corpus, status: dom.domElements > BUDGETS.overviewElements ? 'FAIL' : 'PASS', measured: `største ${dom.domElements} (${dom.url})`, limit: `≤ ${BUDGETS.overviewElements}` });
  }
  const actions = metrics.find((m) => m.url === '/tiltak/');
  if (actions) out.push({ budget: 'blokkeringstid på /tiltak/ (CPU 4× tregere)', corpus, status: actions.totalBlockingMs >= BUDGETS.actionsBlockingMs ? 'FAIL' : 'PASS', measured: `${actions.totalBlockingMs} ms`, limit: `< ${BUDGETS.actionsBlockingMs} ms` });
  return out;
}

/** Peak memory of one build. */
export function checkMemoryBudget(corpus: string, peakTreeRssKb?: number): BudgetResult {
  const limit = `< ${BUDGETS.peakMemoryMb} MB`;
  if (!peakTreeRssKb) return { budget: 'maks minne under bygget', corpus, status: 'SKIP', measured: 'ikke målt', limit };
  const mbUsed = Math.round(peakTreeRssKb / 1024);
  return { budget: 'maks minne under bygget', corpus, status: mbUsed >= BUDGETS.peakMemoryMb ? 'FAIL' : 'PASS', measured: `${mbUsed} MB (sum over prosessene)`, limit };
}

/** Ingest time of one large document against its size: linear when 4 MB takes under 4× the time of 1 MB. */
export function checkLargeDocumentBudget(series: { megabytes: number; seconds: number }[]): BudgetResult {
  const at = (mb: number) => series.find((s) => Math.abs(s.megabytes - mb) < 1e-9)?.seconds;
  const [one, four] = [at(1), at(4)];
  const limit = `4 MB på under ${BUDGETS.largeDocRatio}× tiden for 1 MB`;
  if (one === undefined || four === undefined) return { budget: 'innlesing av ett stort dokument lineær', corpus: 'stort dokument', status: 'SKIP', measured: 'trenger 1 og 4 MB i --large', limit };
  const ratio = four / one;
  return { budget: 'innlesing av ett stort dokument lineær', corpus: 'stort dokument', status: ratio >= BUDGETS.largeDocRatio ? 'FAIL' : 'PASS', measured: `1 MB ${one.toFixed(2)} s, 4 MB ${four.toFixed(2)} s (×${ratio.toFixed(2)})`, limit };
}

/** Build time per page against a stock Astro content site built from the same text. */
export function checkStockBudget(corpus: string, planvevPerPage: number, stockPerPage: number): BudgetResult {
  const ratio = planvevPerPage / stockPerPage;
  return { budget: 'byggetid per side mot standard Astro-nettsted', corpus, status: ratio > BUDGETS.stockPerPageRatio ? 'FAIL' : 'PASS', measured: `${(planvevPerPage * 1000).toFixed(1)} ms mot ${(stockPerPage * 1000).toFixed(1)} ms per side (×${ratio.toFixed(2)})`, limit: `≤ ${BUDGETS.stockPerPageRatio}×` };
}

/** Per-document build time across corpus sizes: the largest corpus takes no more per document than the next smaller one. */
export function checkGrowthBudget(runs: { corpus: string; docs: number; totalSeconds: number }[]): BudgetResult {
  const generated = runs.filter((r) => r.corpus !== 'seeds' && r.docs >= 50).sort((a, b) => a.docs - b.docs);
  const limit = `≤ ${BUDGETS.perDocGrowth}× tiden per dokument ved nest største genererte korpus (≥ 50)`;
  if (generated.length < 2) return { budget: 'byggetid per dokument konstant', corpus: generated.map((r) => r.docs).join(',') || '-', status: 'SKIP', measured: 'trenger to korpusstørrelser ≥ 50 (f.eks. --docs 50,200)', limit };
  const first = generated[generated.length - 2];
  const last = generated[generated.length - 1];
  const per = (r: { docs: number; totalSeconds: number }) => r.totalSeconds / r.docs;
  const ratio = per(last) / per(first);
  return { budget: 'byggetid per dokument konstant', corpus: `${first.docs}→${last.docs}`, status: ratio > BUDGETS.perDocGrowth ? 'FAIL' : 'PASS', measured: `${per(first).toFixed(3)} s → ${per(last).toFixed(3)} s per dokument (×${ratio.toFixed(2)})`, limit };
}
