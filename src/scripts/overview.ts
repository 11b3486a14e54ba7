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

export function initOverview(): void {
  const root = $<HTMLDivElement>('ov');
  if (!root) return;
  const names = (root.dataset.facets ?? '').split(' ').filter(Boolean);
  const sel: Selection = JSON.parse(root.dataset.fixed || '{}');
  const query = new URLSearchParams(location.search);
  for (const n of names) if (query.get(n)) sel[n] = query.get(n)!;
  let index: OverviewIndex | undefined;
  let loading: Promise<OverviewIndex> | undefined;
  let rows: OverviewIndex['rows'] = [];
  let shown = PAGE_SIZE;
  const load = () => (loading ??= fetch(root.dataset.index!).then((r) => r.json() as Promise<OverviewIndex>).then((j) => (index = j)));

  const panel = $<HTMLDetailsElement>('ov-filter');
  for (const ev of ['pointerenter', 'focusin', 'toggle']) panel.addEventListener(ev, () => void load().then(fillSelects), { once: true });

  const apply = async () => {
    const idx = await load();
    rows = filterRows(idx.rows, sel);
    shown = PAGE_SIZE;
    render(idx);
    const params = new URLSearchParams(Object.entries(sel).filter(([, v]) => v));
    history.replaceState(null, '', `${idx.base}${params.size ? `?${params}` : ''}`);
  };

  root.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-facet]');
    if (a) {
      e.preventDefault();
      const { facet, value } = a.dataset as { facet: string; value: string };
      sel[facet] = sel[facet] === value ? '' : value;
      void apply();
    } else if ((e.target as Element).closest('#ov-reset')) {
      e.preventDefault();
      for (const k of Object.keys(sel)) sel[k] = '';
      void apply();
    }
  });
  root.addEventListener('change', (e) => {
    const s = (e.target as Element).closest<HTMLSelectElement>('select[data-facet-select]');
    if (!s) return;
    sel[s.name] = s.value;
    void apply();
  });
  $<HTMLButtonElement>('ov-more').addEventListener('click', () => {
    const list = $<HTMLUListElement>('ov-list');
    list.insertAdjacentHTML('beforeend', rows.slice(shown, shown + PAGE_SIZE).map((r) => cardHtml(r, index!)).join(''));
    const firstNew = list.children[shown] as HTMLElement | undefined;
    shown += PAGE_SIZE;
    renderMore();
    firstNew?.querySelector('a')?.focus();
  });
  $<HTMLAnchorElement>('ov-csv').addEventListener('click', (e) => {
    if (!Object.values(sel).some(Boolean)) return; // the whole list: the published file as it is
    e.preventDefault();
    void downloadCsv();
  });

  const downloadCsv = async () => {
    const idx = await load();
    const csv = await (await fetch(idx.csv)).text();
    const blob = new Blob([filteredCsv(csv, rows.map((r) => r.id))], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${idx.kind}-utvalg.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const renderMore = () => {
    const more = $<HTMLButtonElement>('ov-more');
    const left = rows.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Vis flere (${nf.format(Math.max(0, left))} til)`;
  };

  const fillSelects = () => {
    if (!index) return;
    const counts = facetCounts(index.rows, index.facets, sel);
    for (const s of root.querySelectorAll<HTMLSelectElement>('select[data-facet-select]')) {
      const facet = index.facets.find((f) => f.name === s.name)!;
      const opts = facet.values.filter((v) => (counts[facet.name].get(v.value) ?? 0) > 0 || sel[facet.name] === v.value);
      s.replaceChildren(new Option(facet.all, ''), ...opts.map((v) => new Option(`${v.label} (${nf.format(counts[facet.name].get(v.value) ?? 0)})`, v.value)));
      s.value = sel[facet.name] ?? '';
    }
    return counts;
  };

  const render = (idx: OverviewIndex) => {
    const counts = fillSelects()!;
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
      const { facet, value } = a.dataset as { facet: string; value: string };
      const n = counts[facet].get(value) ?? 0;
      const on = sel[facet] === value;
      a.querySelector('.ov-n')!.textContent = `(${nf.format(n)})`;
      a.toggleAttribute('aria-current', on);
      if (on) a.setAttribute('aria-current', 'true');
      a.querySelector('.visually-hidden')?.remove();
      if (on) a.insertAdjacentHTML('beforeend', '<span class="visually-hidden"> – valgt, fjern filteret</span>');
      a.parentElement!.hidden = !on && n === 0;
    }
    const chosen = Object.values(sel).filter(Boolean).length;
    $('ov-chosen').textContent = chosen ? `(${chosen} valgt)` : '';
    const [one, many] = idx.noun;
    const total = idx.rows.length;
    $('ov-status').textContent = chosen ? `Viser ${nf.format(rows.length)} av ${nf.format(total)} ${total === 1 ? one : many}` : `${nf.format(total)} ${total === 1 ? one : many}`;
    $<HTMLUListElement>('ov-list').innerHTML = rows.slice(0, shown).map((r) => cardHtml(r, idx)).join('');
    $('ov-pages').hidden = true;
    $('ov-range')?.remove();
    renderMore();
    const empty = $('ov-empty');
    const hint = rows.length === 0 ? loosenHint(idx.rows, idx.facets, sel) : undefined;
    empty.hidden = !hint;
    if (hint) empty.textContent = `Ingen ${many} passer alle filtrene. Fjern filteret «${hint.facet.label}: ${hint.value.label}» for å se ${nf.format(hint.n)} ${hint.n === 1 ? one : many}.`;
  };

  const fixed = JSON.parse(root.dataset.fixed || '{}') as Selection;
  if (names.some((n) => (sel[n] ?? '') !== (fixed[n] ?? ''))) void apply();
}
