/**
 * The round table (`Runde rundt bordet`, `Orientering frå kommunane`, `Nytt fra kommunene`): one entry
 * per member that reports, named as written (`Alver kommune`, `Indre Fosen`) and placed on a known
 * municipality or region where it names one; its bullets or paragraphs are the points.
 */
import type { Agenda, BodyNode } from '../../../schemas/index.ts';
import { municipalities, regions } from '../../../data/regions.ts';
import { organisationHeads } from '../../../vocabulary/organisations.ts';
import { DECISION_LABEL } from '../../../vocabulary/case-document.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { blockOf, joinLines, type Block } from '../../segment.ts';
import { blocksToProse, IdMaker } from '../prose.ts';
import { PAGE_LINE } from '../../../vocabulary/letter.ts';
import { endsOpen, opensNewItem, wrapWidth } from '../line-width.ts';

/** Places a round-table entry may be named after: regions, their municipalities and every municipality in the register. */
const PLACES = [...new Set([...regions.flatMap((r) => [r.name as string, ...(r.aliases as readonly string[]), ...(r.municipalities as readonly string[])]), ...municipalities.map((m) => m.shortName)])];
/** Name length from which one misspelt letter is forgiven, and from which two are (`Kongsvingerregoinen`). */
const FUZZY_ONE_FROM = 8;
const FUZZY_TWO_FROM = 14;
/** Most letters a name may differ from a known place by and still be read as it: short names differ from each other by little (`Suldal`, `Saltdal`). */
const allowedDistance = (name: string) => (name.length >= FUZZY_TWO_FROM ? 2 : name.length >= FUZZY_ONE_FROM ? 1 : 0);
/** Words after a name that make it a body's name (`Rogaland fylkeskommune`, `Sauda kommune`), from src/vocabulary/organisations.ts. */
const HEAD_WORDS = new Set<string>(organisationHeads.filter((w) => !w.includes(' ')));

/** Edit distance, for names the text misspells (`Kongsvingerregoinen`). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/**
 * The municipality or region a short line names: `Horten kommune` → `Horten`, `Kongsvingerregoinen`
 * → `Kongsvingerregionen`; a line ending in kommune/regionen is accepted even when the place is unknown.
 */
export function placeOfLine(text: string): string | undefined {
  const t = text.replace(/[:.]\s*$/, '').trim();
  if (t.length > 45 || t.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(t)) return undefined;
  const bare = t.replace(/\s+(kommune|region|regionråd)$/i, '');
  const exact = PLACES.find((p) => p.toLowerCase() === bare.toLowerCase());
  if (exact) return exact;
  const close = PLACES.filter((p) => { const d = distance(p.toLowerCase(), bare.toLowerCase()); return d > 0 && d <= allowedDistance(p); });
  if (close.length === 1) return close[0];
  if (/\s(kommune|region)$|regionen$/i.test(t)) return bare;
  return undefined;
}

/** Consecutive source lines (blank lines already removed) regrouped into blocks at gaps in numbering and indented page starts. */
export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let cur: SourceLine[] = [];
  const flush = () => {
    if (cur.length) blocks.push(blockOf(cur));
    cur = [];
  };
  for (const l of lines) {
    const prev = cur[cur.length - 1];
    if (prev && (l.no > prev.no + 1 || (l.indented && !/^\p{Ll}/u.test(l.text)))) flush();
    cur.push(l);
  }
  flush();
  return blocks;
}

/**
 * The member a round-table line opens an entry for: a known place (`Horten kommune`), or a short name
 * of capitalised words over bullet points (`Flesberg:` above `- …`), since members are not all known.
 * The name is kept as written; `place` is the municipality or region it names, where known.
 */
function entryOf(line: SourceLine, next: SourceLine | undefined, prev: SourceLine | undefined): { who: string; place?: string } | undefined {
  if (line.bullet) return undefined;
  const t = line.text.replace(/:\s*$/, '').trim();
  const place = placeOfLine(line.text);
  // `… i samarbeid med` / `Lyngen kommune.`: a place ending a wrapped sentence names no entry
  const wrapped = /\.\s*$/.test(line.text) || (!!prev && prev.no === line.no - 1 && endsOpen(prev.text));
  if (place && !wrapped) return { who: t, place };
  const words = t.split(/\s+/);
  const named = words.length <= 3 && t.length <= 40 && words.every((w) => /^\p{Lu}[\p{Ll}-]/u.test(w) || /^(og|i|region)$/.test(w) || HEAD_WORDS.has(w)) && /^\p{Lu}/u.test(t);
  // a line right below another without a colon is the wrapped end of a bullet (`  Forsvar/beredskap`)
  const standsApart = /:\s*$/.test(line.text) || !prev || prev.no < line.no - 1;
  return named && standsApart && !/[.;,!?]/.test(t) && next?.bullet ? { who: t } : undefined;
}

