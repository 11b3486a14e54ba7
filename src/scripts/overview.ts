/**
 * Filters an overview page in the browser (see src/components/overview/Overview.astro). The page works
 * without this script: filters are links to static pages. With it, the links and selects combine into
 * one selection, kept in the URL (?tema=…&region=…); results, facet counts (following the other
 * filters), an empty state that names the filter to loosen, and a CSV of exactly the filtered list come
 * from the overview's data index, fetched the first time the reader reaches for a filter.
 */
import { facetCounts, filterRows, filteredCsv, loosenHint, type Selection } from '../lib/overview/filter.ts';
import type { OverviewIndex } from '../lib/overview/model.ts';
import { cardHtml } from '../lib/overview/cards.ts';
import { PAGE_SIZE } from '../lib/paging.ts';

const nf = new Intl.NumberFormat('nb-NO');
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** What the script keeps between a reader's actions on one overview. */
interface Overview {
  root: HTMLDivElement;
  /** The chosen value per facet ('' when none). */
  sel: Selection;
  /** The overview's data index, once fetched. */
  index?: OverviewIndex;
  loading?: Promise<OverviewIndex>;
  /** The rows that pass the selection. */
  rows: OverviewIndex['rows'];
  /** How many of them the list shows. */
  shown: number;
}

type Counts = ReturnType<typeof facetCounts>;

export function initOverview(): void {
  const root = $<HTMLDivElement>('ov');
  if (!root) return;
  const names = (root.dataset.facets ?? '').split(' ').filter(Boolean);
  const ov: Overview = { root, sel: selectionFromUrl(root, names), rows: [], shown: PAGE_SIZE };
  listen(ov);
  const fixed = JSON.parse(root.dataset.fixed || '{}') as Selection;
  if (names.some((n) => (ov.sel[n] ?? '') !== (fixed[n] ?? ''))) void apply(ov);
}

/** The page's fixed facets (a theme page's theme), with the facets in the URL's query on top. */
function selectionFromUrl(root: HTMLDivElement, names: string[]): Selection {
  const sel: Selection = JSON.parse(root.dataset.fixed || '{}');
  const query = new URLSearchParams(location.search);
  for (const n of names) if (query.get(n)) sel[n] = query.get(n)!;
  return sel;
}

/** The data index, fetched on the first call; later calls share that fetch. */
function load(ov: Overview): Promise<OverviewIndex> {
  return (ov.loading ??= fetch(ov.root.dataset.index!).then((r) => r.json() as Promise<OverviewIndex>).then((j) => (ov.index = j)));
}

/** Wires the filter panel (fetches the index when the reader reaches for it), facet links and selects, «Vis flere» and the CSV link. */
function listen(ov: Overview): void {
  const panel = $<HTMLDetailsElement>('ov-filter');
  for (const ev of ['pointerenter', 'focusin', 'toggle']) panel.addEventListener(ev, () => void load(ov).then(() => fillSelects(ov)), { once: true });
  ov.root.addEventListener('click', (e) => onClick(ov, e));
  ov.root.addEventListener('change', (e) => onChange(ov, e));
  $<HTMLButtonElement>('ov-more').addEventListener('click', () => showMore(ov));
  $<HTMLAnchorElement>('ov-csv').addEventListener('click', (e) => {
    if (!Object.values(ov.sel).some(Boolean)) return; // the whole list: the published file as it is
    e.preventDefault();
    void downloadCsv(ov);
  });
}

/** A facet link toggles its value; the reset link clears every facet. */
function onClick(ov: Overview, e: Event): void {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-facet]');
  if (a) {
    e.preventDefault();
    const { facet, value } = a.dataset as { facet: string; value: string };
    ov.sel[facet] = ov.sel[facet] === value ? '' : value;
    void apply(ov);
  } else if ((e.target as Element).closest('#ov-reset')) {
    e.preventDefault();
    for (const k of Object.keys(ov.sel)) ov.sel[k] = '';
    void apply(ov);
  }
}

/** A facet select sets its facet. */
function onChange(ov: Overview, e: Event): void {
  const s = (e.target as Element).closest<HTMLSelectElement>('select[data-facet-select]');
  if (!s) return;
  ov.sel[s.name] = s.value;
  void apply(ov);
}

/** Filters the rows, shows the first page of them and keeps the selection in the URL. */
async function apply(ov: Overview): Promise<void> {
  const idx = await load(ov);
  ov.rows = filterRows(idx.rows, ov.sel);
  ov.shown = PAGE_SIZE;
  render(ov, idx);
  const params = new URLSearchParams(Object.entries(ov.sel).filter(([, v]) => v));
  history.replaceState(null, '', `${idx.base}${params.size ? `?${params}` : ''}`);
}

