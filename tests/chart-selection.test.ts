import { describe, expect, test } from 'vitest';
import { chartSelection, chartSpecFor } from '../src/lib/chart-spec.ts';

const row = (label: string, values: number[], texts?: string[]) => ({ label, values, texts });

describe('what a chart of a mixed table shows', () => {
  const population = {
    title: 'Folketall',
    shape: 'time-series' as const,
    columns: ['01.01.2000', '2013K4', '31.12.2013', 'Vekst siden 2000'],
    rows: [
      row('0 Hele landet', [4478497, 57781, 5109056, 12.8], ['4 478 497', '57 781', '5 109 056', '12,8 %']),
      row('0501 Lillehammer', [24724, 178, 27028, 8.5], ['24 724', '178', '27 028', '8,5 %']),
      row('0521 Øyer', [4859, -12, 5102, 4.6], ['4 859', '-12', '5 102', '4,6 %']),
      row('0522 Gausdal', [6186, 96, 6141, -0.9], ['6 186', '96', '6 141', '-0,9 %']),
      row('0403 Hamar', [26545, 167, 29353, 10.5], ['26 545', '167', '29 353', '10,5 %']),
      row('0412 Ringsaker', [31622, 57, 33406, 5.8], ['31 622', '57', '33 406', '5,8 %']),
    ],
  };

  test('leaves out percentage columns beside absolute numbers and a total far larger than the rest, and says so', () => {
    const s = chartSelection(population);
    expect(s.columns).toEqual([0, 2]);
    expect(s.rows.map((r) => r.label)).not.toContain('0 Hele landet');
    expect(s.rows).toHaveLength(5);
    expect(s.omitted).toBe('Figuren viser ikke prosentkolonnene (Vekst siden 2000), og heller ikke kolonnene med mye mindre tall (2013K4), og heller ikke 0 Hele landet, som har mye større tall enn de andre radene. Alle tallene står i tabellen.');
    const spec = chartSpecFor(population);
    expect(spec.labels).toEqual(['01.01.2000', '31.12.2013']);
    expect(spec.series[0]).toEqual({ label: '0501 Lillehammer', values: [24724, 27028] });
  });

  test('keeps a table of one kind whole', () => {
    const shares = { title: 'Andel', shape: 'shares' as const, columns: ['2008', '2013'], rows: [row('Lillehammer', [15.2, 15.0], ['15,2 %', '15,0 %']), row('Øyer', [9.9, 9.5], ['9,9 %', '9,5 %'])] };
    expect(chartSelection(shares)).toEqual({ columns: [0, 1], rows: shares.rows, omitted: undefined });
  });
});
