/**
 * The data index of an overview (`/tiltak/indeks.json`, `/mal/indeks.json`): compact rows with the
 * facet values to filter on and what a result card shows; documents and strategies are listed once and
 * referred to by position. The browser fetches it only when the reader filters.
 */
import type { Facet, FacetedRow } from './filter.ts';

/** An action. */
export interface ActionRow extends FacetedRow {
  /** Number. @example '2.1.3' */
  n: string;
  /** Text. */
  x: string;
  /** URL with the action's anchor. */
  u: string;
  /** Position of the strategy in `strategies`. */
  s: number;
  /** Responsible actors: name and actor page URL ('' when the name is no known actor). */
  r: [string, string][];
  /** Time frame as written. */
  t: string;
}

/** A goal. */
export interface GoalRow extends FacetedRow {
  /** Kind label. @example 'Hovedmål' */
  k: string;
  x: string;
  u: string;
  /** Position of the document in `docs`. */
  d: number;
  /** Numeric targets, formatted. @example ['fra 750 til 2 000 arbeidsplasser innen 2024'] */
  g: string[];
}

export interface OverviewIndex {
  kind: 'tiltak' | 'mal';
  /** Noun for counts, singular and plural. @example ['tiltak', 'tiltak'] */
  noun: [string, string];
  /** Address of the overview's first page. @example '/tiltak/' */
  base: string;
  /** CSV of every row (first column the row id), filtered in the browser for download. */
  csv: string;
  facets: Facet[];
  docs: { t: string; u: string }[];
  strategies: { n: string; t: string; u: string; d: number }[];
  rows: (ActionRow | GoalRow)[];
}
