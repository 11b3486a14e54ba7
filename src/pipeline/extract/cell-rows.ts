import type { Block } from '../segment.ts';
import type { ActionRow } from './action-table.ts';
import type { ColumnRole, TableHeader } from './table-header.ts';

/** A cell holding only a dash is an empty cell. */
const EMPTY_CELL = /^[-–—]$/;

/**
 * Action rows from a table whose cells are known (read from a PDF's page layout, `SourceLine.cells`):
 * one row per line, each cell taken as it stands. Undefined when any row lacks cells or has another
 * number of cells than the header has columns — then the text reader guesses the cells as usual.
 */
export function rowsFromCells(blocks: Block[], header: TableHeader): ActionRow[] | undefined {
  const lines = blocks.flatMap((b) => b.lines).filter((l) => l.text !== '');
  if (!lines.length || !lines.every((l) => l.cells && l.cells.length === header.roles.length)) return undefined;
  const hasTime = header.roles.includes('timeframe');
  return lines.map((l) => {
    const cell = (role: ColumnRole): string | undefined => {
      const i = header.roles.indexOf(role);
      if (i < 0) return undefined;
      const c = l.cells![i].trim();
      return EMPTY_CELL.test(c) ? '' : c;
    };
    const responsible = cell('responsible') ?? '';
    const partners = cell('partners') ?? '';
    const timeframe = cell('timeframe') ?? '';
    const warnings: string[] = [];
    if (!responsible) warnings.push('fant ikke hovedansvarlig i raden');
    if (hasTime && !timeframe) warnings.push('fant ikke tidsramme i raden');
    return { text: cell('text') ?? '', responsible, partners, timeframe, financing: cell('financing') || undefined, responsibleText: responsible, partnersText: partners, first: l.no, last: l.no, warnings };
  });
}
