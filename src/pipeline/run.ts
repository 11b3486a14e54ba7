import { readSeedFolder, writeOutputAtomically } from './io.ts';
import { processDocument, type ProcessedDocument, type SeedInput } from './process.ts';
import { renderCorpus, type DocumentReport } from './corpus.ts';
import { IngestError } from './errors.ts';
import { processCached, type CacheStats } from './cache.ts';
import { originalFilePath } from '../lib/urls.ts';

export interface IngestResult {
  ok: boolean;
  errors: string[];
  /** Files in the seeds folder that were not read (named, never silently ignored). */
  warnings: string[];
  reports: DocumentReport[];
  /** Documents whose extraction came from the cache (unchanged text and code) and those read again. */
  cache?: CacheStats;
}

/**
 * Runs the whole extraction on a folder: read → process each document → render corpus → write.
 * Any error stops the write, so what was published before stays intact.
 */
export async function runIngest(seedsDir: string, outDir: string): Promise<IngestResult> {
  const { seeds, errors, warnings, actorRegister } = await readSeedFolder(seedsDir);
  const processed: ProcessedDocument[] = [];
  const messages = errors.map((e) => e.message);
  if (!seeds.length && !errors.length) messages.push(`${seedsDir}: fant ingen dokumenter (*.txt, *.pdf)`);
  const cache: CacheStats = { hits: 0, misses: 0 };
  for (const seed of seeds) {
    try {
      processed.push(await processCached(seed, processDocument, cache));
    } catch (e) {
      if (e instanceof IngestError) messages.push(e.message);
      else messages.push(`${seed.file}: intern feil: ${(e as Error).stack ?? e}`);
    }
  }
  if (messages.length) return { ok: false, errors: messages, warnings, reports: [] };
  let rendered;
  try {
    rendered = renderCorpus(processed, actorRegister);
  } catch (e) {
    return { ok: false, errors: [(e as Error).message], warnings, reports: [] };
  }
  await writeOutputAtomically(outDir, { ...rendered.files, ...originalFiles(processed, seeds) });
  return { ok: true, errors: [], warnings, reports: rendered.reports, cache };
}

/**
 * The original of every document, published as `/filer/<document-id>.<ext>` (see `originalFileUrl`).
 * The bytes come from the seeds (processed documents may come from the cache, which holds no bytes).
 */
export function originalFiles(processed: ProcessedDocument[], seeds: SeedInput[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  processed.forEach((p, i) => {
    const original = seeds[i]?.file === p.document.source.file ? seeds[i].original : undefined;
    if (original) files[originalFilePath(p.document.id, original.ext)] = original.bytes;
  });
  return files;
}

/** The human-readable report printed by ingest and build. */
export function formatReport(reports: DocumentReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const counts = Object.entries(r.counts).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');
    lines.push(`${r.file} → ${r.id} [${r.family}] ${counts}`);
    lines.push(`  familie: ${familyReasonText(r.family, r.familyReason)}`);
    const byReason = new Map<string, number[]>();
    for (const d of r.dropped) byReason.set(d.reason, [...(byReason.get(d.reason) ?? []), d.no]);
    for (const [reason, nos] of byReason) lines.push(`  fjernet som artefakt (${reason}): ${nos.length} linjer: ${nos.slice(0, 12).join(', ')}${nos.length > 12 ? ', …' : ''}`);
    for (const d of r.diagnostics.filter((x) => x.level !== 'info')) lines.push(`  ${d.level === 'error' ? 'FEIL' : 'advarsel'} ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
  }
  return lines.join('\n');
}

/** `kjennetegn: Saksframlegg (tittel) ×1 +3, Arkivsak/Arkiv: ×1 +2; andre: plan 0.5`, or what the sidecar said. */
function familyReasonText(family: string, reason: DocumentReport['familyReason']): string {
  const by = reason.by === 'sidecar-family' ? 'satt i sidefilen (family), ' : reason.by === 'sidecar-kind' ? 'fra type i sidefilen (kind), ' : reason.by === 'none' ? 'ingen familie nådde terskelen, ' : '';
  const cues = reason.cues.filter((c) => c.family === family).map((c) => `${c.cue} ×${c.count} +${c.score}`);
  const totals = (Object.entries(reason.totals) as [string, number][]).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]).map(([f, s]) => `${f} ${s}`);
  return `${by}poeng: ${totals.join(', ') || 'ingen'}${cues.length ? `; kjennetegn for ${family}: ${cues.join(', ')}` : ''}`;
}
