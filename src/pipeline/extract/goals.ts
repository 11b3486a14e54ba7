import type { BodyNode, Goal, NumericTarget } from '../../schemas/index.ts';
import type { goalKinds } from '../../schemas/goal.ts';
import type { SourceLine } from '../types.ts';
import { sourceOf } from '../types.ts';
import { joinLines, type Block } from '../segment.ts';
import { urls } from '../../lib/urls.ts';
import { GOAL_LABELS, GOAL_SECTION_HEADINGS, REFERENCE_CUES, UNIT_PHRASE_STOP_WORDS } from '../../vocabulary/goals.ts';
import { wordAlternation } from '../../vocabulary/time.ts';
import { listItemLines, withoutListMark } from './list-items.ts';

type GoalKind = (typeof goalKinds)[number];

/** A Norwegian number: `2 000`, `750`, `12,8`. */
const NUMBER = String.raw`(\d{1,3}(?:[  ]\d{3})+|\d+(?:,\d+)?)`;
/** Words that end a unit phrase: `2 000 arbeidsplasser innen IKT`, `20 bedrifter skal ha …` (src/vocabulary/goals.ts). */
const UNIT_STOP = new Set<string>(UNIT_PHRASE_STOP_WORDS);

const readNumber = (s: string) => Number(s.replace(/[  ]/g, '').replace(',', '.'));
const isYear = (n: number, raw: string) => /^\d{4}$/.test(raw) && n >= 1900 && n <= 2100;

/** The unit after a number: the last word before a stop word, skipping adjectives (`nye og levedyktige bedrifter`). */
function unitAfter(rest: string): string | undefined {
  const pct = /^\s*(%|prosent)/.exec(rest);
  if (pct) return '%';
  const words = rest.trim().split(/\s+/).slice(0, 5);
  // a measure right after the number is the unit: `50 dekar ferdig regulert næringsareal`
  const measure = /^(dekar|daa|mål|km|kvm|m2|tonn|kr|kroner|mill\.?|millioner|mrd\.?|milliarder|timer|år|gjestedøgn|overnattinger)[.,;:)]?$/i.exec(words[0] ?? '');
  if (measure) return measure[1].toLowerCase();
  let unit: string | undefined;
  for (const w of words) {
    const clean = w.replace(/[.,;:)]+$/, '');
    if (!/^[a-zæøå][a-zæøå-]*$/.test(clean) || UNIT_STOP.has(clean)) break;
    // `nye og levedyktige bedrifter`: joined adjectives before the unit
    if (clean === 'og') continue;
    unit = clean;
    if (clean !== w) break;
  }
  if (unit && /^(nye|flere|minst|mer|over|under|ca|kun|bare)$/.test(unit)) return undefined;
  return unit;
}

/**
 * Reads the numeric targets of a goal: value, unit, the starting level where given, and the year.
 * @example parseNumericTargets('Fra dagens nivå på 750 skal det være minst 2 000 arbeidsplasser innen IKT i Lillehammer-regionen i 2024')
 * // [{ from: 750, value: 2000, unit: 'arbeidsplasser', year: 2024, text: 'Fra dagens nivå på 750 skal det være minst 2 000 arbeidsplasser' }]
 */
export function parseNumericTargets(text: string, documentYear?: number): NumericTarget[] {
  return readTargets(maskReferences(text), text).filter((t) => documentYear === undefined || t.year === undefined || t.year >= documentYear);
}

/** A bracket that gives a starting level or reference: `(12 % høyere per 2013)`. */
const REFERENCE_BRACKET = new RegExp(`\\([^()]*(?<!\\p{L})(?:${wordAlternation(REFERENCE_CUES)})\\s+(?:19|20)\\d\\d[^()]*\\)`, 'giu');

/** Blanks out references in brackets, keeping every other character where it was. @example maskReferences('nivå (12 % høyere per 2013)') // 'nivå                         ' */
function maskReferences(text: string): string {
  return text.replace(REFERENCE_BRACKET, (m) => ' '.repeat(m.length));
}

