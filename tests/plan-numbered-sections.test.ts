import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';

/**
 * A plan without `Strategi:` or `Satsingsområde n:` labels: each numbered section of its action chapter
 * (`3.1 Landbruk og mat`) has a description and an action table. Written for this test (invented region).
 */
const text = [
  'Strategisk næringsplan for Solberg 2025–2028', '',
  '1 Innledning', '________________________________________', '',
  'Planen gjelder for de fire kommunene i Solberg-regionen.', '',
  '2 Mål', '________________________________________', '',
  'Hovedmål: Solberg skal ha 150 nye arbeidsplasser innen 2028.', '',
  '3 Innsats og tiltak', '________________________________________', '',
  '3.1 Landbruk og mat', '',
  'Landbruket er regionens største næring.', '',
  'Nr. Tiltak Hovedansvar Medvirkende Tidsramme', '',
  '1.1 Etablere et matnettverk Solberg regionråd Bondelaget 2025', '',
  '3.2 Reiseliv', '',
  'Reiselivet skal vokse utenom sommeren.', '',
  'Nr. Tiltak Hovedansvar Medvirkende Tidsramme', '',
  '2.1 Utvikle vinterprodukter Visit Solberg Hotellene 2026', '',
  '4 Oppfølging', '________________________________________', '',
  'Regionrådet følger opp planen hvert år.', '',
].join('\n');

describe('numbered sections over action tables, in a plan without level labels', () => {
  const p = processDocument({ file: 'seeds/solberg.txt', bytes: Buffer.from(text) });

  test('each section is a strategy with its description and its actions', () => {
    expect(p.strategies.map((s) => [s.title, s.description, s.actions.map((a) => a.text)])).toEqual([
      ['Landbruk og mat', ['Landbruket er regionens største næring.'], ['Etablere et matnettverk']],
      ['Reiseliv', ['Reiselivet skal vokse utenom sommeren.'], ['Utvikle vinterprodukter']],
    ]);
  });

  test('the chapter after the last table is no strategy', () => {
    expect(p.document.chapters.map((c) => c.title)).toContain('Oppfølging');
    expect(p.strategies.some((s) => /Oppfølging/.test(s.title))).toBe(false);
  });
});
