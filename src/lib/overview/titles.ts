/** Title, heading and breadcrumbs of an overview page, naming its fixed filter and page number. */
import type { OverviewIndex } from './model.ts';
import type { OverviewPage } from './pages.ts';

export function overviewTitle(index: OverviewIndex, view: OverviewPage, name: string) {
  const [facetName, value] = Object.entries(view.selection).find(([, v]) => v) ?? [];
  const facet = index.facets.find((f) => f.name === facetName);
  const label = facet?.values.find((v) => v.value === value)?.label;
  const filtered = Boolean(facet && label);
  const heading = filtered ? `${name}: ${label}` : name;
  const pageNote = view.page.n > 1 ? ` (side ${view.page.n} av ${view.page.pages})` : '';
  const crumbs = filtered || view.page.n > 1 ? [{ label: name, href: index.base }, { label: `${filtered ? `${facet!.label}: ${label}` : name}${pageNote}` }] : [{ label: name }];
  return { title: `${heading}${pageNote}`, heading, filtered, crumbs };
}
