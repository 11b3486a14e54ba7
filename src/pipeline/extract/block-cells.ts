/**
 * Action tables extracted block-wise: each cell of a row a block of its own, blank lines between, in the header's
 * column order (`Kartleggje …` / `2026` / `Næringshagen AS` / `Vestland fylkeskommune,` `Høgskulen …`). The header
 * says how many cells a row has, so a row still short of cells takes the next block as its next cell unless that
 * block opens the next row; and a row with exactly one block per column has each block as that column's cell.
 */
import type { SourceLine } from '../types.ts';
import { joinLines } from '../segment.ts';
import { isActionVerb } from '../../vocabulary/action-verbs.ts';
import { tokensOf } from './table-tokens.ts';
import type { ColumnRole } from './table-header.ts';
import { looksLikeTimeframe } from './timeframe.ts';

/** An empty cell as the tables write it. */
const EMPTY_CELL = /^[-–]$/;
/** A text line ending here goes on: a hyphen, a comma or a word that joins (`… kartlegging av`, `… og`). */
const TEXT_OPEN_END = /(?:[-,]|\s(?:og|i|på|til|for|av|med|om|ved|som|en|et|ei|eit|ein|den|det|dei|de|mellom|frå|fra))$/i;
/** Most lines a time cell takes (`Innan utgangen` / `av 2026`); a longer block is text. */
const TIME_CELL_LINES_MAX = 2;

const textOf = (lines: SourceLine[]) => joinLines(lines.map((l) => l.text));

/** The block is an empty cell (`-`) or, under a time column, a short time (`2026–2027`, `Kvar vår`). */
function carriesCellEvidence(lines: SourceLine[], role: ColumnRole): boolean {
  const text = textOf(lines);
  if (EMPTY_CELL.test(text.trim())) return true;
  return role === 'timeframe' && lines.length <= TIME_CELL_LINES_MAX && looksLikeTimeframe(text);
}

/**
 * How the header's column count reads the block at `i`, in a row that has begun its cells block by block
 * (`cellsSoFar` cell blocks of `roles.length`): the next row starts here when an action verb opens the block
 * (`Etablere …`) or the block right after it carries the first cell's evidence (the next row's time under a time
 * column, or `-`). A row still short of cells takes any other block as its next cell (`'cell'`); a full row gives
 * way to a block that opens the next row (`'row'`). Undefined when the count says nothing.
 * @example blockByCount([['Næringshagen AS'], ['Vestland fylkeskommune']], 0, 1, ['timeframe', 'responsible', 'partners']) // 'cell'
 */
export function blockByCount(blocks: SourceLine[][], i: number, cellsSoFar: number, roles: ColumnRole[]): 'cell' | 'row' | undefined {
  if (cellsSoFar < 1) return undefined;
  const after = blocks[i + 1];
  const opensRow = isActionVerb(tokensOf(blocks[i][0]?.text ?? '')[0] ?? '') || (after !== undefined && carriesCellEvidence(after, roles[0]));
  if (cellsSoFar >= roles.length) return opensRow ? 'row' : undefined;
  return opensRow ? undefined : 'cell';
}

/**
 * A row whose blocks are its text and then exactly one block per column, each block fitting its column (a time
 * under a time column, no time under an actor column, `-` anywhere): the cells as the blocks hold them, `-` empty.
 * Undefined when the blocks do not line up with the columns, or the text is left open for the next block.
 * @example wholeBlockCells([[text], [time], [resp], [partners]], ['timeframe', 'responsible', 'partners'])?.timeframe // '2026'
 */
export function wholeBlockCells(blocks: SourceLine[][], roles: ColumnRole[]): Partial<Record<ColumnRole, string>> | undefined {
  if (blocks.length !== roles.length + 1) return undefined;
  // a text left open (`Gjennomføre en kartlegging av` / page break / `boligbehovet …`) goes on in the next block
  const textEnd = blocks[0][blocks[0].length - 1]?.text ?? '';
  if (TEXT_OPEN_END.test(textEnd)) return undefined;
  const cells: Partial<Record<ColumnRole, string>> = {};
  for (let k = 0; k < roles.length; k++) {
    const lines = blocks[k + 1];
    const text = textOf(lines);
    const fits = EMPTY_CELL.test(text.trim()) || (roles[k] === 'timeframe' ? carriesCellEvidence(lines, 'timeframe') : roles[k] === 'financing' || !looksLikeTimeframe(text));
    if (!fits) return undefined;
    cells[roles[k]] = EMPTY_CELL.test(text.trim()) ? '' : text;
  }
  return cells;
}

/**
 * A block of a table whose time column comes right after the text, cut into rows: a row written on its first line
 * with the cells beside the text (`Sikre areal til havbruk og Løpande Kommunane Statsforvaltaren i`) opens at a
 * capitalised line that carries its own time cell (`rowOpens`); the lines between continue the row above
 * (`landbasert oppdrett i Vestland,`). A block whose first line carries no cells is left whole.
 * @example splitRowsAtTimeCells([l('Sikre areal 2026 Kommunane'), l('for bygg'), l('Forprosjekt om tare 2027 Solund kommune')], opens) // two blocks
 */
export function splitRowsAtTimeCells(lines: SourceLine[], rowOpens: (l: SourceLine) => boolean): SourceLine[][] {
  if (lines.length < 2 || !rowOpens(lines[0])) return [lines];
  const out: SourceLine[][] = [[lines[0]]];
  for (const l of lines.slice(1)) {
    if (/^[A-ZÆØÅ]/.test(l.text) && rowOpens(l)) out.push([l]);
    else out[out.length - 1].push(l);
  }
  return out;
}

