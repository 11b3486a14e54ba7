/**
 * The document list (`/dokumenter/`): newest first, a few dozen per static page, with a static list per
 * status (`/dokumenter/status/horingsutkast/`), so it stays small at any number of documents and every
 * filter works without JavaScript. Pure functions of the site data.
 */
import type { SiteData } from '../site-data.ts';
import type { PublishedDocument } from '../../schemas/index.ts';
import { statusFilters } from '../document-status.ts';
import { slugify } from '../slug.ts';
import { urls } from '../urls.ts';
import { pagesOf, joinPageParam, type ListPage } from '../paging.ts';

/** A document with the status labels it is filtered by. */
export interface DocumentCard {
  d: PublishedDocument;
  tags: string[];
}

/** One status filter: label, address and how many documents carry it; the first is «Alle». */
export interface DocumentFilter {
  label: string;
  slug: string;
  href: string;
  n: number;
}

/** The filters of the list: all documents, then each status label some document carries. */
export function documentFilters(data: SiteData, year: number): { filters: DocumentFilter[]; cards: DocumentCard[] } {
  const cards = data.documents.map((d) => ({ d, tags: statusFilters(d, year) }));
  const labels = [...new Set(cards.flatMap((c) => c.tags))];
  const filters = [
    { label: 'Alle', slug: '', href: urls.documents(), n: cards.length },
    ...labels.map((label) => ({ label, slug: slugify(label), href: `${urls.documents()}status/${slugify(label)}/`, n: cards.filter((c) => c.tags.includes(label)).length })),
  ];
  return { filters, cards };
}

/** Every static page of the list: per filter, its pages. */
export function documentListPaths(data: SiteData, year: number) {
  const { filters, cards } = documentFilters(data, year);
  return filters.flatMap((filter) => {
    const list = filter.slug ? cards.filter((c) => c.tags.some((t) => slugify(t) === filter.slug)) : cards;
    return pagesOf(list).map((page) => ({
      params: { page: joinPageParam(filter.slug ? `status/${filter.slug}` : '', page.n) },
      props: { filter, filters, page } as { filter: DocumentFilter; filters: DocumentFilter[]; page: ListPage<DocumentCard> },
    }));
  });
}
