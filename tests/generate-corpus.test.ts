import { describe, expect, test } from 'vitest';
import { fitQuadratic } from '../src/bench/large-document.ts';
import { countElements } from '../src/bench/measure-dist.ts';
import { textToMarkdown } from '../src/bench/stock-astro.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GENERATED_FAMILIES, generateCorpus, generateDocument, generateLargeDocument, writeCorpus } from '../src/bench/generate-corpus.ts';
import { formatNb, wrapPdf } from '../src/pipeline/generate/index.ts';
import { ACTION_HEADERS } from '../src/pipeline/families/plan/generate.ts';
import { readSidecar } from '../src/pipeline/sidecar.ts';
import { processDocument } from '../src/pipeline/process.ts';
import { runIngest } from '../src/pipeline/run.ts';
import { regionIds } from '../src/data/regions.ts';

const corpus = generateCorpus(25);

describe('generated benchmark corpus', () => {
  test('formats numbers the Norwegian way', () => {
    expect(formatNb(4478497)).toBe('4 478 497');
    expect(formatNb(12.8, 1)).toBe('12,8');
    expect(formatNb(-0.94, 1)).toBe('-0,9');
  });

  test('wraps lines like the PDF extraction, with a trailing space', () => {
    expect(wrapPdf('Opprette et tverrpolitisk arbeidsutvalg som skal jobbe målrettet', 30)).toEqual(['Opprette et tverrpolitisk ', 'arbeidsutvalg som skal jobbe ', 'målrettet ']);
  });

  test('gives the same documents on every run', () => {
    expect(generateCorpus(25)).toEqual(corpus);
  });

  test('a larger corpus starts with the smaller one, so sizes can be compared', () => {
    expect(generateCorpus(60).slice(0, 25)).toEqual(corpus);
  });

  test('cycles through the five families and varies regions', () => {
    expect(new Set(corpus.map((d) => d.family))).toEqual(new Set(GENERATED_FAMILIES));
    const regions = new Set(corpus.map((d) => d.sidecar.match(/^regions: \[(.+)\]$/m)?.[1]));
    expect(regions.size).toBeGreaterThanOrEqual(5);
    for (const r of regions) expect(regionIds).toContain(r);
  });

  test('every sidecar passes the sidecar schema', () => {
    for (const d of corpus) expect(() => readSidecar(`${d.name}.meta.yaml`, d.sidecar)).not.toThrow();
  });

  test("carries the seeds' PDF artefacts", () => {
    const plan = corpus.filter((d) => d.family === 'plan').map((d) => d.text).join('\n');
    expect(plan).toMatch(/^ \d+\. .+ \n_{50,} $/m); // chapter heading at a page start, rule of underscores
    expect(plan).toMatch(/^\d+$/m); // bare page number
    expect(plan).toMatch(/^Strategi: /m);
    const any = (ws: string[]) => `(${ws.join('|')})`;
    const { action, lead, partners, time, money } = ACTION_HEADERS;
    expect(plan).toMatch(new RegExp(`^${any(action)} ${any(lead)} ${any(partners)} ${any(time)}( ${any(money)})? $`, 'm'));
    expect(plan).toMatch(/\d \d{3} \d{3}/); // 4 478 497
    expect(plan).toMatch(/-?\d+,\d %/); // 12,8 %
    const report = corpus.find((d) => d.family === 'programme-report')!.text;
    expect(report).toMatch(/\S \n\n\S.* \n\n \n/); // double-spaced lines, paragraph break as a line holding one space
    expect(report).toMatch(/^Aktivitet \d\.\d: /m);
    expect(corpus.find((d) => d.family === 'meeting-agenda')!.text).toMatch(/^4\. Runde rundt bordet/m);
    expect(corpus.find((d) => d.family === 'workshop-notes')!.text).toMatch(/^ Gruppeoppgave 1: $/m);
  });

  test('a generated plan is read as a plan with strategies and actions', () => {
    const doc = generateDocument(0);
    expect(doc.family).toBe('plan');
    const out = processDocument({ file: `${doc.name}.txt`, bytes: new TextEncoder().encode(doc.text), sidecar: readSidecar('x.meta.yaml', doc.sidecar) });
    expect(out.family).toBe('plan');
    expect(out.strategies.length).toBeGreaterThan(0);
    expect(out.strategies.flatMap((s) => s.actions).length).toBeGreaterThan(0);
  });

  test('every generated document ingests without errors', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'planvev-gen-'));
    try {
      await writeCorpus(path.join(dir, 'seeds'), corpus.slice(0, 10));
      const result = await runIngest(path.join(dir, 'seeds'), path.join(dir, 'out'));
      expect(result.errors).toEqual([]);
      expect(result.reports).toHaveLength(10);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('one long generated plan', () => {
  test('comes close to the asked size and is the same on every run', () => {
    const doc = generateLargeDocument(300_000);
    const bytes = Buffer.byteLength(doc.text);
    expect(bytes).toBeGreaterThan(200_000);
    expect(bytes).toBeLessThan(400_000);
    expect(generateLargeDocument(300_000)).toEqual(doc);
  });

  test('keeps meeting new actor names as it grows, like a national plan', () => {
    const names = (text: string) => new Set(text.match(/[A-ZÆØÅ][a-zæøå]+ (?:Næringshage|Kompetansesenter|Innovasjonssenter|Vekst AS)/g));
    expect(names(generateLargeDocument(600_000).text).size).toBeGreaterThan(names(generateLargeDocument(150_000).text).size);
  });
});

describe('benchmark measures', () => {
  test('the growth of ingest time is fitted as a + b·MB + c·MB²', () => {
    const fit = fitQuadratic([1, 2, 3, 4].map((x) => ({ x, t: 0.5 + 2 * x + 0.25 * x * x })));
    expect(fit.a).toBeCloseTo(0.5, 6);
    expect(fit.b).toBeCloseTo(2, 6);
    expect(fit.c).toBeCloseTo(0.25, 6);
  });

  test('elements are counted from start tags, not from script or style text', () => {
    expect(countElements('<html><body><ul><li>a</li><li>b</li></ul><script>if (a<b) x()</script><style>a>b{}</style></body></html>')).toBe(7);
  });

  test('plain text becomes Markdown paragraphs with syntax characters escaped', () => {
    expect(textToMarkdown('1. Innledning\n\nLinje én \nlinje to *viktig*\n')).toBe('1\\. Innledning\n\nLinje én linje to \\*viktig\\*');
  });
});
