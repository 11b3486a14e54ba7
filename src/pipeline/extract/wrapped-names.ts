import type { SourceLine } from '../types.ts';

/** Most words of a name's wrapped tail on the next line (`Sognefjord AS`, `Telemark`). */
const TAIL_MAX_WORDS = 3;

/**
 * Names a table cell wraps over two lines, ending one line after a comma and going on at the start of the next:
 * `Vestland Bondelag, Visit` / `Sognefjord AS` → `visit sognefjord as`, `Kommunene, Visit` / `Telemark` → `visit telemark`.
 * The actor lexicon learns names line by line and would otherwise know only their halves. Linear in the lines.
 * @example wrappedCellNames([[line('Kommunene, Visit'), line('Telemark')]]) // ['visit telemark']
 */
export function wrappedCellNames(tables: SourceLine[][]): string[] {
  const out: string[] = [];
  for (const lines of tables) {
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i].text;
      const next = lines[i + 1].text;
      const comma = line.lastIndexOf(',');
      if (comma < 0) continue;
      const head = line.slice(comma + 1).trim().split(/\s+/).filter(Boolean);
      const tail = next.split(',')[0].trim().split(/\s+/).filter(Boolean);
      if (head.length < 1 || head.length > 2 || !/^[A-ZÆØÅ]/.test(head[0]) || !tail.length || tail.length > TAIL_MAX_WORDS) continue;
      // the tail must be the whole cell piece: before a comma or the end of its line
      if (next.includes(',') === false && tail.length !== next.trim().split(/\s+/).length) continue;
      out.push([...head, ...tail].join(' ').replace(/\[\^\w+\]/g, '').toLowerCase());
    }
  }
  return out;
}
