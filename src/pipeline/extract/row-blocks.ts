/**
 * Grouping the blocks under an action-table header into rows: a block is either action text (a new row, or
 * more text of the row being read) or cells of the current row. The decision rests on what each block looks
 * like (width, known actors, a timeframe) and on where the row stands (has it its text, its time, its financing).
 */
import type { Block } from '../segment.ts';
import { looksLikeTimeframe } from './timeframe.ts';
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { boundaryScore, CELL_WIDTH, cellsOnLastLine, cellsOnTextLine } from './cell-boundary.ts';
import { closesName, isCap, tokenise, tokensOf } from './table-tokens.ts';
import type { TableHeader } from './table-header.ts';
import { timeStart } from './time-cell.ts';
import { FINANCING_CUE, TIME_CELL_OPENER } from '../../vocabulary/action-table.ts';

/** The blocks of one action row: its text, then its cells. */
export interface RowBlocks {
  text: Block[];
  cells: Block[];
}

/** Line lengths (in characters) and sizes that tell a text block from a block of cells. */
const TEXT_BLOCK = {
  /** A continuation this much wider than a cell is running text, even after a known name. */
  widerThanCell: 5,
  /** A block opening with a timeframe up to this long is a time cell. */
  timeLineMaxChars: 40,
  /** A line opening with `Name,` up to this long is a list of names. */
  nameListMaxChars: 45,
  /** A one-line block of at most three words and this many characters is a cell. */
  shortLineMaxChars: 30,
  shortLineMaxWords: 3,
  /** Names in a comma list are at most this many words. */
  nameMaxWords: 4,
  /** A timeframe cell starting within this many words of a row's open line makes the line cells. */
  timeNearStart: 4,
  /** A line after text this long is more text … */
  longLineChars: 90,
  /** … and one at least this long, with no cells found on it, too. */
  textLineMinChars: 50,
};

/** Longest line in a block except its last (the width the column wrapped at). */
const wrapWidth = (b: Block) => Math.max(0, ...b.lines.slice(0, -1).map((l) => l.text.length));

/** A block's first line and the first word of its second: `en årlig` / `næringsdag` reads as no timeframe. */
export const withNextWord = (b: Block) => [b.lines[0].text, tokensOf(b.lines[1]?.text ?? '')[0] ?? ''].join(' ').trim();

/** Names split at commas, each capitalised and short: `Høgskolen i Innlandet, OSRU`. */
const isNameList = (parts: string[]) => parts.length >= 2 && parts.every((x) => isCap(x) && tokensOf(x).length <= TEXT_BLOCK.nameMaxWords);

/**
 * Cells after a wrapped text, their names listed with commas: `Landbrukskontora i kommunane Vestland Bondelag, Visit` /
 * `Sognefjord AS` (a second paragraph of an action's text is no list of capitalised names ending in a legal form).
 */
function namesEndingInLegalForm(b: Block): boolean {
  const first = b.lines[0].text;
  return b.lines.length === 2 && /^[A-ZÆØÅ]/.test(first) && /,\s+[A-ZÆØÅ]/.test(first) && closesName(tokensOf(b.lines[1].text).at(-1));
}

/** The rest of an open row's cells after a wrapped name: `Fjellregionen` / `Næringsforening`, then `Bondelaget, NIBIO 2024–2025 Innenfor budsjett`. */
function restOfOpenRow(b: Block, tokens: string[], lex: ActorLexicon): boolean {
  const first = b.lines[0].text;
  const ts = timeStart(tokens, tokens.length, lex);
  if (ts >= 1 && (/,$/.test(tokens[0]) || ts <= TEXT_BLOCK.timeNearStart)) return true;
  // the row still waits for its time: a line that opens with one is that cell (`Plan klar innen november 2022 Innenfor rammen`)
  if (ts === 0 && looksLikeTimeframe(withNextWord(b))) return true;
  return isNameList(first.split(',').map((x) => x.trim()).filter(Boolean));
}

