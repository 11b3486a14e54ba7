import { parse, YAMLParseError } from 'yaml';
import { correctionsSchema, type Corrections } from '../schemas/corrections.ts';
import { IngestError } from './errors.ts';
import type { ExtractedParts } from './types.ts';

/** Reads a corrections file; errors name the file and line. */
export function readCorrections(file: string, text: string): Corrections {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    if (e instanceof YAMLParseError) throw new IngestError(file, e.linePos?.[0]?.line, `ugyldig YAML: ${e.message.split('\n')[0]}`);
    throw e;
  }
  const r = correctionsSchema.safeParse(data ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    throw new IngestError(file, undefined, `${i.path.join('.') || '(rot)'}: ${i.message}`);
  }
  return r.data;
}

/**
 * Applies line corrections to the raw text before parsing. A `was` that no longer matches
 * means the seed changed: that is an error naming both files, not a silent skip.
 */
export function applyLineCorrections(seedFile: string, correctionsFile: string, text: string, c: Corrections): string {
  if (!c.lines.length) return text;
  const lines = text.split(/\r\n?|\n/);
  for (const fix of c.lines) {
    const current = lines[fix.line - 1];
    if (current === undefined || current.trim() !== fix.was.trim()) {
      throw new IngestError(correctionsFile, undefined, `retting for ${seedFile}:${fix.line} forventet «${fix.was}», men linjen er «${current?.trim() ?? '(finnes ikke)'}»`);
    }
    const lead = /^\s*/.exec(current)?.[0] ?? '';
    lines[fix.line - 1] = lead + fix.now;
  }
  return lines.join('\n');
}

/** Applies field overrides to the extracted items. An unknown id is an error. */
export function applyFieldCorrections(correctionsFile: string, documentId: string, parts: ExtractedParts, c: Corrections): void {
  for (const fix of c.set) {
    const target = findItem(parts, documentId, fix.id);
    if (!target) throw new IngestError(correctionsFile, undefined, `fant ingen del med id «${fix.id}» i dokumentet ${documentId}`);
    (target as Record<string, unknown>)[fix.field] = fix.value;
  }
}

function findItem(parts: ExtractedParts, documentId: string, localId: string): object | undefined {
  const full = `${documentId}--${localId}`;
  for (const s of parts.strategies) {
    if (s.id === full) return s;
    for (const a of s.actions) if (a.id === full) return a;
  }
  return (
    parts.chapters.find((c) => c.id === localId) ??
    parts.goals.find((g) => g.id === full) ??
    parts.datasets.find((d) => d.id === full) ??
    parts.activities.find((a) => a.id === full)
  );
}
