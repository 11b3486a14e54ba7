/**
 * What the document header says about where a document stands: its status badge, the plan period
 * against the build year, and the date of its last change (from git, so two builds of one commit agree).
 */
import path from 'node:path';
import { documentStatuses, type DocumentStatus } from '../schemas/document-kind.ts';
import { lastChangeBySeed } from '../shared/git-dates.ts';

/** The build year: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock. Only the year is used. */
export function buildYear(env: Record<string, string | undefined> = process.env, now = new Date()): number {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : now).getUTCFullYear();
}

/** The status label. @example statusLabel('høringsutkast') // 'Høringsutkast' */
export function statusLabel(status: DocumentStatus): string {
  return documentStatuses[status];
}

/**
 * The plan period against the build year.
 * @example periodNote({ from: 2014, to: 2024 }, 2026) // { text: 'Planperioden 2014–2024 er over', over: true }
 */
export function periodNote(period: { from: number; to: number } | undefined, year: number): { text: string; over: boolean } | undefined {
  if (!period) return undefined;
  const span = `${period.from}–${period.to}`;
  if (period.to < year) return { text: `Planperioden ${span} er over`, over: true };
  if (period.from > year) return { text: `Planperioden ${span} har ikke begynt`, over: false };
  return { text: `Planperioden ${span} pågår`, over: false };
}

const byFolder = new Map<string, Map<string, string>>();
/** Date (YYYY-MM-DD) of the last commit that changed the document's seed, sidecar or corrections; undefined outside git. */
export function lastChanged(sourceFile: string): string | undefined {
  const dir = path.resolve(path.dirname(sourceFile));
  if (!byFolder.has(dir)) byFolder.set(dir, lastChangeBySeed(dir));
  return byFolder.get(dir)!.get(path.basename(sourceFile).replace(/\.(txt|pdf)$/, ''));
}

/** Label of documents whose plan period has ended, as a filter value. */
export const PERIOD_OVER = 'Planperioden er over';

/**
 * The status values a document is filtered by (search facet, /dokumenter/): its sidecar status and
 * whether its plan period has ended. @example statusFilters({ status: 'vedtatt', period: { from: 2014, to: 2024 } }, 2026) // ['Vedtatt', 'Planperioden er over']
 */
export function statusFilters(d: { status?: DocumentStatus; period?: { from: number; to: number } }, year: number): string[] {
  return [...(d.status ? [statusLabel(d.status)] : []), ...(periodNote(d.period, year)?.over ? [PERIOD_OVER] : [])];
}
