import { describe, expect, test } from 'vitest';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { segmentBlocks } from '../src/pipeline/segment.ts';
import { extractNumericTables, type NumericTableMatch } from '../src/pipeline/extract/numeric-table.ts';

/** Numeric tables from an invented region (Lindfjord), written for these tests; the expected cells are read from the lines below. */
function tablesOf(lines: string[]) {
  let n = 0;
  const file = 'lindfjord.txt';
  const out = extractNumericTables(segmentBlocks(normaliseText(file, lines.join('\n'))), { file, documentId: 'dok', nextLocalId: () => `tabell-${++n}` });
  return out.filter((o): o is NumericTableMatch => 'kind' in o).map((m) => m.dataset);
}

describe('numeric tables in other layouts', () => {
  test('a header in space-aligned columns over two lines takes each piece of its second line into the column above it', () => {
    const [t] = tablesOf([
      'Tabell 3 Tilskudd til havnene 2026 (kroner)',
      '',
      'Havn         Anløp          Fast del       Tillegg per    Sum',
      '             2025                          anløp',
      'Nesvik       120            40 000         12 000         52 000',
      'Lindvik      80             40 000         8 000          48 000',
      'Totalt       200            80 000         20 000         100 000',
      'Kilde: Havnekontoret',
    ]);
    expect(t.rowHeading).toBe('Havn');
    expect(t.columns).toEqual(['Anløp 2025', 'Fast del', 'Tillegg per anløp', 'Sum']);
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Nesvik', [120, 40000, 12000, 52000]],
      ['Lindvik', [80, 40000, 8000, 48000]],
      ['Totalt', [200, 80000, 20000, 100000]],
    ]);
  });

  test('a second line whose piece straddles two columns continues no column: the lines are left as text', () => {
    const tables = tablesOf([
      'Havn         Anløp          Fast del       Sum',
      '          1.1.2025 og 2026 tall',
      'Nesvik       120            40 000         40 120',
      'Lindvik      80             40 000         40 080',
    ]);
    expect(tables).toEqual([]);
  });

  test('a caption line is the title, not the header, and the years under it are the columns', () => {
    const [t] = tablesOf([
      'Tabell 4 Besøk i Lindfjord havnehus 2023–2025',
      '',
      'Besøk                         2023      2024      2025',
      'Skoleklasser                  12        15        14',
      'Turister på rundtur           410       455       470',
    ]);
    expect(t.title).toBe('Tabell 4 Besøk i Lindfjord havnehus 2023–2025');
    expect(t.columns).toEqual(['2023', '2024', '2025']);
    expect(t.rows.map((r) => r.label)).toEqual(['Skoleklasser', 'Turister på rundtur']);
  });

  test('a last row whose label was left open takes the lower-case line under it', () => {
    const [t] = tablesOf([
      'Besøk                         2023      2024      2025',
      'Skoleklasser                  12        15        14',
      'Turister på rundtur og        410       455       470',
      'fjordcruise',
      '',
      'Besøkstallet har økt hvert år.',
    ]);
    expect(t.rows.map((r) => [r.label, r.values])).toEqual([
      ['Skoleklasser', [12, 15, 14]],
      ['Turister på rundtur og fjordcruise', [410, 455, 470]],
    ]);
  });
});