/** One line after the text: cells when it ends in a timeframe or names a known actor at a cell boundary. */
function oneLineAfterTextIsText(first: string, tokens: string[], lex: ActorLexicon): boolean {
  const tsLine = timeStart(tokens, tokens.length, lex);
  const namesBefore = tokens.slice(0, Math.max(0, tsLine)).join(' ').split(',').map((x) => x.trim()).filter(Boolean);
  // a long line of names and a time: `Regionrådet Destinasjonsselskapet, Innlandet fylkeskommune, Øyer næringsforum Innen desember 2022`
  if (tsLine >= 1 && isNameList(namesBefore)) return false;
  if (first.length > TEXT_BLOCK.longLineChars) return true;
  if (timeStart(tokens, tokens.length, lex) >= 1) return false;
  if (tokens.some((_, p) => p > 0 && actorAt(tokens, p, lex) > 0 && boundaryScore(tokens, p, lex, new Set()) > 0)) return false;
  return first.length >= TEXT_BLOCK.textLineMinChars;
}

/** A block that reads as cells whatever comes before it: a known name, a time cell, a `Name,` list, a short line. */
function looksLikeCells(b: Block, tokens: string[], lex: ActorLexicon): boolean {
  const first = b.lines[0].text;
  const known = actorAt(tokens, 0, lex);
  const contWidest = Math.max(0, ...b.lines.slice(1).map((l) => l.text.length));
  if (known && !(b.lines.length > 1 && contWidest > CELL_WIDTH + TEXT_BLOCK.widerThanCell && tokens[known] && !isCap(tokens[known]))) return true;
  if (looksLikeTimeframe(withNextWord(b)) && (first.length <= TEXT_BLOCK.timeLineMaxChars || (b.lines.length === 1 && TIME_CELL_OPENER.test(tokens[0])))) return true;
  if (/,$/.test(tokens[0]) && first.length < TEXT_BLOCK.nameListMaxChars) return true;
  return tokens.length <= TEXT_BLOCK.shortLineMaxWords && first.length <= TEXT_BLOCK.shortLineMaxChars && b.lines.length === 1;
}

/** True when a block starts a new action's text (or a second paragraph of it) rather than holding cells. */
export function isTextBlock(b: Block, lex: ActorLexicon, afterText: boolean, rowOpen = true): boolean {
  const first = b.lines[0].text;
  const { tokens } = tokenise(first);
  // bullet items under an action's text belong to that text
  if (afterText && b.lines[0].bullet) return true;
  // the text going on at the top of the next page: ` medier` after `… spill og interaktive`
  if (afterText && b.lines[0].indented && /^[a-zæøå]/.test(first)) return true;
  if (afterText && namesEndingInLegalForm(b)) return false;
  if (looksLikeCells(b, tokens, lex)) return false;
  // cells sharing a long line, the timeframe wrapping: `Kunnskapsparken Regionrådet, NHO Innlandet, Destinasjonsselskapet Høsten` / `2013 1 000 000`
  if (afterText && b.lines.length > 1) {
    const all = b.lines.flatMap((l) => tokensOf(l.text));
    const ts = timeStart(all, tokens.length, lex);
    if (ts >= 1 && ts <= tokens.length && all.slice(0, ts).some((t) => /,$/.test(t))) return false;
  }
  if (b.lines.length > 2 && afterText) return wrapWidth({ ...b, lines: b.lines.slice(1) }) > CELL_WIDTH;
  if (b.lines.length > 1) return wrapWidth(b) > CELL_WIDTH || (!afterText && !rowOpen);
  if (!afterText && rowOpen && restOfOpenRow(b, tokens, lex)) return false;
  if (!afterText) return true;
  return oneLineAfterTextIsText(first, tokens, lex);
}

/** The columns that decide when a row is complete. */
interface TableShape {
  hasTime: boolean;
  hasFinancing: boolean;
  /** The timeframe is the table's last column: once a row has it, the row is done. */
  timeIsLast: boolean;
}

/** Where the grouping stands between two blocks. */
interface Grouping {
  rows: RowBlocks[];
  /** The last block was action text with no cells on it: a text block after it continues that text. */
  afterText: boolean;
  /** The current row has its timeframe cell. */
  rowHasTime: boolean;
  /** The current row has its financing cell (a block of cells came after its time, in a table with financing). */
  rowHasFinancing: boolean;
  /** The row's text ended with a colon (`… langs tre akser:`): indented or bulleted items after it are more text. */
  listOpen: boolean;
}

