import type { NormalisedDoc } from '../types.ts';

/**
 * Line numbers of the non-blank lines that follow a blank line (or a line dropped as an artefact):
 * where a paragraph, a list item's run or a table's rows end. Blank lines that only split a wrapped
 * line in double-spaced text are already gone after normalisation.
 * @example paragraphBreaks(doc).has(42) // a blank line stands before line 42
 */
export function paragraphBreaks(doc: NormalisedDoc): Set<number> {
  const out = new Set<number>();
  let blank = false;
  for (const l of doc.lines) {
    if (l.text === '') blank = true;
    else {
      if (blank) out.add(l.no);
      blank = false;
    }
  }
  return out;
}
