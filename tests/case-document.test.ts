import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../src/pipeline/process.ts';

/** Saksframlegg from Lillehammer on the regional plan; expectations read off the seed lines in the comments. */
const file = 'seeds/003_cdd5c87f05ecfe6d.txt';
const p = processDocument({ file, bytes: readFileSync(path.join(import.meta.dirname, '..', file)) });

describe('the Lillehammer case document', () => {
  test('is recognised as a case document', () => expect(p.family).toBe('case-document'));

  test('has its sections from the labels ending in a colon', () => {
    expect(p.document.chapters.map((c) => c.title)).toEqual(['Regional næringsplan og organisering av næringsutviklinsarbeidet i Lillehammer-regionen', 'Vedlegg', 'Sammendrag', 'Saksutredning', 'Fakta', 'Vurdering', 'Konklusjon']);
  });

  test('reads the population table (101–121) with its region row checked against its municipalities', () => {
    const d = p.datasets.find((x) => x.source.lines[0] === 101)!;
    expect(d.columns.slice(0, 2)).toEqual(['01.01.2000', '2010K4']);
    expect(d.rows.find((r) => r.label === '0 Hele landet')!.values).toEqual([4478497, 62106, 65565, 65405, 57781, 5109056, 12.8, 3.8]);
    expect(d.rows.find((r) => r.label === '0522 Gausdal')!.values).toEqual([6186, -1, 19, -19, 96, 6141, -0.9, 1.6]);
    // Lillehammerregionen 35 769 = 24 724 + 4 859 + 6 186
    expect(d.sumChecks.find((c) => c.what.includes('01.01.2000'))).toMatchObject({ expected: 35769, actual: 35769, ok: true });
  });

  test('reads the NHO rankings as ranking datasets (176–182, 194–196)', () => {
    const r = p.datasets.filter((x) => x.shape === 'ranking');
    expect(r.map((x) => x.title)).toEqual(['Plassering i NHOs NæringsNM', 'Plassering i NHOs KommuneNM']);
    expect(r[0].columns).toEqual(['2010', '2011', '2012', '2013']);
    expect(r[0].rows[0].values).toEqual([16, 12, 33, 37]);
    expect(r[0].rows[1].values).toEqual([null, 10, 12, 21]);
    expect(r[1].rows[0].values).toEqual([22, 20, 14]);
  });

  test('puts the five proposed decision points under their own heading (664–680)', () => {
    const body = p.document.chapters.find((c) => c.title === 'Konklusjon')!.body;
    const h = body.findIndex((n) => n.type === 'heading' && n.text === 'Forslag til vedtakspunkter');
    const list = body[h + 1];
    expect(list.type === 'list' && list.items.length).toBe(5);
    expect(list.type === 'list' && list.items[0]).toBe('Forslaget til regional næringsplan godkjennes slik det foreligger');
  });
});

/**
 * Case documents of other municipalities, each `src/pipeline/families/case-document/fixtures/case-*∕input.txt` compared with an
 * `expected.json` written by hand from reading the input: sections, decision points, lists and datasets.
 */
import { fixtureNames, loadFixtureDocument } from './helpers/fixture-documents.ts';
import type { BodyNode } from '../src/schemas/index.ts';

const caseFixtures = fixtureNames('case-');

/** The fields that matter in a case document, in the shape of expected.json. */
function caseSummary(q: ReturnType<typeof processDocument>) {
  const decisions: { under: string; points: string[] }[] = [];
  const lists: string[][] = [];
  for (const c of q.document.chapters) {
    let under: string | undefined = /vedtak|innstilling/i.test(c.title) ? c.title : undefined;
    for (const n of c.body as BodyNode[]) {
      if (n.type === 'heading') under = /vedtak|innstilling/i.test(n.text) ? n.text : undefined;
      if (n.type === 'list') {
        lists.push(n.items);
        if (under) decisions.push({ under, points: n.items });
        under = undefined;
      }
    }
  }
  return {
    family: q.family,
    title: q.document.title,
    chapters: q.document.chapters.map((c) => c.title),
    decisions,
    lists,
    datasets: q.datasets.filter((d) => d.shape !== 'ranking').map((d) => ({
      title: d.title,
      unit: d.unit,
      rowHeading: d.rowHeading,
      columns: d.columns,
      rows: d.rows.map((r) => [r.label, r.values]),
      sumsChecked: d.sumChecks.length > 0,
      sumsOk: d.sumChecks.every((s) => s.ok),
    })),
  };
}

describe.each(caseFixtures)('case document fixture %s', (name) => {
  const { processed: q, expected } = loadFixtureDocument(name);
  const got = caseSummary(q);
  test('is recognised as a case document', () => expect(got.family).toBe(expected.family));
  test('reads the title and the sections', () => expect([got.title, got.chapters]).toEqual([expected.title, expected.chapters]));
  test('reads the decision points under their lead-in', () => expect(got.decisions).toEqual(expected.decisions));
  test('keeps bullets and numbered points as lists, bullets lost or not', () => expect(got.lists).toEqual(expected.lists));
  test('reads the numeric tables with their sums checked', () => expect(got.datasets).toEqual(expected.datasets));
});

/**
 * Case documents of the development corpus (`tests/corpus/case-*`), ground truth written by hand:
 * letterhead fields as metadata and the proposed decision point by point, under `Innstilling:` /
 * `Rådmannens forslag til vedtak:` (bokmål) and `Framlegg til vedtak:` (nynorsk).
 */
const CORPUS = path.join(import.meta.dirname, 'corpus');
const corpusCases = readdirSync(CORPUS).filter((d) => d.startsWith('case-'));

describe.each(corpusCases)('corpus case document %s', (slug) => {
  const q = processDocument({ file: `seeds/${slug}.txt`, bytes: readFileSync(path.join(CORPUS, slug, 'input.txt')) });
  const e = JSON.parse(readFileSync(path.join(CORPUS, slug, 'expected.json'), 'utf8'));
  test('reads the decision points in order, wrapped lines joined', () => expect(q.document.decision?.map((d) => d.text)).toEqual(e.decision));
  test('reads the letterhead as metadata: case number, officer, meetings', () => {
    const c = q.document.caseInfo!;
    expect({ number: c.number, officer: c.officer, meetings: c.meetings }).toEqual({ number: e.caseNumber, officer: e.caseOfficer, meetings: e.meetings });
  });
  test('takes the document date from the letterhead where it gives one', () => expect(q.document.date).toBe(e.date));
});
