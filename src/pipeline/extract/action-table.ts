/**
 * Reading an action table written in the classic column order (text, responsible, partners, timeframe,
 * financing) into rows of cells. The PDF extraction writes each row in reading order: the action text, then
 * the other cells, where cells on the same baseline share a line (`LRU Næringsliv Kartlegging innen mars` /
 * `2015`) and a wrapped cell continues on the next lines. The stages: blocks grouped into rows
 * (`row-blocks.ts`), each row's text and runs of cells separated (`cell-boundary.ts`), each run given its
 * column roles (time from `time-cell.ts`, actors cut where `boundaryScore` is strongest).
 */
import type { Block } from '../segment.ts';
import { joinLines } from '../segment.ts';
import type { SourceLine } from '../types.ts';
import type { Uncertain } from '../../schemas/uncertain.ts';
import { looksLikeTimeframe } from './timeframe.ts';
import { rowsFromCells } from './cell-rows.ts';
import { actorAt, type ActorLexicon } from './actor-lexicon.ts';
import { boundaryScore, cellsOnLastLine, cellsOnTextLine } from './cell-boundary.ts';
import { groupRowBlocks, type RowBlocks } from './row-blocks.ts';
import { CONNECTORS, tokenise, tokensOf } from './table-tokens.ts';
import type { ColumnRole, TableHeader } from './table-header.ts';
import { splitFinancing, timeStart } from './time-cell.ts';

/** One action row as read from the table, cells still as text. */
export interface ActionRow {
  text: string;
  responsible: string;
  partners: string;
  timeframe: string;
  financing?: string;
  /** The responsible cell as written: its pieces joined in reading order, no separators added. */
  responsibleText: string;
  /** The partners cell as written. */
  partnersText: string;
  first: number;
  last: number;
  warnings: string[];
  /** Set when the evidence did not settle where the cells are cut. */
  uncertain?: Uncertain;
}

/** A run of cells: the first line's tokens, lines that continue its last cell, and where it came from. */
interface Chunk {
  tokens: string[];
  dbl: Set<number>;
  rest: string[];
  lines: SourceLine[];
}

/** The table's columns after the text, as the row reader needs them. */
interface RowContext {
  /** The actor columns in order: responsible, partners (one or both). */
  actorRoles: ColumnRole[];
  hasTime: boolean;
  hasFinancing: boolean;
  lex: ActorLexicon;
}

/** Scores that decide whether a run of actors holds two cells (responsible, then partners) and where they part. */
const ACTOR_CUT = {
  /** A later run of the row can fill the next actor cell: cut here only on strong evidence. */
  minWhenLaterRun: 3.5,
  /** The first actor run on one line with nothing after it holds both cells: take the best boundary at all. */
  minFirstOneLine: -1,
  /** Otherwise the weakest boundary taken. */
  min: 1,
  /** A known name opening the run ends exactly here. */
  afterKnownName: 2,
};

/** The cells a row has read so far, with where the next actor cell goes. */
interface CellSheet {
  cells: Partial<Record<ColumnRole, string>>;
  /** The cells as written, for display: pieces joined like wrapped lines, no comma added between them. */
  written: Partial<Record<ColumnRole, string>>;
  /** Index in `actorRoles` of the next actor cell. */
  actorIdx: number;
}

/** Adds a piece to a cell: as written (joined like wrapped lines) and as names (a comma between two names). */
function appendCell(sheet: CellSheet, role: ColumnRole, text: string, names = text): void {
  sheet.written[role] = joinLines([sheet.written[role] ?? '', text]);
  const prev = sheet.cells[role];
  sheet.cells[role] = prev ? (/[,:/-]$/.test(prev) || role === 'timeframe' || role === 'financing' ? joinLines([prev, names]) : `${prev}, ${names}`) : names;
}

/** Appends a timeframe cell and the financing that may follow it on the same line. */
function appendTimeCells(sheet: CellSheet, tokens: string[], withFinancing: boolean): void {
  const tf = splitFinancing(tokens, withFinancing);
  appendCell(sheet, 'timeframe', tf.time);
  if (tf.financing) appendCell(sheet, 'financing', tf.financing);
}

