/**
 * The entries of a table of contents the normaliser dropped (`3 Aktiviteter og resultater ........ 4`): their
 * number and title, as evidence that a line of the text with the same number and title is a chapter heading
 * even where the layout (double spacing, no blank line around it) does not show it.
 */
import type { DroppedLine } from '../types.ts';

/** `3 Aktiviteter og resultater ........ 4`, `2. Mål …… 5`: number, title, dot leaders, page. */
const ENTRY = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(.+?)\s*(?:\.{2,}|(?:\. ){2,}|…+)[\s.…]*\d{1,3}\s*$/u;

/** A title as compared with a heading: spaces collapsed, lower case. */
export const contentsKey = (number: string, title: string) => `${number} ${title.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb')}`;

/** The keys (`contentsKey`) of the numbered entries among the dropped contents lines. */
export function contentsEntries(dropped: readonly DroppedLine[]): Set<string> {
  const out = new Set<string>();
  for (const d of dropped) {
    if (d.reason !== 'innholdsfortegnelse') continue;
    const m = ENTRY.exec(d.text.trim());
    if (m) out.add(contentsKey(m[1], m[2]));
  }
  return out;
}
