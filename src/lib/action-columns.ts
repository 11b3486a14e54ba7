/**
 * The headings of an action table's columns, as the document wrote them, placed by what each column holds:
 * the document's header may have a number column and any column order (`Nr. Tiltak Ansvar Partnere Budsjett
 * 2026 (kr) Tidsramme`, `Tiltak Tidsramme Ansvarlig Samarbeid`), while the page always shows number, text,
 * responsible, partners, timeframe and financing in that order. A column the header does not name gets our word.
 */
import { headerRole, type ColumnRole } from '../vocabulary/action-table.ts';

/** Our headings, where the document's table had none for a column. */
const DEFAULTS: Record<ColumnRole, string> = {
  number: 'Nr.',
  text: 'Tiltak',
  responsible: 'Hovedansvar',
  partners: 'Samarbeidspartnere',
  timeframe: 'Tidsramme',
  financing: 'Finansiering',
};

/**
 * Heading per column role: the document's own heading for that role, else ours.
 * @example actionColumnLabels(['Nr.', 'Tiltak', 'Ansvar', 'Partnere', 'Budsjett 2026 (kr)', 'Tidsramme']).timeframe // 'Tidsramme'
 */
export function actionColumnLabels(columns: readonly string[]): Record<ColumnRole, string> & { named: Set<ColumnRole> } {
  const labels = { ...DEFAULTS };
  const named = new Set<ColumnRole>();
  for (const c of columns) {
    const role = headerRole(c) ?? headerRole(c.split(/\s+/)[0]);
    if (!role || named.has(role)) continue;
    labels[role] = c;
    named.add(role);
  }
  return { ...labels, named };
}
