import { HEADER_UNIT as UNIT } from '../../vocabulary/action-table.ts';
/**
 * Table regions by their shape: a header line whose every word names a column (the families pass in the
 * column words they know), possibly wrapped (`… Kostnad` / `(1000 kr)`), then rows.
 */

/** A table header: the columns as written and the role of each. */
export interface ColumnHeader<R extends string> {
  columns: string[];
  roles: R[];
  /** How many lines the header takes (2 when a bracketed unit wrapped onto the next line). */
  span: number;
}


/** Fewest and most columns a header line has. */
const HEADER_COLUMNS = { min: 3, max: 7 };

/** A year or span of years written after a column word (`Budsjett 2026`, `Kostnad 2025–2026`): part of that column's title. */
const HEADER_YEAR = /^(?:19|20)\d\d(?:[–-](?:(?:19|20)\d\d|\d\d))?$/;

/** True when the text is a bracketed unit alone (`(1000 kr)`): the wrapped tail of the header line above. @example isHeaderUnit('(1000 kr)') // true */
export const isHeaderUnit = (text: string): boolean => UNIT.test(text.trim());

/**
 * Reads a header line: every word a column word (`roleOf` gives its role), a bracketed unit or a year joined to the
 * column before it (`Budsjett 2026 (kr)` is one column). `next` is the line below, which may hold the unit the header wrapped.
 * @example readColumnHeader('Tiltak Ansvar Kostnad (1000 kr)', roleOf) // { columns: ['Tiltak', 'Ansvar', 'Kostnad (1000 kr)'], … }
 */
export function readColumnHeader<R extends string>(text: string, roleOf: (word: string) => R | undefined, next?: string): ColumnHeader<R> | undefined {
  const columns: string[] = [];
  const roles: R[] = [];
  const unitRun = /\([^()]*\)/g;
  const parts = text.trim().replace(unitRun, (u) => u.replace(/\s+/g, '\u0001')).split(/\s+/);
  for (const part of parts) {
    const unit = part.replace(/\u0001/g, ' ');
    if ((UNIT.test(unit) || HEADER_YEAR.test(part)) && columns.length) {
      columns[columns.length - 1] += ` ${unit}`;
      continue;
    }
    const role = roleOf(part);
    if (!role) return undefined;
    columns.push(part.replace(/:$/, '').replace(/^(?!nr\.$)(.*)\.$/i, '$1'));
    roles.push(role);
  }
  if (columns.length < HEADER_COLUMNS.min || columns.length > HEADER_COLUMNS.max) return undefined;
  if (next !== undefined && isHeaderUnit(next)) {
    columns[columns.length - 1] += ` ${next.trim()}`;
    return { columns, roles, span: 2 };
  }
  return { columns, roles, span: 1 };
}
