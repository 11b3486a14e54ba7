/**
 * Performance budgets (README «Ytelse og budsjetter»). The benchmark prints PASS/FAIL per budget
 * and per corpus; `npm run bench -- --check` exits non-zero on a FAIL. Budgets are checked on
 * measured output, never as timed assertions in tests.
 */
import type { DistMeasure } from './measure-dist.ts';
import type { SearchBytes } from './search-bytes.ts';

export const BUDGETS = {
  /** Inline JavaScript allowed on a text page (the copy-link enhancement). */
  textPageJsBytes: 1024,
  /** CSS a page loads, gzip, largest page. */
  cssPerPageGzip: 20 * 1024,
  /** HTML of a strategy page, gzip, largest page. */
  strategyHtmlGzip: 20 * 1024,
  /** Bytes under /pagefind/ for a first query with five results. */
  firstQueryBytes: 400 * 1024,
  /** Build seconds per document at the largest corpus ÷ at the smallest generated corpus (≥ 50 docs). */
  perDocGrowth: 1.5,
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
  const textPages = m.pages.filter((p) => p.kind !== 'search' && !p.hasChart);
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

/** Per-document build time across corpus sizes: should stay roughly constant. */
export function checkGrowthBudget(runs: { corpus: string; docs: number; totalSeconds: number }[]): BudgetResult {
  const generated = runs.filter((r) => r.corpus !== 'seeds' && r.docs >= 50).sort((a, b) => a.docs - b.docs);
  const limit = `≤ ${BUDGETS.perDocGrowth}× tiden per dokument ved minste genererte korpus (≥ 50)`;
  if (generated.length < 2) return { budget: 'byggetid per dokument konstant', corpus: generated.map((r) => r.docs).join(',') || '-', status: 'SKIP', measured: 'trenger to korpusstørrelser ≥ 50 (f.eks. --docs 50,200)', limit };
  const first = generated[0];
  const last = generated[generated.length - 1];
  const per = (r: { docs: number; totalSeconds: number }) => r.totalSeconds / r.docs;
  const ratio = per(last) / per(first);
  return { budget: 'byggetid per dokument konstant', corpus: `${first.docs}→${last.docs}`, status: ratio > BUDGETS.perDocGrowth ? 'FAIL' : 'PASS', measured: `${per(first).toFixed(3)} s → ${per(last).toFixed(3)} s per dokument (×${ratio.toFixed(2)})`, limit };
}
