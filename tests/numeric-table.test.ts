import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { segmentBlocks } from '../src/pipeline/segment.ts';
import { extractNumericTables, splitColumnTitles, type NumericTableMatch } from '../src/pipeline/extract/numeric-table.ts';

function tablesOf(file: string, text: string) {
  let n = 0;
  const out = extractNumericTables(segmentBlocks(normaliseText(file, text)), { file, documentId: 'dok', nextLocalId: () => `tabell-${++n}` });
  return { out, tables: out.filter((o): o is NumericTableMatch => 'kind' in o).map((m) => m.dataset) };
}

describe('numeric tables', () => {
  const fixture = 'tests/fixtures/numeric-missing-cell-sum-mismatch-page-break/input.txt';
  const { out, tables } = tablesOf(fixture, readFileSync(path.join(import.meta.dirname, '..', fixture), 'utf8'));
  const [t] = tables;

  test('finds one table with the title line above it and the label-column heading', () => {
    expect(tables).toHaveLength(1);
    expect(t.title).toBe('Sysselsatte i Valdres etter kommune');
    expect(t.rowHeading).toBe('Kommune');
    expect(t.columns).toEqual(['2019', '2020', '2021', 'Sum']);
    expect(t.shape).toBe('time-series');
    expect(t.id).toBe('dok--tabell-1');
  });

  test('keeps municipality numbers in row labels and a dash as a missing cell', () => {
    expect(t.rows.map((r) => r.label)).toEqual(['0541 Etnedal', '0542 Nord-Aurdal', '0543 Vestre Slidre', 'Sum']);
    expect(t.rows[0].values).toEqual([512, 498, null, 1010]);
  });

  test('joins a table row that continues after a page break', () => {
    expect(t.rows[2].values).toEqual([1105, 1090, 1102, 3297]);
    // title line 1 to the sum row on line 13; the page number on line 9 is named in the notes so it is still shown
    expect(t.source.lines).toEqual([1, 13]);
    expect(t.notes).toContain('Linje 9 («7») står mellom radene og er trolig et sidetall; den er ikke med i tabellen.');
  });

  test('reports a sum row that does not add up and does not fix it', () => {
    // 2021: 3 190 + 1 102 = 4 292 (Etnedal missing) — ok; Sum column: 1 010 + 9 460 + 3 297 = 13 767 — ok; 2019: 512 + 3 120 + 1 105 = 4 737 — ok; 2020: 498 + 3 150 + 1 090 = 4 738 — ok
    const row = t.sumChecks.filter((c) => c.what.startsWith('Raden «0542'));
    expect(row).toEqual([{ what: 'Raden «0542 Nord-Aurdal»: tallene lagt sammen mot «Sum»', expected: 9460, actual: 9460, ok: true }]);
    // Vestre Slidre: 1 105 + 1 090 + 1 102 = 3 297 — ok; Etnedal has a missing cell so its row is not checked
    expect(t.sumChecks.some((c) => c.what.includes('0541'))).toBe(false);
    expect(t.rows[3].isSum).toBe(true);
    expect(t.sumChecks.filter((c) => c.what.startsWith('Kolonnen')).every((c) => c.ok)).toBe(true);
  });

  test('leaves the source line under the table as text', () => {
    const after = out[out.length - 1];
    expect('lines' in after && after.lines.map((l) => l.text)).toEqual(['Kilde: SSB, tabell 07979']);
  });

  test('finds a mismatching sum row', () => {
    const { tables: [m] } = tablesOf('x.txt', 'Tilskudd 2022 2023 Sum\n\nA    100    200    300\n\nB    50    60    120\n\nSum    150    260    400\n');
    expect(m.unit).toBeUndefined();
    const bad = m.sumChecks.filter((c) => !c.ok);
    // B: 50 + 60 = 110, written 120; Sum row: 150 + 260 = 410, written 400; Sum column: 300 + 120 = 420, written 400
    expect(bad.map((c) => [c.expected, c.actual])).toEqual([[120, 110], [400, 410], [400, 420]]);
  });

  test('reads a table of percentages with places as columns and years as rows', () => {
    const { tables: [s] } = tablesOf('x.txt', 'Andel sysselsatte i varehandel\n\n0540 Sør-Aurdal 0541 Etnedal Sum region\n\n2018 12,1 % 9,0 % 11,4 %\n\n2019 12,3 % 8,8 % 11,5 %\n');
    expect(s.shape).toBe('shares');
    expect(s.unit).toBe('%');
    expect(s.columns).toEqual(['0540 Sør-Aurdal', '0541 Etnedal', 'Sum region']);
    expect(s.rows[0]).toMatchObject({ label: '2018', values: [12.1, 9, 11.4], texts: ['12,1 %', '9,0 %', '11,4 %'] });
  });

  test('splits column titles at capitals, time keys and codes', () => {
    expect(splitColumnTitles('Folketall Folkevekst Vekst siden 1.1.2000 Vekst siste 3 år')).toEqual(['Folketall', 'Folkevekst', 'Vekst siden 1.1.2000', 'Vekst siste 3 år']);
    expect(splitColumnTitles('0501 Lillehammer0521 Øyer 0 Hele landet')).toEqual(['0501 Lillehammer', '0521 Øyer', '0 Hele landet']);
  });

  test('chooses between readings of single-spaced digit groups by the sum row (nynorsk «Til saman»)', () => {
    const text = 'Tabell 2: Gjestedøgn etter overnattingsform\n\nOvernattingsform 2019 2021 2023\nHotell 612 340 398 115 655 870\nCamping 421 580 377 040 436 215\nTil saman 1 033 920 775 155 1 092 085\nKjelde: SSB\n';
    const { tables: [t] } = tablesOf('x.txt', text);
    expect(t.title).toBe('Tabell 2: Gjestedøgn etter overnattingsform');
    expect(t.rows.map((r) => r.values)).toEqual([[612340, 398115, 655870], [421580, 377040, 436215], [1033920, 775155, 1092085]]);
    expect(t.rows[2].isSum).toBe(true);
    expect(t.uncertain).toBeUndefined();
  });

  test('reads a caption, a heading with words and years, and a label wrapped around its numbers', () => {
    const text = 'Sysselsatte i Rauma etter sektor, 2014 og 2018\n\nSektor 2014 2018 Endring Endring\ni %\nIndustri 612 587 -25 -4,1 %\nOffentlig administrasjon, undervisning, 1 135 1 168 33 2,9 %\nhelse og sosial\nI alt 1 747 1 755 8 0,5 %\n';
    const { tables: [t] } = tablesOf('x.txt', text);
    expect(t.title).toBe('Sysselsatte i Rauma etter sektor, 2014 og 2018');
    expect(t.rowHeading).toBe('Sektor');
    expect(t.columns).toEqual(['2014', '2018', 'Endring', 'Endring i %']);
    expect(t.rows[1]).toMatchObject({ label: 'Offentlig administrasjon, undervisning, helse og sosial', values: [1135, 1168, 33, 2.9] });
    expect(t.rows[2].isSum).toBe(true);
  });

  test('a last row that adds up in every column is a sum row even without a sum word', () => {
    const { tables: [t] } = tablesOf('x.txt', 'Kommune 2019 2024\nBykle 248 300 296 800\nValle 41 200 43 900\nSetesdal 289 500 340 700\n');
    expect(t.rows.map((r) => r.values)).toEqual([[248300, 296800], [41200, 43900], [289500, 340700]]);
    expect(t.rows[2].isSum).toBe(true);
  });

  test('places rows with fewer numbers than columns where the totals allow exactly one placement, and says so', () => {
    const text = 'Aktør 2015 2016 2017 Sum\n\nA  100 100 200\n\nB  50 50 100\n\nC 10 20 30 60\n\nSum 160 170 30 360\n';
    const { tables: [t] } = tablesOf('x.txt', text);
    // 2017 holds only C's 30, so A and B stand in 2015 and 2016: 100 + 50 + 10 = 160 and 100 + 50 + 20 = 170
    expect(t.rows.slice(0, 2).map((r) => r.values)).toEqual([[100, 100, null, 200], [50, 50, null, 100]]);
    expect(t.notes).toEqual(['2 rader har færre tall enn kolonner; tallene er plassert slik at alle kolonnesummene stemmer, den eneste plasseringen som gjør det.']);
    expect(t.uncertain).toBeUndefined();
  });

  test('rows whose numbers the totals cannot place are kept as written with one note and an uncertainty', () => {
    const text = 'Aktør 2015 2016 2017 Sum\n\nA  100 100 200\n\nB  50 50 100\n\nC 10 20 30 60\n\nSum 160 170 130 460\n';
    const { tables: [t] } = tablesOf('x.txt', text);
    // 2017 needs 100 from A or B, but then 2015 or 2016 no longer adds up: no placement fits
    expect(t.rows[0]).toMatchObject({ values: [null, null, null, 200], asWritten: '100 100 200' });
    expect(t.notes).toHaveLength(1);
    expect(t.uncertain?.reason).toMatch(/2 av 4 rader/);
    expect(t.uncertain?.lines).toEqual([3, 5]);
  });

  test('a heading whose column titles end in years is a heading, and the sentence above names the table', () => {
    const text = 'Tabellen viser foreslått innskot per kommune.\n\nKommune Innskot 2025 Innskot 2026\nFlå 200 000 200 000\nGol 600 000 600 000\nSum 800 000 800 000\n';
    const { tables: [t] } = tablesOf('x.txt', text);
    expect(t.title).toBe('Foreslått innskot per kommune');
    expect(t.columns).toEqual(['Innskot 2025', 'Innskot 2026']);
    expect(t.rows.map((r) => r.values)).toEqual([[200000, 200000], [600000, 600000], [800000, 800000]]);
  });
});
