import { describe, expect, test } from 'vitest';
import { isPercentNb, numberTokens, readNumberNb, readNumberRuns, readShareNb } from '../src/pipeline/extract/numbers.ts';

describe('readNumberNb', () => {
  test('reads thousands grouped by spaces', () => expect(readNumberNb('4 478 497')).toBe(4478497));
  test('reads a decimal comma with a percent sign', () => expect(readNumberNb('12,8 %')).toBe(12.8));
  test('reads a negative percentage', () => expect(readNumberNb('-0,9 %')).toBe(-0.9));
  test('reads an amount with its share in brackets, the share separately', () => {
    expect(readNumberNb('895 000 (39%)')).toBe(895000);
    expect(readShareNb('895 000 (39%)')).toBe(39);
  });
  test('reads the Norwegian amount ending ,-', () => expect(readNumberNb('1 790 000,-')).toBe(1790000));
  test('returns undefined for text', () => expect(readNumberNb('Lillehammer')).toBeUndefined());
  test('knows a percentage when it sees one', () => {
    expect(isPercentNb('0,0 %')).toBe(true);
    expect(isPercentNb('4 859')).toBe(false);
  });
});

describe('readNumberRuns', () => {
  test('reads two amounts that share single spaces in one way only', () => {
    const r = readNumberRuns(numberTokens('1 145 000 3 100 000'));
    expect(r.map((x) => x.map((c) => c.value))).toContainEqual([1145000, 3100000]);
    // a group of three zeros can never start a number
    expect(r.every((x) => x.every((c) => !/^000/.test(c.text)))).toBe(true);
  });
  test('keeps both readings when groups make it ambiguous', () => {
    const values = readNumberRuns(numberTokens('250 000 250 000')).map((x) => x.map((c) => c.value));
    expect(values).toContainEqual([250000, 250000]);
    expect(values).toContainEqual([250000250000]);
  });
});
