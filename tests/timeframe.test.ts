import { describe, expect, test } from 'vitest';
import { parseTimeframe } from '../src/pipeline/extract/timeframe.ts';

describe('parseTimeframe', () => {
  const cases: [string, { from?: string; to?: string; continuous?: boolean }][] = [
    ['Innen mars 2015', { to: '2015-03' }],
    ['Høsten 2014', { from: '2014-høst', to: '2014-høst' }],
    ['2014-2015', { from: '2014', to: '2015' }],
    ['2013 - 2015', { from: '2013', to: '2015' }],
    ['Kontinuerlig', { continuous: true }],
    ['Løpende', { continuous: true }],
    ['Fra 02.01.2015', { from: '2015-01-02' }],
    ['Operativ fra 02.01.2015', { from: '2015-01-02' }],
    ['Innen utgangen av 2016.', { to: '2016' }],
    ['Ila 2014.', { from: '2014', to: '2014' }],
    ['Innen 31.3.2015', { to: '2015-03-31' }],
    ['Kartlegging innen mars 2015', { to: '2015-03' }],
    ['Plan for arbeidet klar innen januar 2015', { to: '2015-01' }],
    ['Oppstart høsten 2014. Lansering vinter 2015', { from: '2014-høst', to: '2015-vinter' }],
    ['Februar 2016', { from: '2016-02', to: '2016-02' }],
    ['Etableringsfase: første halvår 2015.', { from: '2015-H1', to: '2015-H1' }],
    ['Ved behov', {}],
    ['Innen 1. juni 2023', { to: '2023-06-01' }],
    ['1. kvartal 2024', { from: '2024-Q1', to: '2024-Q1' }],
    ['Q3 2025', { from: '2025-Q3', to: '2025-Q3' }],
    ['2. halvår 2024', { from: '2024-H2', to: '2024-H2' }],
    ['Høst 2014/vår 2015', { from: '2014-høst', to: '2015-vår' }],
    ['Innan hausten 2025', { to: '2025-høst' }],
    ['Frå 2024 til 2026', { from: '2024', to: '2026' }],
    ['Løpande', { continuous: true }],
    ['Kontinuerleg', { continuous: true }],
    ['Årlig fra 2023', { from: '2023', continuous: true }],
  ];
  for (const [text, expected] of cases) {
    test(`reads «${text}» and keeps the text`, () => {
      expect(parseTimeframe(text)).toEqual({ text, ...expected });
    });
  }

  test('reads a deadline at the precision the text gives, never a day it does not write', () => {
    expect(parseTimeframe('Innen januar 2015').to).toBe('2015-01');
    expect(parseTimeframe('Innen 31.1.2015').to).toBe('2015-01-31');
  });

  test('keeps a deadline written with a typo as text, reading only the year', () => {
    expect(parseTimeframe('Operativ fra 202.01.2014')).toEqual({ text: 'Operativ fra 202.01.2014', from: '2014' });
  });
});
