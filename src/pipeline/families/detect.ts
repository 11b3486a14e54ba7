/**
 * Family detection by evidence: one scorer over the cue table in `src/vocabulary/families.ts`.
 * An editor's sidecar (`family:` or `kind:`) decides when it is given; otherwise the family whose
 * cues add up to the most wins, if it reaches the threshold. The decision keeps its reasons for the
 * ingest report.
 */
import type { DocumentFamily, DocumentKind } from '../../schemas/index.ts';
import { FAMILY_CUES, FAMILY_THRESHOLD, type DetectableFamily, type FamilyCue } from '../../vocabulary/families.ts';
import type { SourceLine } from '../types.ts';

/** One cue that matched: how many lines, which (the first few), and what it added. */
export interface CueHit {
  family: DetectableFamily;
  cue: string;
  count: number;
  lines: number[];
  score: number;
}

/** Which family a document belongs to, and why. */
export interface FamilyDecision {
  family: DocumentFamily;
  /** What decided: the sidecar's `family:`, its `kind:`, the cues, or nothing (plain text). */
  by: 'sidecar-family' | 'sidecar-kind' | 'cues' | 'none';
  /** The winning family's cue total (0 when the sidecar decided without cues). */
  score: number;
  /** Every family's cue total. */
  totals: Record<DetectableFamily, number>;
  /** The cues that matched, best first. */
  hits: CueHit[];
}

/** How many line numbers of a cue the report lists. */
const LINES_SHOWN = 5;

/** Scores one cue over the lines. */
function scoreCue(cue: FamilyCue, lines: SourceLine[]): CueHit | undefined {
  const matched = lines.filter((l) => l.text && cue.pattern.test(l.text.trim()));
  if (!matched.length || matched.length < (cue.min ?? 1)) return undefined;
  const counted = Math.min(matched.length, cue.max ?? 1);
  return { family: cue.family, cue: cue.name, count: matched.length, lines: matched.slice(0, LINES_SHOWN).map((l) => l.no), score: counted * cue.weight };
}

/** Every cue that matches, and each family's total. */
export function scoreFamilies(lines: SourceLine[], cues: readonly FamilyCue[] = FAMILY_CUES): { totals: Record<DetectableFamily, number>; hits: CueHit[] } {
  const totals = {} as Record<DetectableFamily, number>;
  for (const c of cues) totals[c.family] ??= 0;
  const hits: CueHit[] = [];
  for (const c of cues) {
    const hit = scoreCue(c, lines);
    if (!hit) continue;
    hits.push(hit);
    totals[c.family] += hit.score;
  }
  hits.sort((a, b) => b.score - a.score);
  return { totals, hits };
}

/** What an editor may say in the sidecar. */
export interface FamilyHint {
  family?: DocumentFamily;
  kind?: DocumentKind;
}

/**
 * The family of a document: the sidecar's `family:`, else the family of its `kind:` (through
 * `familyOfKind`), else the best cue total when it reaches the threshold, else plain text.
 */
export function decideFamily(lines: SourceLine[], hint: FamilyHint = {}, familyOfKind: (k: DocumentKind) => DocumentFamily | undefined = () => undefined): FamilyDecision {
  const { totals, hits } = scoreFamilies(lines);
  const ranked = (Object.entries(totals) as [DetectableFamily, number][]).sort((a, b) => b[1] - a[1]);
  const scoreOf = (f: DocumentFamily) => (f === 'plain' ? 0 : (totals[f as DetectableFamily] ?? 0));
  const fromKind = hint.kind ? familyOfKind(hint.kind) : undefined;
  if (hint.family) return { family: hint.family, by: 'sidecar-family', score: scoreOf(hint.family), totals, hits };
  if (fromKind) return { family: fromKind, by: 'sidecar-kind', score: scoreOf(fromKind), totals, hits };
  const [best, score] = ranked[0] ?? ['plain', 0];
  if (score < FAMILY_THRESHOLD) return { family: 'plain', by: 'none', score, totals, hits };
  return { family: best, by: 'cues', score, totals, hits };
}

const BY_TEXT: Record<FamilyDecision['by'], string> = {
  'sidecar-family': 'satt i sidefilen (family)',
  'sidecar-kind': 'følger av type i sidefilen (kind)',
  cues: 'avgjort av kjennetegn i teksten',
  none: 'ingen familie nådde terskelen',
};

/** One line for the report: `gjenkjent som case-document (avgjort av …): Saksframlegg (tittel) ×1 +3, …; andre: plan 0.5`. */
export function describeDecision(d: FamilyDecision): string {
  const own = d.hits.filter((h) => h.family === d.family).map((h) => `${h.cue} ×${h.count} +${h.score}`);
  const others = (Object.entries(d.totals) as [string, number][]).filter(([f, s]) => f !== d.family && s > 0).sort((a, b) => b[1] - a[1]).map(([f, s]) => `${f} ${s}`);
  return `gjenkjent som ${d.family} (${BY_TEXT[d.by]}, poeng ${d.score})${own.length ? `: ${own.join(', ')}` : ''}${others.length ? `; andre: ${others.join(', ')}` : ''}`;
}
