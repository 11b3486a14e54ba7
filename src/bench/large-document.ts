/**
 * The single-large-document series: one generated plan of 0.25–4 MB ingested on its own (the
 * extraction only, `scripts/ingest.ts`), timed as a child process, and the growth fitted to
 * t = a + b·MB + c·MB², so a superlinear step shows as a large c.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { generateLargeDocument, writeCorpus } from './generate-corpus.ts';

export interface LargePoint {
  megabytes: number;
  bytes: number;
  seconds: number;
}

/** Ingests one generated document per size in `tree` (a Planvev tree with node_modules) and times it. */
export async function runLargeSeries(tree: string, work: string, megabytes: number[], seed = 1): Promise<LargePoint[]> {
  const out: LargePoint[] = [];
  for (const mb of megabytes) {
    const dir = path.join(work, `stort-${mb}`);
    const doc = generateLargeDocument(mb * 1_000_000, seed);
    await mkdir(dir, { recursive: true });
    await writeCorpus(path.join(dir, 'seeds'), [doc]);
    const t0 = performance.now();
    const r = spawnSync(path.join(tree, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', '--quiet', '--seeds', path.join(dir, 'seeds'), '--out', path.join(dir, 'out')], { cwd: tree, encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`innlesing av ${mb} MB feilet: ${(r.stderr || r.stdout).slice(-500)}`);
    out.push({ megabytes: mb, bytes: Buffer.byteLength(doc.text), seconds: +seconds.toFixed(2) });
  }
  return out;
}

/**
 * Least-squares fit of t = a + b·x + c·x² (x in MB).
 * @example fitQuadratic([{x:1,t:3},{x:2,t:5},{x:4,t:9}]) // ≈ { a: 1, b: 2, c: 0 }
 */
export function fitQuadratic(points: { x: number; t: number }[]): { a: number; b: number; c: number } {
  // normal equations for [1, x, x²]
  const s = (f: (p: { x: number; t: number }) => number) => points.reduce((sum, p) => sum + f(p), 0);
  const m = [
    [points.length, s((p) => p.x), s((p) => p.x ** 2), s((p) => p.t)],
    [s((p) => p.x), s((p) => p.x ** 2), s((p) => p.x ** 3), s((p) => p.x * p.t)],
    [s((p) => p.x ** 2), s((p) => p.x ** 3), s((p) => p.x ** 4), s((p) => p.x ** 2 * p.t)],
  ];
  for (let i = 0; i < 3; i++) {
    const pivot = m[i][i] || 1e-12;
    for (let j = i; j < 4; j++) m[i][j] /= pivot;
    for (let k = 0; k < 3; k++) if (k !== i) for (let j = 3; j >= i; j--) m[k][j] -= m[k][i] * m[i][j];
  }
  return { a: m[0][3], b: m[1][3], c: m[2][3] };
}
