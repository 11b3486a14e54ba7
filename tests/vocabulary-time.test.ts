import { describe, expect, test } from 'vitest';
import { monthOf, readDate, readNumericDate, readWrittenDate, seasonOf, SEASON_MONTHS } from '../src/vocabulary/time.ts';

describe('time vocabulary', () => {
  test('reads month names and their short forms in any case', () => {
    expect(monthOf('Januar')).toBe(1);
    expect(monthOf('sept.')).toBe(9);
    expect(monthOf('des')).toBe(12);
    expect(monthOf('Haust')).toBeUndefined();
  });

  test('reads bokmål and nynorsk seasons as the same season', () => {
    expect(seasonOf('Høsten')).toBe('høst');
    expect(seasonOf('hausten')).toBe('høst');
    expect(seasonOf('sommar')).toBe('sommer');
    expect(SEASON_MONTHS[seasonOf('våren')!]).toEqual([1, 6]);
  });

  test('reads dd.mm.yyyy and d.m.yy dates and refuses impossible days', () => {
    expect(readNumericDate('Frist 1.6.2015')).toEqual({ iso: '2015-06-01', index: 6, text: '1.6.2015' });
    expect(readNumericDate('31.12.14')?.iso).toBe('2014-12-31');
    expect(readNumericDate('30.02.2015')).toBeUndefined();
    expect(readNumericDate('Operativ fra 202.01.2014')).toBeUndefined();
  });

  test('reads a date written with the month as a word', () => {
    expect(readWrittenDate('Møte 7. november 2024 kl. 10')?.iso).toBe('2024-11-07');
    expect(readDate('Oppdatert 7. nov. 2024, sendt 01.12.2024')?.iso).toBe('2024-11-07');
  });
});
