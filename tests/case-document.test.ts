import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
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
