/**
 * Actions written as a list, not a table: a bullet or a numbered paragraph per action (`• Kartlegge …`,
 * `1.2 Etablere …`, `Tiltak 3: …`), then labelled lines naming its cells (`Ansvar: Salten Regionråd`,
 * `Involverte: Kunnskapsparken Bodø, Sjømat Norge`, `Frist: 31.12.2024`, `Kostnad: …`), where a label may
 * wrap onto the next line and a page break may fall between the action and its labels. The labels are the
 * table-header words of `src/vocabulary/action-table.ts` and the line-only labels of `action-labels.ts`.
 */
import type { Block } from '../segment.ts';
import { joinLines } from '../segment.ts';
import type { SourceLine } from '../types.ts';
import { labelledField, listItem } from '../layout/index.ts';
import { actionFieldRole, ACTION_LIST_LABEL } from '../../vocabulary/levels.ts';
import { ACTION_NUMBER_WORDS } from '../../vocabulary/action-labels.ts';
import type { ActionRow } from './action-table.ts';
import type { ColumnRole } from './table-header.ts';
import type { Uncertain } from '../../schemas/uncertain.ts';

/** A labelled line naming one of an action's cells, with its role. */
function fieldOf(l: SourceLine): { role: ColumnRole; value: string } | undefined {
  const f = labelledField(l.text);
  const role = f && actionFieldRole(f.label);
  return f && role ? { role, value: f.value } : undefined;
}

/** An action read from a list: its row, and the number the plan gives it, when it gives one. */
export type ListedActionRow = ActionRow & { number?: string };

const NUMBER_WORDS = ACTION_NUMBER_WORDS.map((w) => `${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|');
/** A dotted number opening a paragraph (`1.2 Etablere …`, `2.1. Bygge …`), or any number after a number word (`Tiltak 3: …`). */
const NUMBERED_PARAGRAPH = new RegExp(String.raw`^(?:(?:${NUMBER_WORDS})\s+(\d{1,2}(?:\.\d{1,2}){0,2})|(\d{1,2}(?:\.\d{1,2}){1,2}))\.?[:)]?\s+(\p{Lu}.*)$`, 'u');

/**
 * The plan's own number of an action written as a numbered paragraph, and its text.
 * @example actionNumber('1.2 Etablere en ordning') // { number: '1.2', text: 'Etablere en ordning' }
 * @example actionNumber('2.5 mill. kr') // undefined
 */
export function actionNumber(text: string): { number: string; text: string } | undefined {
  const m = NUMBERED_PARAGRAPH.exec(text.trim());
  return m ? { number: m[1] ?? m[2], text: m[3] } : undefined;
}

/** Most lines an action's text wraps onto when no bullet marks it (the labelled lines follow right after). */
const UNMARKED_ACTION_MAX_LINES = 3;
/** The same for a numbered paragraph: its number marks it, so a longer text is still one action. */
const NUMBERED_ACTION_MAX_LINES = 6;
/** Longest line such an action's text takes; a longer line is prose across the page, not an action. */
const UNMARKED_ACTION_MAX_CHARS = 130;

/**
 * How many lines open a block as the text of an action whose bullet was lost (the PDF kept only an indent,
 * or nothing): short unlabelled lines right before the block's labelled lines, one of which names the
 * responsible (`Ansvar:`). 0 when the block is not such an action.
 */
export function unmarkedActionLines(b: Block): number {
  const k = b.lines.findIndex((l) => fieldOf(l) !== undefined);
  const most = actionNumber(b.lines[0].text) ? NUMBERED_ACTION_MAX_LINES : UNMARKED_ACTION_MAX_LINES;
  if (k < 1 || k > most || !b.lines.slice(k).some((l) => fieldOf(l)?.role === 'responsible')) return 0;
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
  number?: string;
}

/**
 * The action a line opens, if it opens one: a bullet; a numbered paragraph at a block's start or after the
 * previous action's labelled lines (inside its text, `1.2` may be a wrapped sum); a block's unmarked first line.
 */
function opener(l: SourceLine, j: number, unmarked: number, d: Draft | undefined): { text: string; number?: string } | undefined {
  const item = listItem(l);
  if (item !== undefined) return { text: item };
  const numbered = actionNumber(l.text);
  if (numbered && (j === 0 || (d !== undefined && d.current !== 'text'))) return numbered;
  return j === 0 && unmarked > 0 ? { text: l.text } : undefined;
}

/** Reads the list from blocks[start]: the actions and the index after the list. */
export function readActionList(blocks: Block[], start: number): { rows: ListedActionRow[]; next: number } {
  const drafts: Draft[] = [];
  let i = start;
  for (; i < blocks.length && inList(blocks[i]); i++) {
    const unmarked = unmarkedActionLines(blocks[i]);
    for (const [j, l] of blocks[i].lines.entries()) {
      if (/^\d{1,3}$/.test(l.text) || ACTION_LIST_LABEL.test(l.text)) continue;
      const item = opener(l, j, unmarked, drafts[drafts.length - 1]);
      const field = fieldOf(l);
      if (item !== undefined) drafts.push({ cells: { text: [item.text] }, current: 'text', lines: [l.no], number: item.number });
      const d = drafts[drafts.length - 1];
      if (!d || item !== undefined) continue;
      d.lines.push(l.no);
      if (field) {
        d.current = field.role;
        d.cells[field.role] = [field.value];
      } else (d.cells[d.current] ??= []).push(l.text);
    }
  }
  return { rows: drafts.map((d, n) => toRow(d, drafts[n - 1])), next: i };
}

/** True when a number follows the one before it: `1.2` after `1.1`, `2.1` after `1.3`, `3` after `2`. */
export function followsOn(prev: string, next: string): boolean {
  const a = prev.split('.').map(Number);
  const b = next.split('.').map(Number);
  if (a.length !== b.length) return false;
  const head = (x: number[]) => x.slice(0, -1).join('.');
  const last = (x: number[]) => x[x.length - 1];
  return head(a) === head(b) ? last(b) === last(a) + 1 : last(b) === 1;
}

/** Why an action's reading is unsure: no line names the responsible, or its number skips one (an action may be lost). */
function doubt(d: Draft, prev: Draft | undefined): Uncertain | undefined {
  const lines: [number, number] = [Math.min(...d.lines), Math.max(...d.lines)];
  if (!d.cells.responsible) return { reason: 'fant ingen linje som sier hvem som har ansvaret for tiltaket', lines };
  if (d.number && prev?.number && !followsOn(prev.number, d.number)) return { reason: `tiltak ${d.number} følger ikke etter ${prev.number}; et tiltak kan mangle eller være lest feil`, lines };
  return undefined;
}

/** The row of one action from its draft. */
function toRow(d: Draft, prev: Draft | undefined): ListedActionRow {
  const cell = (r: ColumnRole) => joinLines(d.cells[r] ?? []);
  const uncertain = doubt(d, prev);
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
    ...(uncertain ? { uncertain } : {}),
    ...(d.number ? { number: d.number } : {}),
  };
}
