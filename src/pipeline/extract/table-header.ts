/**
 * Recognising an action table's header line: the column words of `src/vocabulary/action-table.ts` in any
 * order, each column given its role (text, responsible, partners, timeframe, financing, number).
 */
import { headerRole, type ColumnRole } from '../../vocabulary/action-table.ts';
import { readColumnHeader } from '../layout/index.ts';

export type { ColumnRole } from '../../vocabulary/action-table.ts';

/** An action table's header as written, with the role of each column. */
export interface TableHeader {
  columns: string[];
  roles: ColumnRole[];
  /** Lines the header takes: 2 when its unit wrapped (`… Kostnad` / `(1000 kr)`). */
  span: number;
}

/**
 * Reads an action-table header line: every word a column word of `src/vocabulary/action-table.ts`, in any order,
 * with a text column (Tiltak/Aktivitet), a responsible or partner column, no role twice, and a number column
 * (`Nr.`) only first. `next` is the line below, which may hold the header's wrapped unit (`(1000 kr)`).
 * @example parseTableHeader('Tiltak Hovedansvar Samarbeidspartnere Tidsbruk') // { columns: [...4], roles: ['text','responsible','partners','timeframe'], span: 1 }
 * @example parseTableHeader('Nr. Tiltak Ansvarlig Periode')?.roles // ['number', 'text', 'responsible', 'timeframe']
 */
export function parseTableHeader(text: string, next?: string): TableHeader | undefined {
  const h = readColumnHeader(text, headerRole, next);
  if (!h) return undefined;
  const { roles } = h;
  if (!roles.includes('text') || !(roles.includes('responsible') || roles.includes('partners'))) return undefined;
  if (new Set(roles).size !== roles.length || roles.indexOf('number') > 0) return undefined;
  return h;
}
