/**
 * Action tables in any column order, with or without a number column (`Nr. Tiltak Ansvarlig Periode`,
 * `Tiltak Tidsramme Ansvarlig Samarbeid`): rows found by their number or by their blocks, each row's cells cut
 * by evidence — time expressions, `-` for an empty cell, names the document repeats, legal forms — and the
 * lines where the PDF wrapped the text and a cell side by side (`innen hydrogen, batteri og Kunnskapsparken` /
 * `prosessteknologi Helgeland AS`). A cut the evidence does not settle is kept and marked uncertain.
 * The classic order (text, responsible, partners, timeframe, financing) is read by `splitActionRows`.
 */
import type { Block } from '../segment.ts';
import { joinLines } from '../segment.ts';
import type { SourceLine } from '../types.ts';
import type { Uncertain } from '../../schemas/uncertain.ts';
import type { ActionRow } from './action-table.ts';
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { boundaryScore } from './cell-boundary.ts';
import { blockByCount, splitRowsAtTimeCells, wholeBlockCells } from './block-cells.ts';
import { amountLength, CELL_CUT, cellStart, EMPTY_CELL, endsOrganisation, timeCellStart, timePrefixEnd } from './cell-start.ts';
import { cellEndsOnLine, finishesName, firstNameOpen, openNameStart, textLeftOpen } from './open-cell.ts';
import { closesName, CONNECTORS, isCapitalised, numberingStyle, PREPOSITION, rowNumberAt, tokensOf, type NumberingStyle } from './table-tokens.ts';
import type { ColumnRole, TableHeader } from './table-header.ts';
import { isTimeMarker, looksLikeTimeframe } from './timeframe.ts';
import { NAME_CLOSING_HEADS } from '../../vocabulary/action-table.ts';

/** Words after which a cell goes on on the next line: `Nord universitet og`, `Kommunene,`, `Vest-`. */
const OPEN_END = /(?:\s(?:og|i|for|v\/)|[,/-])$/;

/** A line's words; a dash the normaliser took for a bullet (`- Kommunene Matnettverket`) is an empty cell here. */
const lineTokens = (l: SourceLine) => (l.bullet && /^[-–]\s/.test(l.raw.trim()) ? ['-', ...tokensOf(l.text)] : tokensOf(l.text));

/** The cells of one row as text so far, by role. */
type Cells = Partial<Record<ColumnRole, string>>;

/** One row's lines, and where the number column put its number. */
interface RowLines {
  number?: string;
  /** Blocks of the row, in order; the first may start with the row's number. */
  blocks: SourceLine[][];
  /** The line of a row number standing alone, when it did. */
  numberLine?: number;
}

/** Rows of a numbered table: each starts at a line opening with a row number. */
function numberedRows(blocks: Block[]): RowLines[] {
  const rows: RowLines[] = [];
  let style: NumberingStyle | undefined;
  for (const b of blocks) {
    for (const l of b.lines) {
      // a page number the normaliser kept is no part of a row
      if (/^\d{1,3}$/.test(l.text)) continue;
      const m = rowNumberAt(l.text, style);
      if (m && !isTimeMarker(m.number)) {
        style ??= numberingStyle(m.number);
        const rest = l.text.slice(m.length).trim();
        // a number alone on its line (block-wise rows): its line counts for the row's source, its text follows
        rows.push({ number: m.number, blocks: [rest ? [{ ...l, text: rest }] : []], numberLine: rest ? undefined : l.no });
      } else if (rows.length) {
        const row = rows[rows.length - 1];
        row.blocks[row.blocks.length - 1].push(l);
      }
    }
    if (rows.length) rows[rows.length - 1].blocks.push([]);
  }
  for (const r of rows) r.blocks = r.blocks.filter((x) => x.length);
  return rows;
}

/** True when a block is cells, not action text: it opens with the first cell's evidence (a time, `-`, a list of names). */
function isCellBlock(b: Block, first: ColumnRole, lex: ActorLexicon, rowHasCells = false): boolean {
  const text = b.lines[0].text;
  const tokens = lineTokens(b.lines[0]);
  if (EMPTY_CELL.test(tokens[0])) return true;
  if (first === 'timeframe' && looksLikeTimeframe(text) && (isTimeMarker(tokens[0]) || tokens.length <= 2 || isTimeMarker(tokens[1] ?? ''))) return true;
  if (first === 'timeframe' && !rowHasCells) return false;
  // the rest of a row's cells: a list of names (`Kommunene, Innovasjon` / `Norge`), a short name, a known one
  if (/,$/.test(tokens[0]) || /^[A-ZÆØÅ][^,]{0,30},\s*[A-ZÆØÅ]/.test(text) || (tokens.length <= 3 && text.length <= 30)) return true;
  return actorAt(tokens, 0, lex) > 0 && text.length < 40;
}

