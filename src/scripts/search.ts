/**
 * The search page's UI over Pagefind's JS API (/pagefind/pagefind.js): query and facets from and to
 * the URL, result count in a `role="status"` line, results with meta and deep links to sections.
 */
import { urls } from '../lib/urls.ts';
import { bestSubResults, cleanExcerpt, queryWords, rankByTitle, readSearchState, searchUrl, FACETS, type SearchState, type SubResult } from '../lib/search-state.ts';

interface PagefindResult { id: string; data: () => Promise<PagefindData> }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; sub_results: (SubResult & { excerpt: string })[] }
interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

const PAGE_SIZE = 10;
/** How many of the best results are re-ordered so a page named by the query comes first: the first page, whose data is loaded anyway. */
const RERANK = PAGE_SIZE;
const form = document.querySelector<HTMLFormElement>('#sok')!;
const input = form.querySelector<HTMLInputElement>('#sok-q')!;
const facetsBox = document.querySelector<HTMLElement>('#sok-filtre')!;
/** The facets fold away on small screens, so the first result shows on the first screen. */
const facetDetails = document.querySelector<HTMLDetailsElement>('#sok-filterboks')!;
const chosen = document.querySelector<HTMLElement>('#sok-valgte')!;
const WIDE = '(min-width: 48rem)';
const status = document.querySelector<HTMLElement>('#sok-status')!;
const list = document.querySelector<HTMLOListElement>('#sok-treff')!;
const more = document.querySelector<HTMLButtonElement>('#sok-flere')!;

let pagefind: Pagefind | undefined;
let results: PagefindResult[] = [];
/** Result data already fetched (for ranking), so showing a result does not fetch it again. */
const loaded = new WeakMap<PagefindResult, Promise<PagefindData>>();
const dataOf = (r: PagefindResult) => {
  if (!loaded.has(r)) loaded.set(r, r.data());
  return loaded.get(r)!;
};
let shown = 0;
let run = 0;

const nb = new Intl.NumberFormat('nb-NO');
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

async function load(): Promise<Pagefind> {
  // a variable specifier, so the bundler leaves the site's own Pagefind bundle alone
  const url = urls.pagefind();
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.init();
  return pf;
}

function stateFromForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const f of FACETS) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${f.param}"]:checked`)].map((c) => c.value);
    if (values.length) filters[f.key] = values;
  }
  return { q: input.value.trim(), filters };
}

/** Builds the facet checkboxes from the index's filter values, checking those in the state. */
function renderFacets(all: Record<string, Record<string, number>>, state: SearchState) {
  facetsBox.replaceChildren();
  for (const f of FACETS) {
    const values = Object.keys(all[f.key] ?? {}).sort((a, b) => (f.key === 'år' ? b.localeCompare(a) : a.localeCompare(b, 'nb')));
    if (values.length === 0) continue;
    const fs = document.createElement('fieldset');
    fs.innerHTML = `<legend>${esc(f.label)}</legend>`;
    values.forEach((v, i) => {
      const id = `f-${f.param}-${i}`;
      const checked = state.filters[f.key]?.includes(v) ? ' checked' : '';
      fs.insertAdjacentHTML('beforeend', `<label for="${id}"><input type="checkbox" id="${id}" name="${esc(f.param)}" value="${esc(v)}"${checked}><span>${esc(v)}</span><span class="count" data-key="${esc(f.key)}" data-value="${esc(v)}"></span></label>`);
    });
    facetsBox.append(fs);
  }
  const selected = Object.values(state.filters).flat().length;
  facetDetails.open = window.matchMedia(WIDE).matches;
  facetDetails.hidden = false;
  chosen.textContent = selected ? `(${nb.format(selected)} valgt)` : '';
}

/** Shows how many results each facet value would give with the current query. */
function updateCounts(counts: Record<string, Record<string, number>>) {
  for (const el of facetsBox.querySelectorAll<HTMLElement>('.count')) {
    const n = counts[el.dataset.key!]?.[el.dataset.value!] ?? 0;
    el.textContent = `(${nb.format(n)})`;
    // a value that would give no results is left out, unless it is ticked (so it can be unticked)
    const label = el.closest('label')!;
    label.hidden = n === 0 && !label.querySelector('input')!.checked;
  }
  for (const fs of facetsBox.querySelectorAll('fieldset')) fs.hidden = [...fs.querySelectorAll('label')].every((l) => l.hidden);
  const selected = facetsBox.querySelectorAll('input:checked').length;
  chosen.textContent = selected ? `(${nb.format(selected)} valgt)` : '';
}