/** `Forslag til vedtak:`, `Innstilling: Saka vert teken til orientering.`: the item's proposed decision, no member's point. */
const opensDecision = (l: SourceLine) => !l.bullet && DECISION_LABEL.test(l.text.replace(/^([^:]{3,60}:).*$/, '$1').trim());

/** A round-table item's lines without page lines (`Side 3 av 4`): an entry after a page break stands apart from the one above. */
const withoutPageLines = (body: SourceLine[]) => body.filter((l) => !PAGE_LINE.test(l.text.trim()));

/**
 * The lines of a round-table item without page lines and without its proposed decision: after the entries the
 * decision ends them; before them (`Innstilling: …` first) it runs to the first entry.
 */
function withoutDecision(body: SourceLine[]): SourceLine[] {
  const lines = withoutPageLines(body);
  const at = lines.findIndex(opensDecision);
  if (at < 0) return lines;
  const firstEntry = lines.findIndex((l, i) => !!entryOf(l, lines[i + 1], lines[i - 1]));
  if (firstEntry < 0 || firstEntry < at) return lines.slice(0, at);
  return [...lines.slice(0, at), ...lines.slice(firstEntry)];
}

/**
 * Entries of a round-table item: a line naming a place opens an entry; its bullets or paragraphs are the points.
 * `width` is the document's wrap width (by default the item's own), for points whose bullets the PDF lost.
 */
export function roundTableEntries(all: SourceLine[], file: string, width = wrapWidth(all)): Agenda['roundTable'] {
  const body = withoutDecision(all);
  const entries: Agenda['roundTable'] = [];
  let cur: { who: string; place?: string; lines: SourceLine[]; at: SourceLine } | undefined;
  const flush = () => {
    if (!cur) return;
    const points = pointsOf(cur.lines, width);
    entries.push({ who: cur.who, ...(cur.place ? { place: cur.place } : {}), points, themes: [], regions: [], source: sourceOf(file, cur.at.no, (cur.lines[cur.lines.length - 1] ?? cur.at).no) });
    cur = undefined;
  };
  body.forEach((l, i) => {
    const entry = entryOf(l, body[i + 1], body[i - 1]);
    if (entry) {
      flush();
      cur = { ...entry, lines: [], at: l };
    } else if (cur) cur.lines.push(l);
  });
  flush();
  return entries;
}

/**
 * Bullet items with their continuation lines; without bullets, the paragraphs, and within a paragraph a line that
 * opens an item of its own (the line above closed well short of the wrap width: a point whose bullet was lost).
 */
function pointsOf(lines: SourceLine[], width: number): string[] {
  const points: SourceLine[][] = [];
  const hasBullets = lines.some((l) => l.bullet);
  for (const l of lines.filter((x) => !PAGE_LINE.test(x.text.trim()))) {
    const prev = points[points.length - 1];
    const last = prev?.[prev.length - 1];
    const startsNew = hasBullets ? l.bullet || !prev : !last || l.no > last.no + 1 || opensNewItem(last.text, l.text.trim(), width);
    if (startsNew) points.push([l]);
    else prev.push(l);
  }
  return points.map((p) => joinLines(p.map((l) => l.text))).filter(Boolean);
}

/** The round-table item as a sub-heading per entry followed by its text. */
export function roundTableBody(all: SourceLine[], file: string): BodyNode[] {
  const body = withoutPageLines(all);
  const nodes: BodyNode[] = [];
  const ids = new IdMaker();
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length) nodes.push(...blocksToProse(toBlocks(run), file, ids, 3));
    run = [];
  };
  for (const [i, l] of body.entries()) {
    if (entryOf(l, body[i + 1], body[i - 1])) {
      flush();
      nodes.push({ type: 'heading', level: 2, id: ids.make(l.text), text: l.text.replace(/:\s*$/, '').trim(), source: sourceOf(file, l.no) });
    } else run.push(l);
  }
  flush();
  return nodes;
}