/** Rows of an unnumbered table: a text block (or several) then cell blocks; a cell block after cells that reads as text opens the next row. */
function blockRows(blocks: Block[], header: TableHeader, lex: ActorLexicon): RowLines[] {
  const roles = header.roles.filter((r) => r !== 'text' && r !== 'number');
  const first = roles[0];
  const rows: RowLines[] = [];
  let inCells = true;
  // cells the current row has read block by block (one block per cell), counted from its first cell block
  let cellBlocks = 0;
  // a time column right after the text: a capitalised line with its own time cell opens a row inside a block
  const rowOpens = (l: SourceLine) => first === 'timeframe' && cellStart(tokensOf(l.text), roles, lex).at > 0;
  const kept = blocks.filter((b) => !(b.lines.length === 1 && /^\d{1,3}$/.test(b.lines[0].text))).flatMap((b) => splitRowsAtTimeCells(b.lines, rowOpens));
  kept.forEach((lines, i) => {
    const b = { lines, first: lines[0].no, last: lines[lines.length - 1].no };
    // the header's column count: a row read block by block takes one block per column
    const byCount = cellStart(tokensOf(lines[0].text), roles, lex).at > 0 ? undefined : blockByCount(kept, i, cellBlocks, roles);
    const cells: boolean = rows.length > 0 && byCount !== 'row' && (byCount === 'cell' || isCellBlock(b, first, lex, inCells) || (inCells && b.lines.length === 1 && b.lines[0].text.length < 25));
    if (!cells && (inCells || !rows.length)) rows.push({ blocks: [] });
    cellBlocks = cells ? cellBlocks + 1 : 0;
    if (rows.length) rows[rows.length - 1].blocks.push(b.lines);
    // a text block whose first line carries the cells (`Tilby etablererkurs … 2024 - NAV …`) closes its row's text
    inCells = cells || cellStart(tokensOf(b.lines[0].text), roles, lex).at > 0;
  });
  return rows;
}

/**
 * The tail of a wrapped text line that continues the open cell beside it: `… batteri og | Kunnskapsparken`,
 * `… på Helgeland | Helgelandsrådet`, `lokale leverandører til | Helgeland AS`. Returns where it starts, or the
 * line's length when the whole line is text.
 */
function cellTail(tokens: string[], cellOpen: boolean, lex: ActorLexicon): number {
  let p = tokens.length;
  const inName = (t: string, i: number) => isCapitalised(t) || closesName(t) || (i === tokens.length - 1 && NAME_CLOSING_HEADS.includes(t));
  while (p > 0 && inName(tokens[p - 1], p - 1)) p--;
  // an open cell must go on here: its name may end in lower-case words (`fiskeindustrien | Andøy videregående`)
  if (p === tokens.length && cellOpen) return openNameStart(tokens);
  if (p === tokens.length || p === 0) return tokens.length;
  // a word written twice where the text ends and the name starts (`… Hyllestad og Solund | Solund kommune`)
  for (let k = p; k < tokens.length - 1; k++) if (tokens[k] === tokens[k + 1]) p = k + 1;
  // a name closed by a legal form or a public body's head (`Namsos kommune`) takes every capitalised word before it
  if (closesName(tokens[tokens.length - 1]) || NAME_CLOSING_HEADS.includes(tokens[tokens.length - 1])) return p;
  // an open cell whose list goes on past the line (`Statsforvaltaren i` / `… oppdrett i | Vestland,`): the run is the cell's
  if (cellOpen && /,$/.test(tokens[tokens.length - 1])) return p;
  // the capitalised word after a preposition is its object, part of the text (a known name of several words too)
  if (PREPOSITION.test(tokens[p - 1])) p += Math.max(1, actorAt(tokens, p, lex));
  if (p >= tokens.length) return tokens.length;
  return cellOpen || !/^(og|eller|samt)$/i.test(tokens[p - 1]) ? p : tokens.length;
}

