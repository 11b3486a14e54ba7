import type { SourceLine } from '../../types.ts';
import { levelLinePattern, STRATEGY_LEVELS } from '../../../vocabulary/levels.ts';
import { parseTableHeader, type TableHeader } from '../../extract/table-header.ts';

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
  const isStrategyLine = (l: SourceLine) => depth > 0 && strategyPattern.test(l.text);
  const headerAt = (l: SourceLine) => headers.get(l.no);
  return { strategyPattern, isStrategyLine, headerAt, isHeaderLine: (l) => headers.has(l.no), afterHeader };
}
