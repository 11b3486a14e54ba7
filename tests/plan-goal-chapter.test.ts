import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';

/**
 * A plan whose goals stand in a chapter of their own, headed like a goal section (`3. Visjon og mål`):
 * labels on their own lines, sub-goals as bullets, and a page number the normaliser leaves because a
 * page-start line follows it. Written for this test (an invented region), in nynorsk.
 */
const text = [
  'Regional næringsplan for Vesterland 2025–2029',
  '',
  ' 1. Innleiing ',
  '____________________________________________________________',
  '',
  'Vesterland regionråd har utarbeidd ein ny næringsplan for perioden 2025–2029.',
  '',
  ' 2. Visjon og mål ',
  '____________________________________________________________',
  '',
  'Visjon ',
  '',
  '«Vesterland – havet som arbeidsplass» ',
  '',
  'Hovudmål ',
  '',
  'Vesterland skal ha minst 400 nye arbeidsplassar i privat sektor innan 2029. ',
  '',
  'Delmål ',
  '',
  '\uf0b7 Talet på nye verksemder skal auke med 10 % innan 2029. ',
  '\uf0b7 Alle kommunane skal ha byggjeklart næringsareal. ',
  '',
  '4 ',
  ' 3. Satsingsområde og tiltak ',
  '____________________________________________________________',
  '',
  'Strategi: Utvikle havnæringane i regionen ',
  '',
].join('\n');

describe('a chapter headed like a goal section', () => {
  const p = processDocument({ file: 'seeds/vesterland.txt', bytes: Buffer.from(text) });

  test('opens with its goals: vision, main goal and each sub-goal, with their levels and targets', () => {
    expect(p.goals.map((g) => [g.kind, g.text])).toEqual([
      ['visjon', '«Vesterland – havet som arbeidsplass»'],
      ['hovedmal', 'Vesterland skal ha minst 400 nye arbeidsplassar i privat sektor innan 2029.'],
      ['delmal', 'Talet på nye verksemder skal auke med 10 % innan 2029.'],
      ['delmal', 'Alle kommunane skal ha byggjeklart næringsareal.'],
    ]);
    expect(p.goals[1].targets).toMatchObject([{ value: 400, unit: 'arbeidsplassar', year: 2029 }]);
  });

  test('a bare page number at the end of the chapter is no goal', () => {
    expect(p.goals.some((g) => /^\d+$/.test(g.text))).toBe(false);
  });
});

/** Goal labels inside ordinary chapters: a label alone over its goal, a label with its goal after a colon, and `Formål`. */
const ordinary = [
  'Strategisk næringsplan for Austmark 2025–2030',
  '',
  ' 1. Innledning ',
  '____________________________________________________________',
  '',
  'Formål ',
  '',
  'Planen skal samordne næringsarbeidet i de fire kommunene. ',
  '',
  'Hovedmål i planen ',
  '',
  'Austmark skal ha minst 300 flere arbeidsplasser i 2030 enn i 2024. ',
  '',
  '2 BAKGRUNN OG UTFORDRINGER ',
  '',
  'Regionen har hatt svak vekst i privat sektor. ',
  '',
  ' 3. Satsingsområder ',
  '____________________________________________________________',
  '',
  'Delmål: Antall nye bedrifter skal øke med 15 % innen 2030. ',
  '',
  'Strategi: Styrke gründerarbeidet i regionen ',
  '',
  'Tiltak Ansvar Samarbeidspartnere Frist ',
  'Etablere et felles gründerkontor Austmark regionråd Innovasjon Norge 2026 ',
  '',
].join('\n');

describe('goal labels in an ordinary chapter', () => {
  const p = processDocument({ file: 'seeds/austmark.txt', bytes: Buffer.from(ordinary) });

  test('a level label alone or with its goal after a colon opens a goal list; the next heading ends it', () => {
    expect(p.goals.map((g) => [g.kind, g.text])).toEqual([
      ['hovedmal', 'Austmark skal ha minst 300 flere arbeidsplasser i 2030 enn i 2024.'],
      ['delmal', 'Antall nye bedrifter skal øke med 15 % innen 2030.'],
    ]);
  });

  test('«Formål» outside a goal section says what the plan is for, and is no goal', () => {
    expect(p.goals.some((g) => g.kind === 'formal' || /samordne/.test(g.text))).toBe(false);
  });
});

describe('a goal stated with a strategy', () => {
  const text = [
    'Handlingsplan for næringsutvikling i Nordvik 2025–2028',
    '',
    ' 1. Satsingsområder og tiltak ',
    '____________________________________________________________',
    '',
    'Strategi: Mer verdiskaping fra havet ',
    '',
    'Delmål: Sjømatnæringen i Nordvik skal øke omsetningen med 20 % innen 2028. ',
    '',
    'Havet gir arbeid i alle kommunene i regionen. ',
    '',
    'Tiltak Ansvar Samarbeidspartnere Frist ',
    'Kartlegge behovet for nye kaianlegg Nordvik regionråd Kystverket 2026 ',
    '',
  ].join('\n');
  const p = processDocument({ file: 'seeds/nordvik.txt', bytes: Buffer.from(text) });

  test('is a goal of the chapter, not part of the strategy description', () => {
    expect(p.goals.map((g) => [g.kind, g.text, g.chapterId])).toEqual([['delmal', 'Sjømatnæringen i Nordvik skal øke omsetningen med 20 % innen 2028.', p.strategies[0].chapterId]]);
    expect(p.strategies[0].description).toEqual(['Havet gir arbeid i alle kommunene i regionen.']);
    expect(p.strategies[0].actions).toHaveLength(1);
  });
});
