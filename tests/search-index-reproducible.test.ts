import { describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { indexSite } from '../src/search/index-site.ts';

/** Every file under dir with its bytes, as a map from relative path to base64. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = (await readFile(path.join(e.parentPath, e.name))).toString('base64');
  }
  return out;
}

/** A small site of pages that differ in length, so Pagefind's work per page differs too. */
async function makeSite(): Promise<string> {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'planvev-index-'));
  for (let i = 0; i < 40; i++) {
    await mkdir(path.join(dist, `side-${i}`), { recursive: true });
    const words = Array.from({ length: 20 + ((i * 37) % 400) }, (_, k) => `næringsutvikling${(i + k) % 17} reiseliv${k % 5}`).join(' ');
    await writeFile(path.join(dist, `side-${i}`, 'index.html'), `<!doctype html><html lang="nb"><head><title>Side ${i}</title></head><body><main data-pagefind-body><h1>Side ${i}</h1><p>${words}</p></main></body></html>`);
  }
  return dist;
}

describe('the search index', () => {
  test('two indexings of the same pages give the same files, byte for byte', async () => {
    const a = await makeSite();
    const b = await makeSite();
    await indexSite(a, '/');
    await indexSite(b, '/');
    const [sa, sb] = [await snapshot(path.join(a, 'pagefind')), await snapshot(path.join(b, 'pagefind'))];
    expect(Object.keys(sa).length).toBeGreaterThan(3);
    expect(sb).toEqual(sa);
  }, 120_000);
});