/** The targets in `text` (references blanked out); `original` gives the target texts as written. */
function readTargets(text: string, original: string): NumericTarget[] {
  const targets: NumericTarget[] = [];
  // `innen 2024`, `i 2024`, or the end of a period: `i perioden 2015-2018`
  const period = /\bi\s+perioden\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)?\d\d)\b/i.exec(text);
  const yearMatch = /(?<!\p{L})(?:innen|innan|i|til|per|fram mot|frem mot|utgangen av)\s+((?:19|20)\d\d)\b/iu.exec(text);
  const periodEnd = period ? Number(period[1].length === 2 ? `20${period[1]}` : period[1]) : undefined;
  const year = periodEnd ?? (yearMatch ? Number(yearMatch[1]) : undefined);
  // `fra 750 til minst 2 000 arbeidsplasser`, `Fra dagens nivå på 750 skal det være minst 2 000 arbeidsplasser`
  const fromTo = new RegExp(String.raw`\bfra\b[^0-9]{0,25}?${NUMBER}\s*(\S*)\s+(?:til|skal det være|skal vi ha|opp til)\s+(?:minst\s+|over\s+|ca\.?\s+)?${NUMBER}\s*([^]*)`, 'iu');
  const ft = fromTo.exec(text);
  if (ft) {
    const unit = unitAfter(ft[4]) ?? unitAfter(ft[2]);
    if (unit) {
      const end = ft.index + ft[0].length - ft[4].length + (ft[4].indexOf(unit) + unit.length);
      targets.push({ from: readNumber(ft[1]), value: readNumber(ft[3]), unit, year, text: original.slice(ft.index, end).trim() });
      return targets;
    }
  }
  const re = new RegExp(String.raw`(?:(minst|over|under|ca\.?|opp mot)\s+)?${NUMBER}(?=[\s%])`, 'giu');
  for (const m of text.matchAll(re)) {
    const raw = m[2];
    const value = readNumber(raw);
    if (isYear(value, raw.replace(/\s/g, ''))) continue;
    const after = text.slice(m.index! + m[0].length);
    const unit = unitAfter(after);
    if (!unit) continue;
    const endIdx = unit === '%' ? after.search(/%|prosent/) + (after.includes('%') ? 1 : 8) : after.indexOf(unit) + unit.length;
    targets.push({ value, unit, year, text: (m[0] + after.slice(0, endIdx)).trim() });
  }
  return targets;
}

/** Labels that open a goal list: `Visjon:`, `Hovedmål:`, `Delmål:`, `Relevante resultatindikatorer for arbeidet:`. */
const LABELS: [RegExp, GoalKind][] = GOAL_LABELS.map(({ level, label }) => [new RegExp(`^${label}`, 'iu'), level]);
/** A heading that opens a chapter's goal section (src/vocabulary/goals.ts). */
export const GOAL_SECTION = new RegExp(`^(?:${wordAlternation(GOAL_SECTION_HEADINGS)})$`, 'iu');

/**
 * Keeps only targets dated in or after the document's own year: an earlier year marks a starting
 * level or reference (`12 % høyere per 2013` in a 2014 plan), which stays in the goal's text.
 * @example targetsFromYear(goals, 2014) // the goals, none with a target dated 2013
 */
export function targetsFromYear(goals: Goal[], documentYear: number | undefined): Goal[] {
  if (documentYear === undefined) return goals;
  return goals.map((g) => ({ ...g, targets: g.targets.filter((t) => t.year === undefined || t.year >= documentYear) }));
}

/** `Hovedmål:` alone, or `Hovedmål: text` → kind and the text after the label. */
export function goalLabelOf(text: string): { kind: GoalKind; rest: string } | undefined {
  for (const [re, kind] of LABELS) {
    const m = re.exec(text);
    if (!m) continue;
    const colon = text.indexOf(':');
    if (colon < 0 && text.length > 45) return undefined;
    if (colon > 60) return undefined;
    return { kind, rest: colon >= 0 ? text.slice(colon + 1).trim() : '' };
  }
  return undefined;
}

/**
 * The block starts with the label of a goal level: `Hovedmål` or `Hovedmål i regionplanen` on its own, or
 * `Delmål: Helgeland skal …`. `Formål` is not one here: outside a goal section it introduces what the plan
 * is for (its scope and process), not goals.
 */
export const opensGoalList = (b: Block) => {
  const label = goalLabelOf(joinLines(b.lines.map((l) => l.text)));
  return label !== undefined && label.kind !== 'formal';
};

/** A block that is one bare number (`4`). */
export const isBareNumber = (b: Block) => b.lines.length === 1 && /^\d{1,4}$/.test(b.lines[0].text.trim());

/** Paragraphs that explain a goal rather than state one. */
const EXPLAINS = /^(målet er satt|dette (målet|er)|det er imidlertid|det legges til grunn|som overordnet|forslag til|målsettingen har)/i;

/** A unit of a goal section: one bullet or numbered item, or one paragraph. */
interface Unit {
  lines: SourceLine[];
  bullet: boolean;
  /** The unit is a numbered or lettered list item (`1.`, `2)`, `a)`): its text is read without the mark. */
  numbered?: boolean;
}

/** A goal-level label with nothing after it: `Hovedmål`, `Delmål:`. */
const isBareLabel = (text: string) => goalLabelOf(text.trim())?.rest === '';