/** Appends the next page of cards and moves focus to the first new one. */
function showMore(ov: Overview): void {
  const list = $<HTMLUListElement>('ov-list');
  list.insertAdjacentHTML('beforeend', ov.rows.slice(ov.shown, ov.shown + PAGE_SIZE).map((r) => cardHtml(r, ov.index!)).join(''));
  const firstNew = list.children[ov.shown] as HTMLElement | undefined;
  ov.shown += PAGE_SIZE;
  renderMore(ov);
  firstNew?.querySelector('a')?.focus();
}

/** Downloads the published CSV cut to exactly the filtered rows. */
async function downloadCsv(ov: Overview): Promise<void> {
  const idx = await load(ov);
  const csv = await (await fetch(idx.csv)).text();
  const blob = new Blob([filteredCsv(csv, ov.rows.map((r) => r.id))], { type: 'text/csv;charset=utf-8' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${idx.kind}-utvalg.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** «Vis flere (n til)», hidden when every filtered row is shown. */
function renderMore(ov: Overview): void {
  const more = $<HTMLButtonElement>('ov-more');
  const left = ov.rows.length - ov.shown;
  more.hidden = left <= 0;
  more.textContent = `Vis flere (${nf.format(Math.max(0, left))} til)`;
}

/** Fills each facet select with the values that have rows under the other filters, with counts; nothing before the index is in. */
function fillSelects(ov: Overview): Counts | undefined {
  const { index, sel } = ov;
  if (!index) return;
  const counts = facetCounts(index.rows, index.facets, sel);
  for (const s of ov.root.querySelectorAll<HTMLSelectElement>('select[data-facet-select]')) {
    const facet = index.facets.find((f) => f.name === s.name)!;
    const opts = facet.values.filter((v) => (counts[facet.name].get(v.value) ?? 0) > 0 || sel[facet.name] === v.value);
    s.replaceChildren(new Option(facet.all, ''), ...opts.map((v) => new Option(`${v.label} (${nf.format(counts[facet.name].get(v.value) ?? 0)})`, v.value)));
    s.value = sel[facet.name] ?? '';
  }
  return counts;
}

/** Shows the filtered list: selects, facet links, status line, the first page of cards, «Vis flere» and the empty state. */
function render(ov: Overview, idx: OverviewIndex): void {
  const counts = fillSelects(ov)!;
  renderFacetLinks(ov, counts);
  const chosen = Object.values(ov.sel).filter(Boolean).length;
  $('ov-chosen').textContent = chosen ? `(${chosen} valgt)` : '';
  const [one, many] = idx.noun;
  const total = idx.rows.length;
  $('ov-status').textContent = chosen ? `Viser ${nf.format(ov.rows.length)} av ${nf.format(total)} ${total === 1 ? one : many}` : `${nf.format(total)} ${total === 1 ? one : many}`;
  $<HTMLUListElement>('ov-list').innerHTML = ov.rows.slice(0, ov.shown).map((r) => cardHtml(r, idx)).join('');
  $('ov-pages').hidden = true;
  $('ov-range')?.remove();
  renderMore(ov);
  renderEmpty(ov, idx);
}

/** Each facet link shows its count and whether it is chosen; links with no rows under the other filters hide. */
function renderFacetLinks(ov: Overview, counts: Counts): void {
  for (const a of ov.root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
    const { facet, value } = a.dataset as { facet: string; value: string };
    const n = counts[facet].get(value) ?? 0;
    const on = ov.sel[facet] === value;
    a.querySelector('.ov-n')!.textContent = `(${nf.format(n)})`;
    a.toggleAttribute('aria-current', on);
    if (on) a.setAttribute('aria-current', 'true');
    a.querySelector('.visually-hidden')?.remove();
    if (on) a.insertAdjacentHTML('beforeend', '<span class="visually-hidden"> – valgt, fjern filteret</span>');
    a.parentElement!.hidden = !on && n === 0;
  }
}

/** When nothing passes, names the chosen filter whose removal brings back the most rows. */
function renderEmpty(ov: Overview, idx: OverviewIndex): void {
  const [one, many] = idx.noun;
  const empty = $('ov-empty');
  const hint = ov.rows.length === 0 ? loosenHint(idx.rows, idx.facets, ov.sel) : undefined;
  empty.hidden = !hint;
  if (hint) empty.textContent = `Ingen ${many} passer alle filtrene. Fjern filteret «${hint.facet.label}: ${hint.value.label}» for å se ${nf.format(hint.n)} ${hint.n === 1 ? one : many}.`;
}