/** Whether a block is action text, given where the row stands. `ts` is where a time cell starts in the block. */
function readsAsText(b: Block, g: Grouping, shape: TableShape, lex: ActorLexicon, ts: number): boolean {
  const text = isTextBlock(b, lex, g.afterText, g.rows.length > 0 && !g.rowHasTime);
  // items of a list the action text opens with a colon, their bullets lost to indentation
  if (!text && g.afterText && g.listOpen && (b.lines[0].indented || b.lines[0].bullet)) return true;
  // once a row has its time (and its financing, if the table has that column and the block could be it), a block
  // that is no timeframe starts the next row
  const rowDone = g.rowHasTime && (shape.timeIsLast || g.rowHasFinancing || !FINANCING_CUE.test(b.lines[0].text));
  if (!text && rowDone && g.rows.length && !looksLikeTimeframe(withNextWord(b)) && ts !== 0) return true;
  return text;
}

/** Puts a block in the row it belongs to: more text of the row, a new row, or cells of the current row. */
function placeBlock(g: Grouping, b: Block, text: boolean, shape: TableShape): void {
  if (text && g.afterText) g.rows[g.rows.length - 1].text.push(b);
  else if (text || !g.rows.length) {
    g.rows.push({ text: text ? [b] : [], cells: text ? [] : [b] });
    g.rowHasTime = false;
    g.rowHasFinancing = false;
  } else {
    if (g.rowHasTime && shape.hasFinancing) g.rowHasFinancing = true;
    g.rows[g.rows.length - 1].cells.push(b);
  }
}

/** Updates the row's state after a block: its time cell, its financing, whether text may go on. */
function afterBlock(g: Grouping, b: Block, text: boolean, shape: TableShape, lex: ActorLexicon, ts: number): void {
  // a text line that carries cells (`Forstudie bedriftsnettverk LRU Sportsutstyrsprodusenter Våren 2015`) ends the text
  const firstTextBlock = !(g.afterText && g.rows[g.rows.length - 1].text.length > 1);
  const carriesCells = text && firstTextBlock && (cellsOnTextLine(b, lex, shape.hasTime) ?? cellsOnLastLine(b, lex, shape.hasTime)) !== undefined;
  if (shape.hasTime && (!text || carriesCells) && ts >= (text ? 2 : 0)) {
    if (g.rowHasTime && shape.hasFinancing) g.rowHasFinancing = true;
    g.rowHasTime = true;
  }
  g.afterText = text && !carriesCells;
  if (text) g.listOpen = /:$/.test(b.lines[b.lines.length - 1].text) || (g.listOpen && !!(b.lines[0].indented || b.lines[0].bullet));
}

/**
 * Groups the blocks under an action-table header into rows: a text block starts a row unless it follows another
 * text block; once a row has its timeframe (the last column), the next block that is not a timeframe starts a new row.
 */
export function groupRowBlocks(blocks: Block[], header: TableHeader, lex: ActorLexicon): RowBlocks[] {
  const roles = header.roles.filter((r) => r !== 'text');
  const shape: TableShape = { hasTime: roles.includes('timeframe'), hasFinancing: roles.includes('financing'), timeIsLast: header.roles[header.roles.length - 1] === 'timeframe' };
  const g: Grouping = { rows: [], afterText: false, rowHasTime: false, rowHasFinancing: false, listOpen: false };
  for (const b of blocks) {
    // a page number the normaliser kept (`7` between two rows) is no cell
    if (b.lines.length === 1 && /^\d{1,3}$/.test(b.lines[0].text)) continue;
    const all = b.lines.flatMap((l) => tokensOf(l.text));
    const ts = timeStart(all, tokenise(b.lines[0].text).tokens.length, lex);
    const text = readsAsText(b, g, shape, lex, ts);
    placeBlock(g, b, text, shape);
    afterBlock(g, b, text, shape, lex, ts);
  }
  return g.rows;
}
