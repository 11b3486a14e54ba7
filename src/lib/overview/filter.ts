/**
 * Filtering an overview (actions, goals) by facets: which rows match, how many rows each facet value
 * would give with the other filters kept (so counts follow the reader's choices), which filter to
 * loosen when nothing matches, and the filtered rows as CSV. Pure functions, used by the pages at build
 * time and by the browser script over the overview's data index, so both agree.
 */

/** One value a facet can take. @example { value: 'ikt', label: 'IKT' } */
export interface FacetValue {
  value: string;
  label: string;
}

/** A way to narrow an overview. `paged` facets get static pages per value (`/tiltak/tema/ikt/`). */
export interface Facet {
  /** Query parameter and path segment. @example 'tema' */
  name: string;
  label: string;
  /** Option for «no filter». @example 'Alle tema' */
  all: string;
  paged: boolean;
  values: FacetValue[];
}

/** A row of an overview's data index: its facet values, by facet name. */
export interface FacetedRow {
  id: string;
  f: Record<string, string[]>;
}

/** The chosen value per facet name; absent or '' means no filter. */
export type Selection = Record<string, string>;

/** True when the row has every selected value, ignoring the facet `except`. */
export function matches(row: FacetedRow, sel: Selection, except?: string): boolean {
  for (const [name, value] of Object.entries(sel)) {
    if (!value || name === except) continue;
    if (!(row.f[name] ?? []).includes(value)) return false;
  }
  return true;
}

/** The rows that have every selected value, in their order. */
export function filterRows<R extends FacetedRow>(rows: readonly R[], sel: Selection): R[] {
  return rows.filter((r) => matches(r, sel));
}

/**
 * For each facet, how many rows each of its values would give with the other facets' filters kept.
 * @example facetCounts(rows, facets, { region: 'valdres' }).tema.get('ikt') // actions about ICT in Valdres
 */
export function facetCounts(rows: readonly FacetedRow[], facets: readonly Facet[], sel: Selection): Record<string, Map<string, number>> {
  const out: Record<string, Map<string, number>> = {};
  for (const facet of facets) {
    const counts = new Map<string, number>();
    for (const row of rows) {
      if (!matches(row, sel, facet.name)) continue;
      for (const v of new Set(row.f[facet.name] ?? [])) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[facet.name] = counts;
  }
  return out;
}

/** What to loosen when nothing matches: the one chosen filter whose removal gives the most rows. */
export interface LoosenHint {
  facet: Facet;
  value: FacetValue;
  /** Rows with that filter removed. */
  n: number;
}

/** The filter to remove for the most results, or undefined when no filter is chosen. */
export function loosenHint(rows: readonly FacetedRow[], facets: readonly Facet[], sel: Selection): LoosenHint | undefined {
  let best: LoosenHint | undefined;
  for (const facet of facets) {
    const value = sel[facet.name];
    if (!value) continue;
    const n = rows.filter((r) => matches(r, sel, facet.name)).length;
    const label = facet.values.find((v) => v.value === value) ?? { value, label: value };
    if (!best || n > best.n) best = { facet, value: label, n };
  }
  return best;
}

/** Selection from URL query parameters, keeping only known facets and values. */
export function selectionFromQuery(params: URLSearchParams, facets: readonly Facet[]): Selection {
  const sel: Selection = {};
  for (const f of facets) {
    const v = params.get(f.name);
    if (v && f.values.some((x) => x.value === v)) sel[f.name] = v;
  }
  return sel;
}

/**
 * The records of a CSV file (as the site publishes them: BOM, `;`, quoted fields may hold line breaks),
 * each as its exact text with the value of its first field, so a filtered file keeps the published format.
 * @example csvRecords('\ufeffid;x\r\na;"b;c"\r\n') // [{ id: 'id', text: 'id;x' }, { id: 'a', text: 'a;"b;c"' }]
 */
export function csvRecords(csv: string): { id: string; text: string }[] {
  const text = csv.replace(/^\ufeff/, '');
  const out: { id: string; text: string }[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (i === text.length || (!quoted && c === '\n')) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record) out.push({ id: firstField(record), text: record });
      start = i + 1;
    }
  }
  return out;
}

function firstField(record: string): string {
  if (!record.startsWith('"')) return record.split(';')[0];
  const m = /^"((?:[^"]|"")*)"/.exec(record);
  return m ? m[1].replace(/""/g, '"') : record;
}

/** The header and the records with the given ids, in the order of `ids`, as a CSV file Norwegian Excel opens (BOM, `;`, CRLF). */
export function filteredCsv(csv: string, ids: readonly string[]): string {
  const [header, ...records] = csvRecords(csv);
  const byId = new Map(records.map((r) => [r.id, r.text]));
  const lines = [header?.text ?? '', ...ids.map((id) => byId.get(id)).filter((t): t is string => t !== undefined)];
  return '\ufeff' + lines.map((l) => l + '\r\n').join('');
}
