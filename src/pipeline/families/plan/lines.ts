import type { SourceLine } from '../../types.ts';
import { levelLinePattern, STRATEGY_LEVELS } from '../../../vocabulary/levels.ts';
import { parseTableHeader, type TableHeader } from '../../extract/table-header.ts';
import { unlabelledGroupRows } from './group-rows.ts';
import { wrapWidth } from '../line-width.ts';

/** What a plan's lines are, read once per document: its strategy lines and its action-table headers. */
export interface PlanLines {
  /** The strategy-level line of this plan: its most specific level label that occurs (group 3 is the title). */
  strategyPattern: RegExp;
  isStrategyLine: (l: SourceLine) => boolean;
  /** The action-table header starting at this line, if one does. */
  headerAt: (l: SourceLine) => TableHeader | undefined;
  isHeaderLine: (l: SourceLine) => boolean;
  /** Lines right after a header that wrapped its unit (`(1000 kr)`): a new block starts there. */
  afterHeader: Set<number>;
  /** The width the plan's prose lines wrap at (`wrapWidth`): prose under a table runs this wide, cells do not. */
  width: number;
}

/** A numbered section heading inside a chapter, as a strategy line: group 2 the number, group 3 the title (as `levelLinePattern`). */
const NUMBERED_SECTION = /^()(\d{1,2}\.\d{1,2})\.?\s+(\p{Lu}[^.:;]{2,90})$/u;
/** A chapter heading (`5 Gjennomføring og oppfølging`): it ends a section's reach. */
const CHAPTER_LINE = /^\d{1,2}\.?\s+\p{Lu}[^.:;]{2,90}$/u;

/** A section heading stands alone: a blank line above and below it, and short (an action row runs on with its cells). */
const SECTION_LENGTH_MAX = 60;
const standsAlone = (filled: SourceLine[], i: number) =>
  filled[i].text.trim().length <= SECTION_LENGTH_MAX && (i === 0 || filled[i - 1].no < filled[i].no - 1) && (i === filled.length - 1 || filled[i + 1].no > filled[i].no + 1);

/** Lines of numbered sections standing alone (`4.1 Sjømat og havbruk`) with an action-table header before the next section or chapter heading. */
function numberedSectionsOverTables(filled: SourceLine[], headers: Map<number, TableHeader>): Set<number> {
  const out = new Set<number>();
  const isSection = (i: number) => NUMBERED_SECTION.test(filled[i].text.trim()) && standsAlone(filled, i);
  const isChapter = (i: number) => CHAPTER_LINE.test(filled[i].text.trim()) && !/^\d{1,2}\.\d/.test(filled[i].text.trim()) && standsAlone(filled, i);
  filled.forEach((l, i) => {
    if (!isSection(i)) return;
    for (let j = i + 1; j < filled.length && !isSection(j) && !isChapter(j); j++) if (headers.has(filled[j].no)) return void out.add(l.no);
  });
  return out;
}

/**
 * Reads a plan's lines once (linear in its length): which strategy-level label it uses — `Strategi:` where the plan
 * has them, otherwise `Satsingsområde n:` / `Innsatsområde n:` / `Fokusområde n:` — and where its tables start.
 */
export function readPlanLines(lines: SourceLine[]): PlanLines {
  const any = levelLinePattern(STRATEGY_LEVELS.map((l) => l.word));
  let depth = 0;
  for (const l of lines) {
    const m = any.exec(l.text);
    if (m && m[3]) depth = Math.max(depth, STRATEGY_LEVELS.find((x) => x.word === m[1].toLowerCase())?.depth ?? 0);
  }
  const strategyPattern = levelLinePattern(STRATEGY_LEVELS.filter((l) => l.depth === depth).map((l) => l.word));
  const headers = new Map<number, TableHeader>();
  const afterHeader = new Set<number>();
  const filled = lines.filter((l) => l.text);
  filled.forEach((l, i) => {
    const h = parseTableHeader(l.text, filled[i + 1]?.text);
    if (!h) return;
    headers.set(l.no, h);
    if (h.span > 1 && filled[i + 2]) afterHeader.add(filled[i + 2].no);
  });
  // a group of a numbered table named by a row across it, without a level label (`Havbruk` over `1.1 …`)
  const groups = unlabelledGroupRows(filled, headers);
  const width = wrapWidth(filled);
  if (depth === 0) {
    // no level labels: a numbered section over an action table is a strategy (`4.1 Sjømat og havbruk` … `Nr. Tiltak Hovedansvar …`)
    const sections = numberedSectionsOverTables(filled, headers);
    if (sections.size) return { strategyPattern: NUMBERED_SECTION, isStrategyLine: (l) => sections.has(l.no) || groups.has(l.no), headerAt: (l) => headers.get(l.no), isHeaderLine: (l) => headers.has(l.no), afterHeader, width };
  }
  const isStrategyLine = (l: SourceLine) => (depth > 0 && strategyPattern.test(l.text)) || groups.has(l.no);
  const headerAt = (l: SourceLine) => headers.get(l.no);
  return { strategyPattern, isStrategyLine, headerAt, isHeaderLine: (l) => headers.has(l.no), afterHeader, width };
}
