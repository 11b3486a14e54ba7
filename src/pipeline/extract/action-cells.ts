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
import { boundaryScore, textSplit } from './cell-boundary.ts';
import { closesName, isCapitalised, tokensOf } from './table-tokens.ts';
import type { ColumnRole, TableHeader } from './table-header.ts';
import { isTimeMarker, looksLikeTimeframe } from './timeframe.ts';
import { NAME_CLOSING_HEADS } from '../../vocabulary/action-table.ts';

/** Thresholds for cutting cells. */
const CELL_CUT = {
  /** A boundary between two actor cells scoring less than this is a guess: the row is marked uncertain. */
  sure: 2,
  /** The best boundary must beat the next best by this much to be sure. */
  margin: 1,
  /** Below this a boundary is not taken at all when a later block of the row can fill the next cell. */
  weakest: 1.5,
};

/** A row number opening a line: `1.1`, `2.`, `12`. */
const ROW_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\S)/;
/** An empty cell as the tables write it. */
const EMPTY_CELL = /^[-–]$/;
/** Prepositions whose object is the capitalised word after them, in the text (`til Statnett`, `på Helgeland`). */
const PREPOSITION = /^(i|på|til|for|av|med|mot|om|fra|frå|ved|langs|over|under|mellom|innen|innan|overfor)$/i;
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
}

/** Rows of a numbered table: each starts at a line opening with a row number. */
function numberedRows(blocks: Block[]): RowLines[] {
  const rows: RowLines[] = [];
  for (const b of blocks) {
    for (const l of b.lines) {
      // a page number the normaliser kept is no part of a row
      if (/^\d{1,3}$/.test(l.text)) continue;
      const m = ROW_NUMBER.exec(l.text);
      if (m && !isTimeMarker(m[1])) rows.push({ number: m[1], blocks: [[{ ...l, text: l.text.slice(m[0].length) }]] });
      else if (rows.length) {
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
  const first = header.roles.filter((r) => r !== 'text' && r !== 'number')[0];
  const rows: RowLines[] = [];
  let inCells = true;
  for (const b of blocks) {
    if (b.lines.length === 1 && /^\d{1,3}$/.test(b.lines[0].text)) continue;
    const cells: boolean = rows.length > 0 && (isCellBlock(b, first, lex, inCells) || (inCells && b.lines.length === 1 && b.lines[0].text.length < 25));
    if (!cells && (inCells || !rows.length)) rows.push({ blocks: [] });
    if (rows.length) rows[rows.length - 1].blocks.push(b.lines);
    // a text block whose first line carries the cells (`Tilby etablererkurs … 2024 - NAV …`) closes its row's text
    inCells = cells || cellStart(tokensOf(b.lines[0].text), header.roles.filter((r) => r !== 'text' && r !== 'number'), lex).at > 0;
  }
  return rows;
}

/** Where the cells start on a text line: the first cell's evidence after some text (`… innvandrere 2024 - NAV …`). */
function cellStart(tokens: string[], roles: ColumnRole[], lex: ActorLexicon): { at: number; score: number } {
  const first = roles[0];
  if (first === 'timeframe') {
    for (let p = 2; p < tokens.length; p++) {
      if (EMPTY_CELL.test(tokens[p]) || (isTimeMarker(tokens[p]) && looksLikeTimeframe(tokens.slice(p).join(' ')) && (isCapitalised(tokens[p]) || /^\d/.test(tokens[p])))) return { at: p, score: CELL_CUT.sure };
    }
    return { at: -1, score: 0 };
  }
  const timeAt = roles[roles.length - 1] === 'timeframe' ? timeCellStart(tokens) : -1;
  if (timeAt < 0) return textSplit(tokens, new Set(), lex, timeAt);
  return actorStartBefore(tokens, timeAt, lex);
}

/** Weights for where an actor cell starts between a row's text and its time cell (`… ny kraft og | Helgelandsrådet 1. halvår 2024`). */
const ACTOR_START = {
  /** A name the document repeats, or a place name with an organisation word (`Brønnøy kommune`), starts here. */
  known: 3,
  /** The capitalised run ends in a legal form (`Mo Industripark AS`). */
  legalForm: 2,
  /** The word before is lower case: a capitalised run starts here. */
  runStart: 1,
  /** The word before is a preposition: the capitalised word is its object, part of the text. */
  afterPreposition: -3,
  /** Each lower-case word between here and the time that is no part of a name. */
  lowerCaseAfter: -2,
};

/** The best start of the actor cells on a text line whose time cell starts at `timeAt`; the text wraps freely, even after `og`. */
function actorStartBefore(tokens: string[], timeAt: number, lex: ActorLexicon): { at: number; score: number } {
  const scored: { at: number; score: number }[] = [];
  for (let p = 1; p < timeAt; p++) {
    if (!isCapitalised(tokens[p]) || closesName(tokens[p])) continue;
    let s = 0;
    const known = actorAt(tokens, p, lex);
    if (known) s += ACTOR_START.known;
    const runStart = !isCapitalised(tokens[p - 1]);
    const legal = runStart && closesName(tokens[timeAt - 1]) && tokens.slice(p, timeAt).every((t) => isCapitalised(t) || closesName(t));
    if (legal) s += ACTOR_START.legalForm;
    if (runStart) s += ACTOR_START.runStart;
    if (PREPOSITION.test(tokens[p - 1]) && !known && !legal) s += ACTOR_START.afterPreposition;
    for (let q = p + Math.max(1, known); q < timeAt; q++) if (!isCapitalised(tokens[q]) && !(q === timeAt - 1 && /^(og|,)$/.test(tokens[q]))) s += ACTOR_START.lowerCaseAfter;
    scored.push({ at: p, score: s });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best) return { at: timeAt, score: 0 };
  const sure = !next || best.score - next.score >= CELL_CUT.margin;
  return { at: best.at, score: sure ? Math.max(best.score, CELL_CUT.sure) : best.score };
}

/** Where a trailing timeframe starts on a line: the first time marker after which the line is all time. */
function timeCellStart(tokens: string[]): number {
  for (let p = 0; p < tokens.length; p++) {
    const ordinal = /^\d{1,2}\.$/.test(tokens[p]) && isTimeMarker(tokens[p + 1] ?? '');
    if ((isTimeMarker(tokens[p]) || ordinal) && tokens.slice(p).every((t) => isTimeMarker(t) || /^\d{1,2}\.$/.test(t) || /^[a-zæøå]+$/.test(t))) return p;
  }
  return -1;
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
  if (p === tokens.length || p === 0) return tokens.length;
  // a name closed by a legal form or a public body's head (`Namsos kommune`) takes every capitalised word before it
  if (closesName(tokens[tokens.length - 1]) || NAME_CLOSING_HEADS.includes(tokens[tokens.length - 1])) return p;
  // the capitalised word after a preposition is its object, part of the text (a known name of several words too)
  if (PREPOSITION.test(tokens[p - 1])) p += Math.max(1, actorAt(tokens, p, lex));
  if (p >= tokens.length) return tokens.length;
  return cellOpen || !/^(og|eller|samt)$/i.test(tokens[p - 1]) ? p : tokens.length;
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
      // a line below the one that opened the cells: the text goes on beside the cell, or the line is all cell
      const lastPiece = pieces[pieces.length - 1];
      const timeAt = timeCellStart(lastPiece);
      const open = OPEN_END.test((timeAt > 0 ? lastPiece.slice(0, timeAt) : lastPiece).join(' '));
      const prevText = text[text.length - 1] ?? '';
      if (isCapitalised(tokens[0]) && !/(-|\s(?:i|på|til|for|av|og))$/.test(prevText)) {
        pieces.push(tokens);
        return;
      }
      // a list that goes on (`NAV Indre Østfold,` / `voksenopplæringen`): a short line is its next name
      if (/,$/.test(lastPiece.join(' ')) && (tokens.length <= 2 || tokens.join(' ').includes(','))) {
        pieces.push(tokens);
        return;
      }
      const at = cellTail(tokens, open, lex);
      text.push(tokens.slice(0, at).join(' '));
      if (at < tokens.length) pieces.push(tokens.slice(at));
    });
  });
  return { text, pieces, uncertain };
}

