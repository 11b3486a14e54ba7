import { describe, expect, test, beforeEach } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../src/pipeline/run.ts';

const GOOD = 'Plan for Testregionen\n\n1. Innledning\n____________\n\nDette er en plan for Testregionen.\n';

let dir: string;
let seeds: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'planvev-bad-'));
  seeds = path.join(dir, 'seeds');
  out = path.join(dir, 'out');
  await mkdir(seeds);
  await writeFile(path.join(seeds, 'a.txt'), GOOD);
});

/** Ingest once cleanly, then with the bad file added; returns the errors with the temp folder hidden. */
async function ingestWith(name: string, content: string | Uint8Array) {
  const first = await runIngest(seeds, out);
  expect(first.ok).toBe(true);
  const before = await readFile(path.join(out, 'data/documents.json'), 'utf8');
  await writeFile(path.join(seeds, name), content);
  const second = await runIngest(seeds, out);
  const after = await readFile(path.join(out, 'data/documents.json'), 'utf8');
  return { result: second, unchanged: before === after, errors: second.errors.map((e) => e.replaceAll(dir + '/', '').replaceAll(dir, '')) };
}

describe('bad input', () => {
  test('an empty file is refused with file and line, and the earlier output stays intact', async () => {
    const { result, unchanged, errors } = await ingestWith('tom.txt', '  \n\n');
    expect(result.ok).toBe(false);
    expect(unchanged).toBe(true);
    expect(errors).toMatchInlineSnapshot(`
      [
        "seeds/tom.txt:1: filen er tom: ingen tekst å publisere.",
      ]
    `);
  });

  test('a binary file is refused, naming the line of the first NUL byte', async () => {
    const { result, unchanged, errors } = await ingestWith('bilde.txt', new Uint8Array([0x50, 0x4b, 0x0a, 0x0a, 0x00, 0x01, 0x02]));
    expect(result.ok).toBe(false);
    expect(unchanged).toBe(true);
    expect(errors).toMatchInlineSnapshot(`
      [
        "seeds/bilde.txt:3: filen ser ut til å være binær (inneholder NUL-tegn), ikke tekst. Lagre dokumentet som ren tekst (UTF-8).",
      ]
    `);
  });

  test('a file over the size limit is refused with its size', async () => {
    const { result, errors } = await ingestWith('stor.txt', 'Lang linje med tekst.\n'.repeat(500_000));
    expect(result.ok).toBe(false);
    expect(errors).toMatchInlineSnapshot(`
      [
        "seeds/stor.txt: filen er 10,5 MB; største tillatte størrelse er 8 MB. Del dokumentet opp eller sjekk at det er riktig fil.",
      ]
    `);
  });

  test('a broken sidecar names the sidecar file and line', async () => {
    await writeFile(path.join(seeds, 'b.txt'), GOOD.replace('Testregionen', 'Annenregionen'));
    const { result, unchanged, errors } = await ingestWith('b.meta.yaml', 'title: Plan\nkind: [plan\n');
    expect(result.ok).toBe(false);
    expect(unchanged).toBe(true);
    expect(errors[0]).toMatch(/^seeds\/b\.meta\.yaml:\d+: ugyldig YAML/);
  });

  test('a sidecar with an unknown kind names the field and its line', async () => {
    await writeFile(path.join(seeds, 'b.txt'), GOOD.replace('Testregionen', 'Annenregionen'));
    const { errors } = await ingestWith('b.meta.yaml', 'title: Plan for Testregionen\nkind: roman\n');
    expect(errors[0]).toMatch(/^seeds\/b\.meta\.yaml:2: feltet «kind»:/);
  });

  test('Windows-1252 text is read with a warning, and æøå come out right', async () => {
    const latin1 = new Uint8Array([...Buffer.from('N', 'latin1'), 0xe6, ...Buffer.from('ringsplan for ', 'latin1'), 0xd8, ...Buffer.from('yer\n\nM', 'latin1'), 0xe5, ...Buffer.from('l og tiltak.\n', 'latin1')]);
    const { result } = await ingestWith('latin1.txt', latin1);
    expect(result.ok).toBe(true);
    const docs = JSON.parse(await readFile(path.join(out, 'data/documents.json'), 'utf8')) as { title: string; source: { file: string } }[];
    expect(docs.find((d) => d.source.file.endsWith('latin1.txt'))!.title).toBe('Næringsplan for Øyer');
    const report = result.reports.find((r) => r.file.endsWith('latin1.txt'))!;
    expect(report.diagnostics.map((d) => d.message).join(' ')).toContain('Windows-1252');
  });

  test('CRLF line ends and a BOM give the same pages as LF without BOM', async () => {
    const lf = await runIngest(seeds, out);
    expect(lf.ok).toBe(true);
    const lfFiles = await readdir(path.join(out, 'collections/chapters/plan-for-testregionen'));
    const lfMdx = await readFile(path.join(out, 'collections/chapters/plan-for-testregionen', lfFiles[0]), 'utf8');
    await writeFile(path.join(seeds, 'a.txt'), '\ufeff' + GOOD.replace(/\n/g, '\r\n'));
    const crlf = await runIngest(seeds, out);
    expect(crlf.ok).toBe(true);
    const crlfMdx = await readFile(path.join(out, 'collections/chapters/plan-for-testregionen', lfFiles[0]), 'utf8');
    expect(crlfMdx).toBe(lfMdx);
    expect(crlf.reports[0].diagnostics.map((d) => d.message)).toContain('BOM (byte order mark) fjernet.');
  });

  test('a document with an unknown layout is still published in full as plain text', async () => {
    const { result } = await ingestWith('ukjent.txt', 'Notat\n\nLøs tekst uten overskrifter som ingen gjenkjenner.\nMer tekst.\n');
    expect(result.ok).toBe(true);
    const report = result.reports.find((r) => r.file.endsWith('ukjent.txt'))!;
    expect(report.family).toBe('plain');
  });
});
