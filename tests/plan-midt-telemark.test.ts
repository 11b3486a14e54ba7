import { describe, expect, test } from 'vitest';
import { loadPlanFixture } from './helpers/plan-fixture.ts';

/**
 * An unseen plan whose actions are numbered (`3. Etablere en tomtebank for` / `næringsliv`, which looks like a
 * chapter heading but is neither on a page-start line nor over a rule), whose header is written in capitals and
 * repeated at the top of the next page after a bare page number, whose strategy titles wrap, and whose table
 * names a road (`E134`) at the end of an action text. Every expectation below was read off input.txt.
 */
const file = 'src/pipeline/families/plan/fixtures/plan-midt-telemark-repeated-header/input.txt';
const { p, actions } = loadPlanFixture(file);
const rows = actions.map((a) => [a.number, a.text, a.responsible, a.partners, a.timeframe.text]);

describe('a plan with numbered actions and a header repeated after a page break (Midt-Telemark)', () => {
  test('takes no numbered action for a chapter heading', () => {
    expect(p.document.chapters.map((c) => [c.number ?? null, c.title])).toEqual([
      [null, 'Innledning'],
      ['1', 'Innledning'],
      ['2', 'Næringsareal'],
    ]);
  });

  test('reads both strategies, the first title wrapped', () => {
    expect(p.strategies.map((s) => [s.number, s.title, s.columns])).toEqual([
      ['2.1', 'Sikre nok næringsareal for nye og eksisterende bedrifter', ['TILTAK', 'ANSVAR', 'SAMARBEIDSPARTNERE', 'FRIST']],
      ['2.2', 'Gjøre det enklere å etablere seg', ['TILTAK', 'ANSVAR', 'SAMARBEIDSPARTNERE', 'FRIST']],
    ]);
  });

  test('reads every row, also the one after the repeated header', () => {
    expect(rows).toEqual([
      ['2.1.1', '1. Kartlegge ledige arealer langs E134', ['MTNU'], ['Grunneiere', 'Statens vegvesen'], 'Vår 2024'],
      ['2.1.2', '2. Regulere nytt næringsområde på Bø sør', ['Midt-Telemark kommune'], ['MTNU'], '2025'],
      ['2.1.3', '3. Etablere en tomtebank for næringsliv', ['MTNU'], ['Grunneiere'], 'Innen utgangen av 2025'],
      ['2.1.4', '4. Lage en felles salgsoppgave for alle ledige tomter', ['MTNU'], ['Eiendomsmeglerne'], 'Løpende'],
      ['2.2.1', '5. Innføre en fast kontaktperson for nye bedrifter', ['Midt-Telemark kommune'], [], '2024'],
      ['2.2.2', '6. Holde et årlig næringsfrokostmøte', ['MTNU'], ['Bø næringsforening', 'Sauherad næringsforening'], 'Årlig'],
    ]);
    expect(actions.flatMap((a) => a.warnings)).toEqual([]);
  });

  test('drops the page number and still shows the repeated header line', () => {
    expect(p.dropped.filter((d) => d.reason === 'sidetall').map((d) => d.no)).toEqual([33]);
    const chapter2 = JSON.stringify(p.document.chapters[2].body);
    expect(chapter2).toContain('TILTAK ANSVAR SAMARBEIDSPARTNERE FRIST');
  });
});
