import { describe, expect, test } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cacheKey, processCached } from '../src/pipeline/cache.ts';
import { processDocument, type SeedInput } from '../src/pipeline/process.ts';
import { runIngest } from '../src/pipeline/run.ts';

const seed = (text: string, extra: Partial<SeedInput> = {}): SeedInput => ({ file: 'seeds/x.txt', bytes: new TextEncoder().encode(text), ...extra });

async function filesOf(dir: string, rel = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) Object.assign(out, await filesOf(dir, r));
    else out[r] = await readFile(path.join(dir, r), 'utf8');
  }
  return out;
}

describe('the ingest cache', () => {
  test('the key changes with the text, the sidecar and the file name, and not otherwise', () => {
    const base = cacheKey(seed('Tekst'));
    expect(cacheKey(seed('Tekst'))).toBe(base);
    expect(cacheKey(seed('Tekst.'))).not.toBe(base);
    expect(cacheKey(seed('Tekst', { file: 'seeds/y.txt' }))).not.toBe(base);
    expect(cacheKey(seed('Tekst', { sidecar: { title: 'T' } as SeedInput['sidecar'] }))).not.toBe(base);
  });

  test('the key changes with the base path, which the extraction writes into every URL', () => {
    const before = process.env.PLANVEV_BASE;
    try {
      process.env.PLANVEV_BASE = '/';
      const atRoot = cacheKey(seed('Tekst'));
      process.env.PLANVEV_BASE = '/planvev/';
      expect(cacheKey(seed('Tekst'))).not.toBe(atRoot);
    } finally {
      if (before === undefined) delete process.env.PLANVEV_BASE;
      else process.env.PLANVEV_BASE = before;
    }
  });

  test('a stored extraction is used for an unchanged document instead of reading it again', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planvev-cache-'));
    process.env.PLANVEV_CACHE_DIR = dir;
    try {
      const stats = { hits: 0, misses: 0 };
      let calls = 0;
      const count = (s: SeedInput) => (calls++, processDocument(s));
      const first = await processCached(seed('1. Innledning\n\nEn plan for regionen.\n'), count, stats);
      const second = await processCached(seed('1. Innledning\n\nEn plan for regionen.\n'), count, stats);
      expect(calls).toBe(1);
      expect(stats).toEqual({ hits: 1, misses: 1 });
      expect(second).toEqual(first);
    } finally {
      delete process.env.PLANVEV_CACHE_DIR;
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the seeds ingest to the same files from the cache as without it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planvev-cache-'));
    try {
      process.env.PLANVEV_NO_CACHE = '1';
      await runIngest('seeds', path.join(dir, 'plain'));
      delete process.env.PLANVEV_NO_CACHE;
      process.env.PLANVEV_CACHE_DIR = path.join(dir, 'cache');
      const cold = await runIngest('seeds', path.join(dir, 'cold'));
      const warm = await runIngest('seeds', path.join(dir, 'warm'));
      expect(cold.cache?.hits).toBe(0);
      expect(warm.cache?.misses).toBe(0);
      const plain = await filesOf(path.join(dir, 'plain'));
      expect(await filesOf(path.join(dir, 'cold'))).toEqual(plain);
      expect(await filesOf(path.join(dir, 'warm'))).toEqual(plain);
    } finally {
      delete process.env.PLANVEV_NO_CACHE;
      delete process.env.PLANVEV_CACHE_DIR;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