/**
 * Where a name starts when it ends the line after words that are no name's (a lower-case word that joins nothing:
 * `Museum og reiselivet | Fjordkysten Reiseliv AS`): a name the document knows, or capitalised words closed by a
 * legal form; -1 when the line reads as names.
 */
function knownNameEndingLine(tokens: string[], lex: ActorLexicon): number {
  const textWord = (t: string) => /^[a-zæøå]/.test(t) && !CONNECTORS.has(t.toLowerCase());
  let run = tokens.length;
  while (run > 0 && (isCapitalised(tokens[run - 1]) || closesName(tokens[run - 1]))) run--;
  if (closesName(tokens[tokens.length - 1]) && run > 0 && run < tokens.length - 1 && textWord(tokens[run - 1])) return run;
  for (let q = 1; q < tokens.length; q++) {
    const n = closesName(tokens[q]) ? 0 : actorAt(tokens, q, lex);
    // the known name may be written with its legal form after it (`Fjordkysten Reiseliv` + `AS`)
    if (!n || (q + n !== tokens.length && !(q + n === tokens.length - 1 && closesName(tokens[tokens.length - 1])))) continue;
    return tokens.slice(0, q).some(textWord) ? q : -1;
  }
  return -1;
}

/** Where `og` stands after a complete name and before the next cell's capitalised word (`Ørsta kommune og Husbanken`), in a run without commas; -1 if nowhere. */
function ogLeftOpen(names: string[]): number {
  if (names.some((t) => t.endsWith(','))) return -1;
  return names.findIndex((t, q) => t === 'og' && q > 0 && endsOrganisation(names[q - 1]) && isCapitalised(names[q + 1] ?? ''));
}

/**
 * A line below the one that opened a row's cells: the text goes on beside the cells, or the line is all cell. Adds to
 * `text` and `pieces`; returns a doubt when the line's reading is a guess.
 */
function continueCells(tokens: string[], text: string[], pieces: string[][], lex: ActorLexicon): string | undefined {
  const lastPiece = pieces[pieces.length - 1];
  const timeAt = timeCellStart(lastPiece);
  const names = timeAt > 0 ? lastPiece.slice(0, timeAt) : lastPiece;
  const open = OPEN_END.test(names.join(' '));
  const prevText = text[text.length - 1] ?? '';
  if (isCapitalised(tokens[0]) && !textLeftOpen(prevText)) {
    // a line of text going on before a name the document knows (`Museum og reiselivet | Fjordkysten Reiseliv AS`)
    const at = knownNameEndingLine(tokens, lex);
    if (at > 0) text.push(tokens.slice(0, at).join(' '));
    pieces.push(at > 0 ? tokens.slice(at) : tokens);
    return;
  }
  // the text goes on, then a year ending the time cell and a head finishing the first name (`… regionråd 2026`)
  const openAt = pieces.length === 1 ? firstNameOpen(names, actorCut(names, lex)) : 0;
  const ends = pieces.length === 1 ? cellEndsOnLine(tokens, timeAt > 0 && !lastPiece.slice(timeAt).some((t) => /\d{4}/.test(t)), openAt > 0) : undefined;
  if (ends) {
    text.push(tokens.slice(0, ends.at).join(' '));
    if (ends.year) lastPiece.push(ends.year);
    if (ends.head) lastPiece.splice(openAt, 0, ends.head);
    return;
  }
  const finish = finishesName(tokens, names, prevText);
  if (finish) {
    pieces.push(tokens);
    return finish.sure ? undefined : `usikkert om «${tokens.join(' ')}» avslutter navnet i cellen eller tiltaksteksten`;
  }
  // a list that goes on (`NAV Indre Østfold,` / `voksenopplæringen`): a short line is its next name, unless it is
  // text then a name (`kommuneplanane Fiskeridirektoratet`), which the tail below cuts
  const textThenName = tokens.length === 2 && !isCapitalised(tokens[0]) && isCapitalised(tokens[1]);
  if (/,$/.test(lastPiece.join(' ')) && ((tokens.length <= 2 && !textThenName) || tokens.join(' ').includes(','))) {
    pieces.push(tokens);
    return;
  }
  const at = cellTail(tokens, open, lex);
  text.push(tokens.slice(0, at).join(' '));
  if (at >= tokens.length) return undefined;
  // a whole name wrapped from a cell that ended its first line in `og` (`Ørsta kommune og` | `Husbanken` / `Vanylven kommune`)
  const og = pieces.length === 1 ? ogLeftOpen(names) : -1;
  if (og < 0 || !endsOrganisation(tokens[tokens.length - 1])) return void pieces.push(tokens.slice(at));
  lastPiece.splice(og + 1, 0, ...tokens.slice(at));
  return `usikkert om «${tokens.slice(at).join(' ')}» hører til navnet før «og» i første celle`;
}

