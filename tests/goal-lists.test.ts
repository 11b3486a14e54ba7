import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../src/pipeline/process.ts';
import { listMarkOf, withoutListMark } from '../src/pipeline/extract/list-items.ts';

const read = (file: string) => processDocument({ file, bytes: readFileSync(path.join(import.meta.dirname, '..', file)) });

/**
 * Goals listed under a goal label with numbers or letters (`1.`, `1)`, `a)`): one goal per item, the mark left out,
 * a wrapped item kept whole, and a wrapped goal whose second line starts with `1. halvår` kept as one goal.
 * Both fixtures are invented plans (a bokmål one single-spaced, a nynorsk one double-spaced).
 */
describe('a numbered list under a goal label', () => {
  test('gives one goal per item in a single-spaced bokmål plan, lettered items included', () => {
    const p = read('src/pipeline/families/plan/fixtures/plan-numbered-goal-lists/input.txt');
    expect(p.goals.map((g) => [g.kind, g.text])).toEqual([
      ['visjon', 'Fjellbygda – der fjellet gir arbeid'],
      ['hovedmal', 'Fjellbygda skal ha et nytt næringsareal ferdig regulert innen 1. halvår 2027.'],
      ['delmal', 'Antall arbeidsplasser i reiselivet skal øke med 15 % innen 2030.'],
      ['delmal', 'Fjellbygda skal ha minst 40 nye bedrifter innen landbruk og matproduksjon, og halvparten av dem skal selge utenfor regionen.'],
      ['delmal', 'Flere unge skal ta fagbrev i regionen.'],
      ['resultatmal', 'Minst 200 nye gjestedøgn hver vinter'],
      ['resultatmal', 'Tre nye bygdeutviklingsprosjekter'],
    ]);
    expect(p.goals[2].targets).toMatchObject([{ value: 15, unit: '%', year: 2030 }]);
    // the item over two lines keeps both of them as its source
    expect(p.goals[3].source.lines[1] - p.goals[3].source.lines[0]).toBe(1);
  });

  test('gives one goal per item in a double-spaced nynorsk plan, and the heading after the list ends it', () => {
    const p = read('src/pipeline/families/plan/fixtures/plan-nynorsk-double-spaced-goal-list/input.txt');
    expect(p.goals.map((g) => [g.kind, g.text])).toEqual([
      ['hovedmal', 'Fjordane vest skal ha 300 fleire arbeidsplassar i privat sektor i 2029.'],
      ['delmal', 'Fleire besøkande utanom sommaren'],
      ['delmal', 'Ny næringshamn i drift'],
      ['delmal', 'Fleire lærlingar i industrien'],
      ['resultatmal', 'Tre nye reiselivsprodukt'],
      ['resultatmal', 'Ein ny rettleiar for gründerar'],
    ]);
    expect(p.document.chapters.flatMap((c) => c.body).some((n) => n.type === 'paragraph' && JSON.stringify(n).includes('folketalet'))).toBe(true);
  });
});

describe('list marks', () => {
  test('are numbers or letters with a full stop or a bracket', () => {
    expect(listMarkOf('2) Flere arbeidsplasser')).toEqual({ ordinal: 2, style: 'digit)', rest: 'Flere arbeidsplasser' });
    expect(listMarkOf('c. Nye bedrifter')).toEqual({ ordinal: 3, style: 'letter.', rest: 'Nye bedrifter' });
    expect(listMarkOf('(1) Fleire lærlingar')).toMatchObject({ ordinal: 1, rest: 'Fleire lærlingar' });
    expect(withoutListMark('a) Fleire besøkande')).toBe('Fleire besøkande');
  });

  test('are not a date or a period that starts a wrapped line, nor a section number', () => {
    expect(listMarkOf('1. halvår 2027.')).toBeUndefined();
    expect(listMarkOf('2. kvartal 2026')).toBeUndefined();
    expect(listMarkOf('20. juni skal alt være klart')).toBeUndefined();
    expect(listMarkOf('4.1 Reiseliv')).toBeUndefined();
    expect(listMarkOf('2026. Deretter')).toBeUndefined();
  });
});
