/**
 * Actions written as a list, not a table: a bullet per action, then labelled lines naming its cells
 * (`Ansvar: Salten Regionråd`, `Partnere: Kunnskapsparken Bodø, Sjømat Norge`, `Frist: 31.12.2024`,
 * `Finansiering: …`), where a label may wrap onto the next line and a page break may fall between the
 * bullet and its labels. The labels are the table-header words of `src/vocabulary/action-table.ts`.
 */
import type { Block } from '../segment.ts';
import { joinLines } from '../segment.ts';
import type { SourceLine } from '../types.ts';
import { labelledField, listItem } from '../layout/index.ts';
import { actionFieldRole, ACTION_LIST_LABEL } from '../../vocabulary/levels.ts';
import type { ActionRow } from './action-table.ts';
import type { ColumnRole } from './table-header.ts';

/** A labelled line naming one of an action's cells, with its role. */
function fieldOf(l: SourceLine): { role: ColumnRole; value: string } | undefined {
  const f = labelledField(l.text);
  const role = f && actionFieldRole(f.label);
  return f && role ? { role, value: f.value } : undefined;
}

/** Most lines an action's text wraps onto when no bullet marks it (the labelled lines follow right after). */
const UNMARKED_ACTION_MAX_LINES = 3;
/** Longest line such an action's text takes; a longer line is prose across the page, not an action. */
const UNMARKED_ACTION_MAX_CHARS = 130;

/**
 * How many lines open a block as the text of an action whose bullet was lost (the PDF kept only an indent,
 * or nothing): short unlabelled lines right before the block's labelled lines, one of which names the
 * responsible (`Ansvar:`). 0 when the block is not such an action.
 */
export function unmarkedActionLines(b: Block): number {
  const k = b.lines.findIndex((l) => fieldOf(l) !== undefined);
  if (k < 1 || k > UNMARKED_ACTION_MAX_LINES || !b.lines.slice(k).some((l) => fieldOf(l)?.role === 'responsible')) return 0;
  const head = b.lines.slice(0, k);
  const short = head.every((l) => l.text.length <= UNMARKED_ACTION_MAX_CHARS && listItem(l) === undefined);
  return short && /^[\p{Lu}\d]/u.test(head[0].text) && !/:$/.test(head[k - 1].text) ? k : 0;
}

/** True when blocks[i] opens a list of actions: a `Tiltak:` label, or a bullet (or unmarked action text) whose block carries a labelled cell line. */
export function opensActionList(blocks: Block[], i: number): boolean {
  const b = blocks[i];
  if (ACTION_LIST_LABEL.test(b.lines[0].text) && b.lines.length === 1) return blocks[i + 1] !== undefined && opensActionList(blocks, i + 1);
  return (listItem(b.lines[0]) !== undefined && b.lines.some((l) => fieldOf(l)?.role === 'responsible')) || unmarkedActionLines(b) > 0;
}

/** True when a block belongs to the list: a bullet, an unmarked action, the `Tiltak:` label, a page number, or labelled lines that went on after a page break. */
const inList = (b: Block) =>
  listItem(b.lines[0]) !== undefined || unmarkedActionLines(b) > 0 || ACTION_LIST_LABEL.test(b.lines[0].text) || /^\d{1,3}$/.test(b.lines[0].text) || fieldOf(b.lines[0]) !== undefined;

/** One action as its lines are read: the cell a line goes on in. */
interface Draft {
  cells: Partial<Record<ColumnRole, string[]>>;
  current: ColumnRole;
  lines: number[];
}

/** Reads the list from blocks[start]: the actions and the index after the list. */
export function readActionList(blocks: Block[], start: number): { rows: ActionRow[]; next: number } {
  const drafts: Draft[] = [];
  let i = start;
  for (; i < blocks.length && inList(blocks[i]); i++) {
    const unmarked = unmarkedActionLines(blocks[i]);
    for (const [j, l] of blocks[i].lines.entries()) {
      if (/^\d{1,3}$/.test(l.text) || ACTION_LIST_LABEL.test(l.text)) continue;
      const item = listItem(l) ?? (j === 0 && unmarked > 0 ? l.text : undefined);
      const field = fieldOf(l);
      if (item !== undefined) drafts.push({ cells: { text: [item] }, current: 'text', lines: [l.no] });
      const d = drafts[drafts.length - 1];
      if (!d || item !== undefined) continue;
      d.lines.push(l.no);
      if (field) {
        d.current = field.role;
        d.cells[field.role] = [field.value];
      } else (d.cells[d.current] ??= []).push(l.text);
    }
  }
  const rows = drafts.map((d): ActionRow => {
    const cell = (r: ColumnRole) => joinLines(d.cells[r] ?? []);
    return {
      text: cell('text'),
      responsible: cell('responsible'),
      partners: cell('partners'),
      timeframe: cell('timeframe'),
      financing: cell('financing') || undefined,
      responsibleText: cell('responsible'),
      partnersText: cell('partners'),
      first: Math.min(...d.lines),
      last: Math.max(...d.lines),
      warnings: d.cells.responsible ? [] : ['fant ingen «Ansvar:»-linje under tiltaket'],
    };
  });
  return { rows, next: i };
}