/** Splits the lines of a row into its text and its cell pieces (the first piece cut by roles, the rest continuing a cell). */
function textAndCells(row: RowLines, roles: ColumnRole[], lex: ActorLexicon): { text: string[]; pieces: string[][]; uncertain?: string } {
  const text: string[] = [];
  const pieces: string[][] = [];
  let uncertain: string | undefined;
  let cellsOpen = false;
  row.blocks.forEach((lines, bi) => {
    const firstTokens = lineTokens(lines[0]);
    const asCells = bi > 0 && (pieces.length > 0 || isCellBlock({ lines, first: 0, last: 0 }, roles[0], lex, cellsOpen));
    if (asCells) {
      pieces.push(lines.flatMap(lineTokens));
      return;
    }
    lines.forEach((l, li) => {
      const tokens = li === 0 ? firstTokens : lineTokens(l);
      if (!cellsOpen) {
        const start = cellStart(tokens, roles, lex);
        if (start.at > 0) {
          text.push(tokens.slice(0, start.at).join(' '));
          pieces.push(tokens.slice(start.at));
          cellsOpen = true;
          if (start.score < CELL_CUT.sure) uncertain = 'usikkert hvor tiltaksteksten slutter og cellene begynner';
        } else text.push(l.text);
        return;
      }
      uncertain ??= continueCells(tokens, text, pieces, lex);
    });
  });
  return { text, pieces, uncertain };
}