function unitsOf(block: Block, listItems: Set<SourceLine>): Unit[] {
  const units: Unit[] = [];
  for (const l of block.lines) {
    const cur = units[units.length - 1];
    // a label alone on its line (`Hovedmål`) is a unit of its own, also when double-spaced text runs its goal into the same block
    const afterLabel = cur?.lines.length === 1 && isBareLabel(cur.lines[0].text);
    const numbered = listItems.has(l);
    // an indented line is a bullet the PDF extraction lost (`  antallet virksomheter …`); a numbered item (`1.`, `a)`) opens a unit too
    if (l.bullet || !cur || l.indented || afterLabel || numbered) units.push({ lines: [l], bullet: l.bullet || l.indented || numbered, numbered });
    else cur.lines.push(l);
  }
  return units;
}

/**
 * The lines of a goal section that open a numbered or lettered item: in a run of two or more in sequence whose first
 * item starts a block or follows a label or a colon (a wrapped goal whose line starts with `1. halvår` stays one goal).
 */
function goalListItems(blocks: Block[]): Set<SourceLine> {
  const lines = blocks.flatMap((b) => b.lines);
  const blockStarts = new Set(blocks.map((b) => b.lines[0]));
  const opensUnit = (i: number) => blockStarts.has(lines[i]) || (i > 0 && (/:$/.test(lines[i - 1].text.trim()) || isBareLabel(lines[i - 1].text)));
  return listItemLines(lines, opensUnit);
}

/** A unit's text: its lines joined, a list item's mark left out. */
const unitText = (unit: Unit) => {
  const text = joinLines(unit.lines.map((l) => l.text));
  return unit.numbered ? withoutListMark(text) : text;
};

/** What goal extraction needs to make ids and URLs. */
export interface GoalContext {
  file: string;
  documentId: string;
  chapterId: string;
  /** Next goal number in the document (1-based), advanced by the caller's counter. */
  nextNumber: () => number;
}

/**
 * Turns the blocks of a goal section (after its `Mål` heading) into goals and body nodes in reading order:
 * labels become small headings in text, each stated goal a `{type:'goal'}` node, explanations stay prose.
 * Without labels the first paragraph is the chapter's goal (`mal`), later ones only when they say `skal`.
 */
export function extractGoals(blocks: Block[], ctx: GoalContext, toProse: (blocks: Block[]) => BodyNode[]): { goals: Goal[]; nodes: BodyNode[] } {
  const goals: Goal[] = [];
  const nodes: BodyNode[] = [];
  let kind: GoalKind | undefined;
  let sinceLabel = 0;
  let plainCount = 0;
  const addGoal = (k: GoalKind, lines: SourceLine[], text: string) => {
    const n = ctx.nextNumber();
    const anchor = `mal-${n}`;
    const source = sourceOf(ctx.file, lines[0].no, lines[lines.length - 1].no);
    goals.push({
      id: `${ctx.documentId}--${anchor}`, documentId: ctx.documentId, chapterId: ctx.chapterId, kind: k, text,
      targets: parseNumericTargets(text), themes: [], regions: [], url: `${urls.chapter(ctx.documentId, ctx.chapterId)}#${anchor}`, source,
    });
    nodes.push({ type: 'goal', id: `${ctx.documentId}--${anchor}`, source });
  };
  const listItems = goalListItems(blocks);
  for (const block of blocks) {
    for (const unit of unitsOf(block, listItems)) {
      const text = unitText(unit);
      // a label alone on a page-start line (` Delmål:`) is still a label, not a lost bullet
      const found = goalLabelOf(text);
      const label = found && (!unit.bullet || (!found.rest && text.trim().endsWith(':'))) ? found : undefined;
      if (label) {
        kind = label.kind;
        sinceLabel = 0;
        if (label.rest) {
          addGoal(kind, unit.lines, label.rest);
          sinceLabel++;
        } else nodes.push(...toProse([{ lines: unit.lines, first: unit.lines[0].no, last: unit.lines[unit.lines.length - 1].no }]));
        continue;
      }
      const isGoal = kind
        ? !EXPLAINS.test(text) && (unit.bullet || kind !== 'visjon' || sinceLabel === 0) && !(kind === 'hovedmal' && !unit.bullet && sinceLabel > 0 && !/\bskal\b/.test(text))
        : !EXPLAINS.test(text) && (plainCount === 0 ? !/^det er ikke utarbeidet/i.test(text) : /\bskal\b/.test(text) || parseNumericTargets(text).length > 0);
      if (isGoal) {
        const k: GoalKind = kind ?? (/overordnede målet|hovedmål/i.test(text) ? 'hovedmal' : 'mal');
        addGoal(k, unit.lines, text);
        sinceLabel++;
      } else nodes.push(...toProse([{ lines: unit.lines, first: unit.lines[0].no, last: unit.lines[unit.lines.length - 1].no }]));
      if (!kind) plainCount++;
    }
  }
  return { goals, nodes };
}