/** A text block's lines as action text, and the runs of cells that share its first or last line. */
function readTextBlock(b: Block, bi: number, ctx: RowContext, textLines: string[], chunks: Chunk[]): void {
  const lines = b.lines.map((l) => l.text);
  // cells may share the first text line: `Aktiv akkvisisjon av bedrifter LRU Bransjeorganisasjonene, Lillehammer`
  const at = bi === 0 ? cellsOnTextLine(b, ctx.lex, ctx.hasTime) : undefined;
  if (at !== undefined) {
    const { tokens, dbl } = tokenise(lines[0]);
    textLines.push(tokens.slice(0, at).join(' '));
    chunks.push({ tokens: tokens.slice(at), dbl: new Set([...dbl].map((d) => d - at)), rest: lines.slice(1), lines: b.lines });
    return;
  }
  const atLast = bi === 0 ? cellsOnLastLine(b, ctx.lex, ctx.hasTime) : undefined;
  if (atLast !== undefined) {
    const { tokens, dbl } = tokenise(lines[lines.length - 1]);
    textLines.push(...lines.slice(0, -1), tokens.slice(0, atLast).join(' '));
    chunks.push({ tokens: tokens.slice(atLast), dbl: new Set([...dbl].map((d) => d - atLast)), rest: [], lines: b.lines });
    return;
  }
  // a dash opening a line of action text is part of the text (`… store arrangement` / `– felles arrangementsstrategi`); bullet glyphs are not
  textLines.push(...b.lines.map((l) => (l.bullet && /^[–-]\s/.test(l.raw.trim()) ? `${l.raw.trim()[0]} ${l.text}` : l.text)));
}

/** A row's action text lines and its runs of cells, in reading order. */
function readRowParts(r: RowBlocks, ctx: RowContext): { textLines: string[]; chunks: Chunk[] } {
  const textLines: string[] = [];
  const chunks: Chunk[] = [];
  r.text.forEach((b, bi) => readTextBlock(b, bi, ctx, textLines, chunks));
  for (const b of r.cells) {
    const { tokens, dbl } = tokenise(b.lines[0].text);
    chunks.push({ tokens, dbl, rest: b.lines.slice(1).map((l) => l.text), lines: b.lines });
  }
  return { textLines, chunks };
}

/** Where a run of actors parts into two cells (responsible, partners), if it does: the best-scoring boundary above the bar. */
function cutActorRun(actorPart: string[], c: Chunk, ctx: RowContext, laterRuns: boolean, firstActorCell: boolean): string[][] {
  let best = { at: -1, score: laterRuns ? ACTOR_CUT.minWhenLaterRun : firstActorCell && !c.rest.length ? ACTOR_CUT.minFirstOneLine : ACTOR_CUT.min };
  for (let p = 1; p < actorPart.length; p++) {
    const s = boundaryScore(actorPart, p, ctx.lex, c.dbl) + (actorAt(actorPart, 0, ctx.lex) === p ? ACTOR_CUT.afterKnownName : 0);
    if (s > best.score) best = { at: p, score: s };
  }
  return best.at > 0 ? [actorPart.slice(0, best.at), actorPart.slice(best.at)] : [actorPart];
}

/** Appends actor cells in column order; pieces beyond the last actor column go on in that column. */
function appendActorCells(sheet: CellSheet, pieces: string[][], rest: string[], ctx: RowContext): void {
  pieces.forEach((piece, pi) => {
    const last = pi === pieces.length - 1;
    const cellLines = [piece.join(' '), ...(last ? rest : [])];
    const text = joinLines(cellLines);
    // a cell listing one name per line, no commas (`Forskningsrådet` / `Innovasjon Norge` / `Internasjonal avd OFK`): each line is a name
    const onePerLine = cellLines.length >= 3 && cellLines.every((l) => /^[A-ZÆØÅ]/.test(l.trim()) && !l.includes(',') && !CONNECTORS.has((tokensOf(l).at(-1) ?? '').toLowerCase()));
    const names = onePerLine ? cellLines.map((l) => l.trim()).join(', ') : text;
    if (sheet.actorIdx < ctx.actorRoles.length) appendCell(sheet, ctx.actorRoles[sheet.actorIdx++], text, names);
    else appendCell(sheet, ctx.actorRoles[ctx.actorRoles.length - 1], text, names);
  });
}

/** A run holding actor cells, possibly followed by the time cell (`t` where it starts, -1 if none). */
function readActorRun(sheet: CellSheet, chunks: Chunk[], ci: number, all: string[], t: number, ctx: RowContext): void {
  const c = chunks[ci];
  const actorPart = t > 0 ? c.tokens.slice(0, t) : c.tokens;
  // a run ending in `:` or `,` (`Snowball / VL Arbeidsgruppe i SG:`) runs on into the next one, which is then no cell of its own
  const runsOn = /[:,]$/.test(all[all.length - 1] ?? '');
  const laterRuns = chunks.slice(ci + (runsOn ? 2 : 1)).some((d) => timeStart([...d.tokens, ...d.rest.flatMap(tokensOf)], d.tokens.length) !== 0);
  const pieces = sheet.actorIdx < ctx.actorRoles.length - 1 ? cutActorRun(actorPart, c, ctx, laterRuns, sheet.actorIdx === 0) : [actorPart];
  appendActorCells(sheet, pieces, t > 0 ? [] : c.rest, ctx);
  if (t > 0 && all.length > t) appendTimeCells(sheet, all.slice(t), ctx.hasFinancing);
}

