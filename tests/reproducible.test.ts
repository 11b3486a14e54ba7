import { expect, test } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runIngest } from '../src/pipeline/run.ts';
import { generateCorpus, writeCorpus } from '../src/bench/generate-corpus.ts';

/** Every file under `dir`, relative, sorted. */
async function filesUnder(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(full, root)));
    else out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out.sort();
}

/** Runs two ingests of the same folder into two temp folders and lists files that differ. */
async function ingestTwiceAndCompare(seeds: string): Promise<{ files: string[]; differing: string[] }> {
  const [a, b] = await Promise.all([mkdtemp(path.join(os.tmpdir(), 'planvev-repro-a-')), mkdtemp(path.join(os.tmpdir(), 'planvev-repro-b-'))]);
  try {
    for (const out of [a, b]) {
      const result = await runIngest(seeds, out);
      expect(result.errors).toEqual([]);
    }
    const [fa, fb] = await Promise.all([filesUnder(a), filesUnder(b)]);
    expect(fb).toEqual(fa);
    const differing: string[] = [];
    for (const f of fa) if (!(await readFile(path.join(a, f))).equals(await readFile(path.join(b, f)))) differing.push(f);
    return { files: fa, differing };
  } finally {
    await Promise.all([a, b].map((d) => rm(d, { recursive: true, force: true })));
  }
}

test('two ingests of the seeds give byte-identical output', async () => {
  const { files, differing } = await ingestTwiceAndCompare('seeds');
  expect(files.length).toBeGreaterThan(5);
  expect(differing).toEqual([]);
});

test('two ingests of a generated corpus give byte-identical output', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'planvev-repro-seeds-'));
  try {
    await writeCorpus(dir, generateCorpus(10));
    const { differing } = await ingestTwiceAndCompare(dir);
    expect(differing).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
