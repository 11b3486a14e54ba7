import type { Corpus } from './render/data.ts';
import { toPublishedDocument, renderDataFiles } from './render/data.ts';
import { renderChapterMdx } from './render/mdx.ts';
import { buildReview, renderReviewHtml } from './render/review.ts';
import { buildActorRegister } from './actors.ts';
import type { ActorRegisterFile } from '../schemas/actor.ts';
import { isPlaceName } from './classify/regions.ts';
import type { ProcessedDocument } from './process.ts';
import type { Diagnostic, DroppedLine } from './types.ts';
import { documentRecordKinds, recordKinds } from '../schemas/index.ts';

/** What a run of the pipeline publishes, as file path → content, relative to the output folder. */
export type OutputFiles = Record<string, string>;

/** Per-document summary for the ingest report. */
export interface DocumentReport {
  file: string;
  id: string;
  family: string;
  /** Why the document got its family: what decided, each family's cue total, and the cues that matched. */
  familyReason: { by: string; score: number; totals: Record<string, number>; cues: { family: string; cue: string; count: number; lines: number[]; score: number }[] };
  counts: Record<string, number>;
  dropped: DroppedLine[];
  diagnostics: Diagnostic[];
}

/** Per-document counts for the report: chapters, every record kind, and the actions (after the strategies). */
function reportCounts(p: ProcessedDocument): Record<string, number> {
  const counts: Record<string, number> = { kapitler: p.document.chapters.length };
  for (const k of documentRecordKinds) {
    counts[recordKinds[k].label.other] = p[k].length;
    if (k === 'strategies') counts.tiltak = p.strategies.reduce((n, s) => n + s.actions.length, 0);
  }
  return counts;
}

/**
 * Stage: joins processed documents into one corpus (actors merged across documents) and renders
 * every output file: chapter MDX collections, data files, reports. Pure.
 */
export function renderCorpus(processed: ProcessedDocument[], actorRegister?: ActorRegisterFile): { files: OutputFiles; corpus: Corpus; reports: DocumentReport[] } {
  const sorted = [...processed].sort((a, b) => a.document.id.localeCompare(b.document.id));
  const ids = new Map<string, string>();
  for (const p of sorted) {
    const other = ids.get(p.document.id);
    if (other) throw new Error(`${p.document.source.file}: dokument-id «${p.document.id}» er allerede brukt av ${other}. Sett en egen id i sidefilen.`);
    ids.set(p.document.id, p.document.source.file);
  }
  const strategies = sorted.flatMap((p) => p.strategies);
  const acronyms = sorted.flatMap((p) => p.document.acronyms.map((a) => ({ short: a.short, long: a.long })));
  const register = buildActorRegister(strategies, { acronyms, register: actorRegister, isPlace: isPlaceName });
  const corpus: Corpus = {
    documents: sorted.map((p) => toPublishedDocument(p.document, p.lineCount)),
    strategies,
    goals: sorted.flatMap((p) => p.goals),
    datasets: sorted.flatMap((p) => p.datasets),
    activities: sorted.flatMap((p) => p.activities),
    actors: register.actors,
  };
  const files: OutputFiles = {};
  for (const p of sorted) {
    p.document.chapters.forEach((c, i) => {
      files[`collections/chapters/${p.document.id}/${c.id}.mdx`] = renderChapterMdx(p.document, c, i);
    });
  }
  for (const [name, text] of Object.entries(renderDataFiles(corpus))) files[`data/${name}`] = text;
  const reports: DocumentReport[] = sorted.map((p) => ({
    file: p.document.source.file,
    id: p.document.id,
    family: p.family,
    familyReason: { by: p.familyDecision.by, score: p.familyDecision.score, totals: p.familyDecision.totals, cues: p.familyDecision.hits },
    counts: reportCounts(p),
    dropped: p.dropped,
    diagnostics: [...p.diagnostics, ...register.diagnostics.filter((d) => d.file === p.document.source.file)],
  }));
  files['reports/ingest-report.json'] = JSON.stringify(reports, null, 1) + '\n';
  const review = buildReview(sorted.map((p, i) => ({
    file: p.document.source.file,
    id: p.document.id,
    title: p.document.title,
    family: p.family,
    counts: reports[i].counts,
    guessed: p.document.guessed,
    diagnostics: reports[i].diagnostics,
    records: Object.fromEntries(documentRecordKinds.map((k) => [recordKinds[k].label.one, p[k]])),
    sourceLines: p.sourceLines,
  })));
  files['reports/review.json'] = JSON.stringify(review, null, 1) + '\n';
  files['reports/review.html'] = renderReviewHtml(review);
  return { files, corpus, reports };
}
