/**
 * The layout reader: below the document families, it recognises what a line looks like — a heading (numbered
 * or labelled), a labelled field, a list item, a table header — without deciding what it means. Families
 * interpret the result with their own vocabulary.
 *
 * API (all pure, one line of text in, a small record out):
 * - `numberedHeading(text)` → `{ number, title }` for `1 Innledning`, `4.2 Mat og landbruk`, `Kapittel 2 …`;
 * - `labelledHeading(text, labels)` → `{ label, number, title }` for `Satsingsområde 1: …`, `Strategi: …`;
 * - `labelledField(text)` → `{ label, value }` for `Ansvar: Salten Regionråd`, `Stad: Knarvik`;
 * - `listItem(line)` → the item's text for a bullet line (`•`, U+F0B7, `-`, or a lost bullet marked by indent);
 * - `readColumnHeader(text, roleOf, next?)` → `{ columns, roles, span }` for a table header line, its unit
 *   (`(1000 kr)`) possibly wrapped onto the next line;
 * - `readLayout(lines, options)` → every line's reading, for a whole document, in one pass.
 */
import type { SourceLine } from '../types.ts';
import { labelledHeading, numberedHeading, type Heading } from './headings.ts';
import { labelledField, type Field } from './fields.ts';
import { readColumnHeader, type ColumnHeader } from './tables.ts';

export { labelledHeading, numberedHeading, type Heading } from './headings.ts';
export { labelledField, type Field } from './fields.ts';
export { isHeaderUnit, readColumnHeader, type ColumnHeader } from './tables.ts';

/** The text of a list item, when the line is one (the normaliser marks bullets). @example listItem(line) // 'Kartlegge leverandørbedrifter …' */
export function listItem(line: SourceLine): string | undefined {
  return line.bullet ? line.text.replace(/^•\s*/, '') : undefined;
}

/** What one line looks like. */
export type LineReading<R extends string> =
  | { kind: 'heading'; heading: Heading }
  | { kind: 'field'; field: Field }
  | { kind: 'list-item'; text: string }
  | { kind: 'table-header'; header: ColumnHeader<R> }
  | { kind: 'text' };

/** What a family tells the reader: its heading labels and its column words. */
export interface LayoutOptions<R extends string> {
  headingLabels: readonly string[];
  columnRole: (word: string) => R | undefined;
}

/**
 * Reads every line of a document once (linear in its length): a table header first (it is the most specific),
 * then a labelled heading, a numbered heading, a labelled field, a list item; otherwise text.
 * Blank lines are skipped when looking for a header's wrapped unit.
 */
export function readLayout<R extends string>(lines: SourceLine[], options: LayoutOptions<R>): Map<number, LineReading<R>> {
  const out = new Map<number, LineReading<R>>();
  lines.forEach((l, i) => {
    if (!l.text) return;
    const next = lines.slice(i + 1, i + 3).find((n) => n.text)?.text;
    const header = readColumnHeader(l.text, options.columnRole, next);
    const labelled = labelledHeading(l.text, options.headingLabels);
    const numbered = numberedHeading(l.text);
    const field = labelledField(l.text);
    const item = listItem(l);
    if (header) out.set(l.no, { kind: 'table-header', header });
    else if (labelled) out.set(l.no, { kind: 'heading', heading: labelled });
    else if (numbered) out.set(l.no, { kind: 'heading', heading: numbered });
    else if (field) out.set(l.no, { kind: 'field', field });
    else if (item !== undefined) out.set(l.no, { kind: 'list-item', text: item });
    else out.set(l.no, { kind: 'text' });
  });
  return out;
}