/** Where a time cell that opens the tokens ends: time markers, ordinals and the lower-case words between them. */
function timePrefixEnd(tokens: string[], k: number): number {
  let j = k;
  const rangeDash = (i: number) => i > k && /^[–-]$/.test(tokens[i]) && isTimeMarker(tokens[i + 1] ?? '');
  while (j < tokens.length && (isTimeMarker(tokens[j]) || /^\d{1,2}\.$/.test(tokens[j]) || (j > k && /^[a-zæøå]+$/.test(tokens[j])) || rangeDash(j))) j++;
  // a lower-case word that ended the run belongs to the next cell only if it is no time word: trim trailing joiners
  while (j > k + 1 && /^(og|i|av|til)$/.test(tokens[j - 1])) j--;
  return j;
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
    else if (role === 'financing' && next) end = k + Math.max(1, tokens.slice(k).findIndex((t) => !/^[\d.,]+$/.test(t)));
    else if (next === 'timeframe' || next === 'financing') {
      const t = next === 'timeframe' ? timeCellStart(tokens.slice(k)) : tokens.slice(k).findIndex((x) => /^\d/.test(x));
      if (t > 0) end = k + t;
    } else if (next) {
      const cut = actorCut(tokens.slice(k), lex);
      const enough = cut.score >= CELL_CUT.weakest || (mustFill && cut.at > 0);
      if (cut.at > 0 && enough) {
        end = k + cut.at;
        if (cut.score < CELL_CUT.sure || cut.margin < CELL_CUT.margin) uncertain = `usikkert skille mellom ${role === 'responsible' ? 'ansvarlig' : 'cellene'} og neste kolonne («${tokens.slice(k, end).join(' ')}» | «${tokens.slice(end).join(' ')}»)`;
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
    const { text, pieces, uncertain: textDoubt } = textAndCells(row, roles, lex);
    const { cells, uncertain: cellDoubt } = rowCells(pieces, roles, lex);
    const lines = row.blocks.flat().map((l) => l.no);
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