/** Gives one run of cells its roles: a time cell (with financing), a financing cell, or actor cells (maybe ending in time). */
function readRun(sheet: CellSheet, chunks: Chunk[], ci: number, ctx: RowContext): void {
  const c = chunks[ci];
  const { cells } = sheet;
  const all = [...c.tokens, ...c.rest.flatMap(tokensOf)];
  const t = ctx.hasTime && !cells.timeframe ? timeStart(all, c.tokens.length, ctx.lex) : -1;
  const timeLike = cells.timeframe !== undefined && (looksLikeTimeframe(all.join(' ')) || (ctx.hasFinancing && !cells.financing));
  if (t === 0 || (timeLike && !ctx.hasFinancing)) appendTimeCells(sheet, all, ctx.hasFinancing && !cells.financing);
  else if (timeLike && ctx.hasFinancing) appendCell(sheet, 'financing', all.join(' '));
  else readActorRun(sheet, chunks, ci, all, t, ctx);
}

/** Reads one row's blocks into an action row, with a warning for each cell it could not find. */
function readActionRow(r: RowBlocks, ctx: RowContext): ActionRow {
  const warnings: string[] = [];
  const { textLines, chunks } = readRowParts(r, ctx);
  if (!r.text.length) warnings.push('fant ingen tiltakstekst før cellene; raden kan høre til tiltaket over');
  const sheet: CellSheet = { cells: {}, written: {}, actorIdx: 0 };
  chunks.forEach((_, ci) => readRun(sheet, chunks, ci, ctx));
  const { cells, written } = sheet;
  if (!cells.responsible) warnings.push('fant ikke hovedansvarlig i raden');
  if (ctx.hasTime && !cells.timeframe) warnings.push('fant ikke tidsramme i raden');
  const lines = [...r.text, ...r.cells].flatMap((b) => b.lines.map((l) => l.no));
  return {
    text: joinLines(textLines),
    responsible: cells.responsible ?? '',
    partners: cells.partners ?? '',
    timeframe: cells.timeframe ?? '',
    financing: cells.financing,
    responsibleText: written.responsible ?? '',
    partnersText: written.partners ?? '',
    first: Math.min(...lines),
    last: Math.max(...lines),
    warnings,
  };
}

/**
 * An empty responsible cell: a row with one actor cell that is a list (`Kommunene,` / `eiendomsutviklere`), in a
 * table whose other rows name one responsible and list their partners, lost its responsible, not its partners.
 */
function moveListsToPartners(rows: ActionRow[], actorRoles: ColumnRole[]): void {
  const full = rows.filter((o) => o.responsible && o.partners);
  const listsArePartners = full.length >= 2 && full.every((o) => !o.responsible.includes(',')) && full.filter((o) => o.partners.includes(',')).length * 2 >= full.length;
  if (actorRoles.length !== 2 || !listsArePartners) return;
  for (const o of rows) {
    if (o.partners || !o.responsible.includes(',') || !o.text) continue;
    o.partners = o.responsible;
    o.partnersText = o.responsibleText;
    o.responsible = '';
    o.responsibleText = '';
  }
}

/**
 * Splits the blocks under an action-table header into rows and cells. The split uses what the document teaches:
 * actor names it repeats, time words, the width text wraps at. Rows the parser is unsure of carry a warning.
 * @example splitActionRows(blocksUnder(header), header, lex)[0].responsible // 'LRU'
 */
export function splitActionRows(blocks: Block[], header: TableHeader, lex: ActorLexicon): ActionRow[] {
  // cells read from a PDF's page layout need no guessing
  const exact = rowsFromCells(blocks, header);
  if (exact) return exact;
  const roles = header.roles.filter((r) => r !== 'text');
  const ctx: RowContext = { actorRoles: roles.filter((r) => r === 'responsible' || r === 'partners'), hasTime: roles.includes('timeframe'), hasFinancing: roles.includes('financing'), lex };
  const out = groupRowBlocks(blocks, header, lex).map((r) => readActionRow(r, ctx));
  moveListsToPartners(out, ctx.actorRoles);
  return out;
}