/** The best place to cut actor tokens into two cells, with how sure it is. */
function actorCut(tokens: string[], lex: ActorLexicon): { at: number; score: number; margin: number } {
  const scored: { at: number; score: number }[] = [];
  for (let p = 1; p < tokens.length; p++) {
    if (EMPTY_CELL.test(tokens[p])) scored.push({ at: p, score: Infinity });
    else {
      const s = boundaryScore(tokens, p, lex, new Set());
      if (s > -Infinity) scored.push({ at: p, score: s });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best) return { at: -1, score: -Infinity, margin: 0 };
  return { ...best, margin: next ? best.score - next.score : Infinity };
}

/** Cuts one run of cell tokens into the given roles, in order; `mustFill`: no later piece can fill a role left empty. */
function cutByRoles(tokens: string[], roles: ColumnRole[], lex: ActorLexicon, mustFill: boolean): { cells: Cells; filled: number; uncertain?: string } {
  const cells: Cells = {};
  let k = 0;
  let filled = 0;
  let uncertain: string | undefined;
  for (let i = 0; i < roles.length && k < tokens.length; i++) {
    const role = roles[i];
    const next = roles[i + 1];
    filled = i + 1;
    if (EMPTY_CELL.test(tokens[k])) {
      cells[role] = '';
      k++;
      continue;
    }
    let end = tokens.length;
    if (role === 'timeframe' && next) end = timePrefixEnd(tokens, k);
    else if (next === 'timeframe' && timeCellStart(tokens.slice(k)) === 0) end = k;
    else if (role === 'financing' && next) end = k + amountLength(tokens.slice(k));
    else if (next === 'timeframe' || next === 'financing') {
      const t = next === 'timeframe' ? timeCellStart(tokens.slice(k)) : tokens.slice(k).findIndex((x) => /^\d/.test(x));
      if (t > 0) end = k + t;
    } else if (next) {
      // two actor cells part before the time cell that ends the run, never inside it (`… bedriftene | Kvart år`)
      const timeAt = roles.slice(i + 1).includes('timeframe') ? timeCellStart(tokens.slice(k)) : -1;
      const cut = actorCut(timeAt > 0 ? tokens.slice(k, k + timeAt) : tokens.slice(k), lex);
      const enough = cut.score >= CELL_CUT.weakest || (mustFill && cut.at > 0);
      if (cut.at > 0 && enough) {
        end = k + cut.at;
        if (cut.score < CELL_CUT.sure || cut.margin < CELL_CUT.margin) uncertain = `usikkert skille mellom ${role === 'responsible' ? 'ansvarlig' : 'cellene'} og neste kolonne («${tokens.slice(k, end).join(' ')}» | «${tokens.slice(end).join(' ')}»)`;
      } else if (timeAt > 0) {
        // no cut between the actor cells: this cell runs up to the time, the next is left empty, a doubt if it lists names
        end = k + timeAt;
        if (/,|\s(og|and|&)\s/.test(tokens.slice(k, end).join(' '))) uncertain = `fant ikke skillet mellom ${role === 'responsible' ? 'ansvarlig' : 'cellene'} og neste kolonne i «${tokens.slice(k, end).join(' ')}»`;
      } else if (mustFill && cut.at < 0) filled = i + 1;
    }
    cells[role] = tokens.slice(k, end).join(' ');
    k = end;
  }
  return { cells, filled, uncertain };
}

/** Appends text to a cell, as a wrapped line continues it. */
const appendCell = (cells: Cells, role: ColumnRole, tokens: string[]) => {
  cells[role] = joinLines([cells[role] ?? '', tokens.join(' ')]);
};

/** Builds one row's cells from its pieces: the first cut by roles, later ones fill the roles still empty or continue the open cell. */
function rowCells(pieces: string[][], roles: ColumnRole[], lex: ActorLexicon): { cells: Cells; uncertain?: string } {
  const cells: Cells = {};
  let filled = 0;
  let uncertain: string | undefined;
  pieces.forEach((piece, pi) => {
    const last = pi === pieces.length - 1;
    const open = filled > 0 && OPEN_END.test(cells[roles[filled - 1]] ?? '');
    if (pi === 0 || (filled < roles.length && !open)) {
      const r = cutByRoles(piece, roles.slice(filled), lex, last);
      for (const [role, text] of Object.entries(r.cells)) cells[role as ColumnRole] = text;
      filled += r.filled;
      uncertain ??= r.uncertain;
      return;
    }
    // the rest of a wrapped cell: the rightmost actor cell written so far
    const actor = [...roles.slice(0, filled)].reverse().find((r) => (r === 'responsible' || r === 'partners') && cells[r]);
    appendCell(cells, actor ?? roles[Math.max(0, filled - 1)], piece);
  });
  return { cells, uncertain };
}

/**
 * Splits the blocks under a header of any column order into rows (by row number, or text blocks then cell
 * blocks) and each row into its cells.
 * @example splitAnyOrderRows(blocks, parseTableHeader('Nr. Tiltak Ansvarlig Periode')!, lex)[0].responsible // 'Mo Industripark AS'
 */
export function splitAnyOrderRows(blocks: Block[], header: TableHeader, lex: ActorLexicon): (ActionRow & { number?: string })[] {
  const roles = header.roles.filter((r) => r !== 'text' && r !== 'number');
  const rows = header.roles.includes('number') ? numberedRows(blocks) : blockRows(blocks, header, lex);
  return rows.map((row) => {
    // one block per column: each block is its cell, nothing to cut (a number alone on its line opened the row, or none)
    const whole = row.number === undefined || row.numberLine !== undefined ? wholeBlockCells(row.blocks, roles) : undefined;
    const { text, pieces, uncertain: textDoubt } = whole ? { text: row.blocks[0].map((l) => l.text), pieces: [], uncertain: undefined } : textAndCells(row, roles, lex);
    const { cells, uncertain: cellDoubt } = whole ? { cells: whole, uncertain: undefined } : rowCells(pieces, roles, lex);
    const lines = [...row.blocks.flat().map((l) => l.no), ...(row.numberLine !== undefined ? [row.numberLine] : [])];
    const first = Math.min(...lines);
    const last = Math.max(...lines);
    const reason = textDoubt ?? cellDoubt;
    const warnings = cells.responsible === undefined && roles.includes('responsible') ? ['fant ikke hovedansvarlig i raden'] : [];
    return {
      number: row.number,
      text: joinLines(text),
      responsible: cells.responsible ?? '',
      partners: cells.partners ?? '',
      timeframe: cells.timeframe ?? '',
      financing: cells.financing || undefined,
      responsibleText: cells.responsible ?? '',
      partnersText: cells.partners ?? '',
      first,
      last,
      warnings,
      ...(reason ? { uncertain: { reason, lines: [first, last] as [number, number] } } : {}),
    };
  });
}
