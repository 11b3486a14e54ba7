/**
 * Activities grouped under a sub-goal heading (`3.1 Delmål 1: Bedre oversikt over kompetansebehovet`) get that
 * sub-goal's text as the report states it among its goals (`Delmål 1: Bedriftene i regionen skal …`), matched by the
 * label's number; an activity with its own `Mål:` field keeps it.
 */
import type { Activity, Chapter, Goal } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { goalLabelOf } from '../../extract/goals.ts';

/** `Delmål 2: …` → `2`: the number after a sub-goal label, on a line with or without a section number before it. */
function subGoalNumber(text: string): string | undefined {
  const bare = text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '');
  if (goalLabelOf(bare)?.kind !== 'delmal') return undefined;
  return /^\S+\s+(\d{1,2})\s*[:.–-]/u.exec(bare)?.[1];
}

/** The sub-goals the report numbers (`Delmål 1: …`), by number, read off the first line of each goal. */
function numberedSubGoals(goals: Goal[], lineAt: Map<number, SourceLine>): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of goals) {
    const n = g.kind === 'delmal' ? subGoalNumber(lineAt.get(g.source.lines[0])?.text ?? '') : undefined;
    if (n && !out.has(n)) out.set(n, g.text);
  }
  return out;
}

/** Gives each activity without a sub-goal the one the nearest sub-goal heading above it in its chapter names. */
export function linkSubGoals(activities: Activity[], goals: Goal[], lines: SourceLine[], chapters: Chapter[]): void {
  const lineAt = new Map(lines.map((l) => [l.no, l]));
  const byNumber = numberedSubGoals(goals, lineAt);
  if (!byNumber.size) return;
  const goalLines = new Set(goals.map((g) => g.source.lines[0]));
  for (const a of activities) {
    const from = chapters.find((c) => c.id === a.chapterId)?.source.lines[0] ?? 0;
    if (a.subGoal) continue;
    const above = lines.filter((l) => l.no >= from && l.no < a.source.lines[0] && !goalLines.has(l.no) && subGoalNumber(l.text));
    const n = above.length ? subGoalNumber(above[above.length - 1].text) : undefined;
    if (n && byNumber.has(n)) a.subGoal = byNumber.get(n);
  }
}
