import { describe, expect, test } from 'vitest';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { findAcronyms } from '../src/pipeline/extract/acronyms.ts';
import { findFootnotes } from '../src/pipeline/extract/footnotes.ts';
import { parseNumericTargets } from '../src/pipeline/extract/goals.ts';

const acronymsOf = (text: string) => findAcronyms(normaliseText('x.txt', text).lines).map(({ short, long }) => ({ short, long }));

describe('acronyms the text defines', () => {
  test('reads a name with its acronym in brackets', () => {
    expect(acronymsOf('Et tettere samarbeid med Høgskolen i Lillehammer (HiL) er ønsket.')).toEqual([{ short: 'HiL', long: 'Høgskolen i Lillehammer' }]);
    expect(acronymsOf('Fotograf / byrå / Visit Lillehammer (VL)')).toEqual([{ short: 'VL', long: 'Visit Lillehammer' }]);
  });

  test('reads an acronym between commas after the name', () => {
    expect(acronymsOf('1 Lillehammer-regionen utvikling, LRU, er kun en arbeidstittel.')).toEqual([{ short: 'LRU', long: 'Lillehammer-regionen utvikling' }]);
  });

  test('reads a name wrapped onto the line before its acronym', () => {
    expect(acronymsOf('Lillehammer-regionen utvikling\n(LRU)1\n')).toEqual([{ short: 'LRU', long: 'Lillehammer-regionen utvikling' }]);
  });

  test('does not take brackets whose letters are not the initials', () => {
    expect(acronymsOf('Anne Mette Iversen – Innovasjon Norge (kun innledende møte) og Film (TV)')).toEqual([]);
  });
});

describe('footnotes', () => {
  test('links a marker glued to a word to the footnote under the separator', () => {
    const text = ['Lillehammer-regionen utvikling', '(LRU)1', '', 'Næringsliv Innen januar 2015', ' ', ' '.repeat(40), '1 Lillehammer-regionen utvikling, LRU, er kun en arbeidstittel. Denne viser', 'til den samlede ressursen.', ' Strategi: Neste'].join('\n');
    const { lines, footnotes } = findFootnotes('x.txt', normaliseText('x.txt', text).lines);
    expect(footnotes).toEqual([{ n: '1', text: 'Lillehammer-regionen utvikling, LRU, er kun en arbeidstittel. Denne viser til den samlede ressursen.', source: { file: 'x.txt', lines: [7, 8] }, lines: [7, 8], markerLine: 2 }]);
    expect(lines[1].text).toBe('(LRU)[^1]');
  });

  test('reads a footnote whose number stands on its own line', () => {
    const text = ['Profilere samarbeidsprosjekter Regionmarkedsfører2 Næringsliv, FoU', '', ' '.repeat(30), '2', ' Ansettelse av en regionmarkedsfører er lagt inn som et viktig tiltak', ' 3. Neste kapittel'].join('\n');
    const { lines, footnotes } = findFootnotes('x.txt', normaliseText('x.txt', text).lines);
    expect(footnotes.map((f) => [f.n, f.text, f.markerLine])).toEqual([['2', 'Ansettelse av en regionmarkedsfører er lagt inn som et viktig tiltak', 1]]);
    expect(lines[0].text).toBe('Profilere samarbeidsprosjekter Regionmarkedsfører[^2] Næringsliv, FoU');
  });
});

describe('numeric targets of goals', () => {
  test('reads a starting level, a target, the unit and the year', () => {
    expect(parseNumericTargets('Fra dagens nivå på 750 skal det være minst 2 000 arbeidsplasser innen IKT i Lillehammer-regionen i 2024')).toEqual([
      { from: 750, value: 2000, unit: 'arbeidsplasser', year: 2024, text: 'Fra dagens nivå på 750 skal det være minst 2 000 arbeidsplasser' },
    ]);
    expect(parseNumericTargets('fra 750 til minst 2 000 arbeidsplasser innen IKT i 2024')[0]).toMatchObject({ from: 750, value: 2000, unit: 'arbeidsplasser', year: 2024 });
  });

  test('reads a count of things and skips the adjectives before the unit', () => {
    expect(parseNumericTargets('Innen 2024 er det skapt minst 20 nye og levedyktige bedrifter som hører innunder paraplyen')).toEqual([
      { value: 20, unit: 'bedrifter', year: 2024, text: 'minst 20 nye og levedyktige bedrifter' },
    ]);
  });

  test('reads percentages and does not take years for values', () => {
    expect(parseNumericTargets('Antall nyetableringer skal øke med 10 % innen 2026.')).toEqual([{ value: 10, unit: '%', year: 2026, text: '10 %' }]);
    expect(parseNumericTargets('Lillehammer-regionen skal være blant Norges mest attraktive regioner.')).toEqual([]);
  });

  test('a starting level or reference in brackets is context, not a target (12 % høyere per 2013 in a 2014 plan)', () => {
    expect(parseNumericTargets('skal holde omsetningen på tilsvarende nivå målt mot landsgjennomsnittet (12 % høyere per 2013)')).toEqual([]);
  });

  test('a target dated before the document is no target', () => {
    expect(parseNumericTargets('Kommunen skal ha 500 arbeidsplasser i 2012', 2014)).toEqual([]);
    expect(parseNumericTargets('Sogn skal ha minst 600 nye arbeidsplassar i privat sektor innan 2028.', 2024)).toEqual([
      { value: 600, unit: 'arbeidsplassar', year: 2028, text: 'minst 600 nye arbeidsplassar' },
    ]);
  });

  test('a verb ends the unit: «Minst 20 bedrifter skal ha gjennomført»', () => {
    expect(parseNumericTargets('Minst 20 bedrifter skal ha gjennomført eit omstillingsprosjekt')[0]).toMatchObject({ value: 20, unit: 'bedrifter' });
  });

  test('a target over a period takes the period’s last year, and «ut fra» ends the unit', () => {
    expect(parseNumericTargets('Sikre og etablere 500 arbeidsplasser ut fra eksisterende næringsliv i perioden 2015-2018.')).toEqual([
      { value: 500, unit: 'arbeidsplasser', year: 2018, text: '500 arbeidsplasser' },
    ]);
  });
});
