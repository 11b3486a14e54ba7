import { describe, expect, test } from 'vitest';
import { parseTimeframe } from '../src/pipeline/extract/timeframe.ts';

describe('parseTimeframe', () => {
  const cases: [string, { from?: string; to?: string; continuous?: boolean }][] = [
    ['Innen mars 2015', { to: '2015-03-31' }],
    ['Høsten 2014', { from: '2014-08-01', to: '2014-12-31' }],
    ['2014-2015', { from: '2014-01-01', to: '2015-12-31' }],
    ['2013 - 2015', { from: '2013-01-01', to: '2015-12-31' }],
    ['Kontinuerlig', { continuous: true }],
    ['Løpende', { continuous: true }],
    ['Fra 02.01.2015', { from: '2015-01-02' }],
    ['Operativ fra 02.01.2015', { from: '2015-01-02' }],
    ['Innen utgangen av 2016.', { to: '2016-12-31' }],
    ['Ila 2014.', { from: '2014-01-01', to: '2014-12-31' }],
    ['Innen 31.3.2015', { to: '2015-03-31' }],
    ['Kartlegging innen mars 2015', { to: '2015-03-31' }],
    ['Plan for arbeidet klar innen januar 2015', { to: '2015-01-31' }],
    ['Oppstart høsten 2014. Lansering vinter 2015', { from: '2014-08-01', to: '2015-03-31' }],
    ['Februar 2016', { from: '2016-02-01', to: '2016-02-29' }],
    ['Etableringsfase: første halvår 2015.', { from: '2015-01-01', to: '2015-06-30' }],
    ['Ved behov', {}],
    ['Innen 1. juni 2023', { to: '2023-06-01' }],
    ['1. kvartal 2024', { from: '2024-01-01', to: '2024-03-31' }],
    ['Q3 2025', { from: '2025-07-01', to: '2025-09-30' }],
    ['2. halvår 2024', { from: '2024-07-01', to: '2024-12-31' }],
    ['Årlig fra 2023', { from: '2023-01-01', continuous: true }],
  ];
  for (const [text, expected] of cases) {
    test(`reads «${text}» and keeps the text`, () => {
      expect(parseTimeframe(text)).toEqual({ text, ...expected });
    });
  }

  test('keeps a deadline written with a typo as text, reading only the year', () => {
    expect(parseTimeframe('Operativ fra 202.01.2014')).toEqual({ text: 'Operativ fra 202.01.2014', from: '2014-01-01' });
  });
});
