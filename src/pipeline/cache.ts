/**
 * Reuses the extraction of documents that have not changed since the last ingest: the result of
 * `processDocument` is stored as JSON under a key made of the document (path, bytes, sidecar,
 * corrections), the base path the URLs are made under, and the code version (every source file the extraction can depend on), so a change to
 * either reads the document again. Only whole-corpus steps (actors across documents, rendering) run
 * every time. `PLANVEV_NO_CACHE=1` turns the cache off; `PLANVEV_CACHE_DIR` moves it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessedDocument, SeedInput } from './process.ts';
import { basePath } from '../lib/urls.ts';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Folders under src/ whose code or data the extraction reads; a change to any file in them is a new code version. */
const CODE_FOLDERS = ['pipeline', 'vocabulary', 'schemas', 'shared', 'data', 'lib'];
/** Bump when the cached shape changes without a source change (e.g. a dependency's behaviour). */
const FORMAT = 1;

/** Folders inside the code folders that hold test documents, not code: a family's `fixtures/` (input and expected output). */
const NOT_CODE = new Set(['fixtures']);

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [full];
    return NOT_CODE.has(name) ? [] : filesUnder(full);
  });
}

let version: string | undefined;
/** Hash of every file the extraction's code and word lists live in, plus the lockfile. */
export function codeVersion(): string {
  if (version) return version;
  const h = createHash('sha256').update(`format ${FORMAT}\n`);
  const lock = path.join(SRC, '..', 'package-lock.json');
  for (const f of [...CODE_FOLDERS.flatMap((d) => filesUnder(path.join(SRC, d))), ...(existsSync(lock) ? [lock] : [])]) {
    h.update(path.relative(SRC, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return (version = h.digest('hex'));
}

/** The key of one document's extraction; the base path is part of it, since the extracted items carry their URLs. */
export function cacheKey(seed: SeedInput): string {
  return createHash('sha256')
    .update(codeVersion()).update('\0')
    .update(basePath()).update('\0')
    .update(seed.file).update('\0')
    .update(seed.bytes).update('\0')
    .update(JSON.stringify(seed.sidecar ?? null)).update('\0')
    .update(JSON.stringify(seed.corrections ?? null))
    .digest('hex');
}

/** Where cached extractions live (node_modules/.cache, which every tool already treats as disposable). */
export function cacheDir(): string | undefined {
  if (process.env.PLANVEV_NO_CACHE === '1') return undefined;
  return process.env.PLANVEV_CACHE_DIR ?? path.join(SRC, '..', 'node_modules', '.cache', 'planvev-ingest');
}

/** Counts of a run, for the build log. */
export interface CacheStats {
  hits: number;
  misses: number;
}

/** `processDocument` with the cache: a stored result when the document and the code are unchanged. */
export async function processCached(seed: SeedInput, process: (s: SeedInput) => ProcessedDocument, stats: CacheStats): Promise<ProcessedDocument> {
  const dir = cacheDir();
  if (!dir) return process(seed);
  const file = path.join(dir, `${cacheKey(seed)}.json`);
  const stored = await readFile(file, 'utf8').catch(() => undefined);
  if (stored) {
    stats.hits++;
    return JSON.parse(stored) as ProcessedDocument;
  }
  stats.misses++;
  // what is stored is the JSON round trip of the result, and the run uses the same round trip, so a hit and a miss give the same output
  const json = JSON.stringify(process(seed));
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${globalThis.process.pid}.tmp`;
  await writeFile(tmp, json);
  await rename(tmp, file);
  return JSON.parse(json) as ProcessedDocument;
}