async function renderMore() {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const myRun = run;
  const data = await Promise.all(next.map(dataOf));
  if (myRun !== run) return;
  for (const d of data) {
    const li = document.createElement('li');
    li.className = 'hit';
    const meta = [d.meta.dokument && d.meta.dokument !== d.meta.title ? d.meta.dokument : '', d.meta.side, d.meta.type, d.meta.region].filter(Boolean).map(esc).join(' · ');
    const subs = bestSubResults(d.sub_results, d.url);
    li.innerHTML =
      `<h2><a href="${esc(d.url)}">${esc(d.meta.title ?? d.url)}</a></h2>` +
      (meta ? `<p class="meta">${meta}</p>` : '') +
      `<p class="excerpt">${cleanExcerpt(d.excerpt)}</p>` +
      (subs.length ? `<ul class="sub" aria-label="Avsnitt med treff">${subs.map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a></li>`).join('')}</ul>` : '');
    list.append(li);
  }
  shown += next.length;
  more.hidden = shown >= results.length;
}

async function search(state: SearchState) {
  const myRun = ++run;
  const hasFilter = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilter) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Skriv et søkeord, eller velg et filter.';
    if (pagefind) updateCounts(await pagefind.filters());
    return;
  }
  status.textContent = 'Søker …';
  pagefind ??= await load();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]));
  const missing = state.q ? await unknownWords(pagefind, state.q) : [];
  if (myRun !== run) return;
  if (missing.length) {
    results = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = `Ingen treff: ${missing.map((w) => `«${w}»`).join(' og ')} finnes ikke på noen side. Alle ordene må finnes; prøv et annet ord, eller ta det bort.`;
    return;
  }
  const res = await pagefind.search(state.q || null, { filters });
  if (myRun !== run) return;
  results = await rankTop(res.results, state.q);
  if (myRun !== run) return;
  shown = 0;
  list.replaceChildren();
  updateCounts(res.filters);
  const what = state.q ? ` for «${state.q}»` : '';
  const filtered = hasFilter ? ' med valgte filtre' : '';
  status.textContent = results.length === 0
    ? `Ingen treff${what}${filtered}. Prøv et annet eller kortere ord${hasFilter ? ', eller fjern et filter' : ''}.`
    : `${nb.format(results.length)} treff${what}${filtered}.`;
  await renderMore();
}

/** Words of a several-word query that no page has: Pagefind would drop them silently, so the reader is told. */
async function unknownWords(pf: Pagefind, q: string): Promise<string[]> {
  const words = queryWords(q);
  if (words.length < 2) return [];
  const counts = await Promise.all(words.map((w) => pf.search(w).then((r) => r.results.length)));
  return words.filter((_, i) => counts[i] === 0);
}

/** The best results with pages named by the query first (an actor's own page for its name or acronym). */
async function rankTop(all: PagefindResult[], q: string): Promise<PagefindResult[]> {
  if (!q) return all;
  const top = all.slice(0, RERANK);
  const titles = await Promise.all(top.map((r) => dataOf(r).then((d) => d.meta.title ?? '')));
  const ranked = rankByTitle(top.map((r, i) => ({ r, title: titles[i] })), (x) => x.title, q).map((x) => x.r);
  return [...ranked, ...all.slice(RERANK)];
}

let timer: number | undefined;
function onChange(push: boolean) {
  const state = stateFromForm();
  const url = searchUrl(state);
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void search(state);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.clearTimeout(timer);
  onChange(true);
});
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => onChange(false), 300);
});
facetsBox.addEventListener('change', () => onChange(true));
more.addEventListener('click', () => {
  const first = shown;
  void renderMore().then(() => list.children[first]?.querySelector('a')?.focus());
});
window.addEventListener('popstate', () => restore());

async function restore() {
  const state = readSearchState(location.search);
  input.value = state.q;
  pagefind ??= await load();
  renderFacets(await pagefind.filters(), state);
  await search(state);
}

document.documentElement.dataset.searchReady = 'loading';
restore().then(() => (document.documentElement.dataset.searchReady = 'true'));
