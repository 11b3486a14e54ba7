import { describe, expect, test } from 'vitest';
import { loadPlanFixture } from './helpers/plan-fixture.ts';

/**
 * An unseen plan whose rows are mostly written on one line: the end of the action text, the responsible name,
 * the partner list and the timeframe share it with single spaces between them (`… for gründere Ringerike
 * Næringsforening Innovasjon Norge, Ringerike kommune Løpende`). Names of two or three words
 * (`Ringerike kommune`, `Ringerike Næringsforening`, `Kunnskapsparken Ringerike`, `Bane NOR`), partner lists
 * with commas and «og» (two names each), a responsible name followed straight by a partner name (`Innovasjon Norge
 * Kunnskapsparken Ringerike, …`), timeframes `2025–2026`, `Løpende`, `Innen utgangen av 2025`, `Q4 2025`,
 * `Vår 2026`, and text wrapped onto the line that carries the cells. Every expectation below was read off input.txt.
 */
const file = 'src/pipeline/families/plan/fixtures/plan-ringerike-shared-lines/input.txt';
const { p, actions, row } = loadPlanFixture(file);
const first = ['Tiltak', 'Hovedansvar', 'Samarbeidspartnere', 'Tidsbruk'];

describe('a plan whose cells share one line (Ringerike)', () => {
  test('reads the strategies and their headers', () => {
    expect(p.family).toBe('plan');
    expect(p.strategies.map((s) => [s.number, s.title, s.columns])).toEqual([
      ['2.1', 'Gjøre det enklere å etablere og drive bedrift i regionen', first],
      ['2.2', 'Flere bedrifter som vokser og eksporterer', first],
      ['3.1', 'Sikre bedriftene den kompetansen de trenger', ['Tiltak', 'Ansvar', 'Partnere', 'Tidsramme']],
    ]);
    expect(actions.map((a) => a.number)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.2.1', '2.2.2', '2.2.3', '3.1.1', '3.1.2', '3.1.3', '3.1.4']);
  });

  test('splits the rows of the first strategy', () => {
    expect(row('2.1.1')).toEqual({ text: 'Lage en felles oversikt over ledige næringstomter', responsible: ['Ringerike kommune'], partners: ['Hole kommune', 'Jevnaker kommune'], timeframe: { text: '2025–2026', from: '2025', to: '2026' }, financing: undefined });
    expect(row('2.1.2')).toEqual({ text: 'Etablere en fast førstelinjetjeneste for gründere', responsible: ['Ringerike Næringsforening'], partners: ['Innovasjon Norge', 'Ringerike kommune'], timeframe: { text: 'Løpende', continuous: true }, financing: undefined });
    expect(row('2.1.3')).toEqual({ text: 'Arrangere etablererkurs to ganger i året', responsible: ['Ringerike Næringsforening'], partners: ['Hole kommune', 'Jevnaker kommune'], timeframe: { text: 'Vår 2026', from: '2026-vår', to: '2026-vår' }, financing: undefined });
    expect(row('2.1.4')).toEqual({ text: 'Kartlegge behovet for næringsbygg nær Hønefoss stasjon', responsible: ['Ringerike kommune'], partners: ['Bane NOR', 'Buskerud fylkeskommune'], timeframe: { text: 'Innen utgangen av 2025', to: '2025' }, financing: undefined });
    // the text wraps; its last line carries the cells
    expect(row('2.1.5')).toEqual({ text: 'Utarbeide en felles markedsføring av regionen mot bedrifter i Oslo', responsible: ['Ringerike Næringsforening'], partners: ['Ringerike kommune', 'Hole kommune'], timeframe: { text: 'Q4 2025', from: '2025-Q4', to: '2025-Q4' }, financing: undefined });
    expect(actions.find((a) => a.number === '2.1.5')).toMatchObject({ responsibleText: 'Ringerike Næringsforening', partnersText: 'Ringerike kommune, Hole kommune' });
  });

  test('splits a responsible name followed straight by a partner name', () => {
    expect(row('2.2.1')).toEqual({ text: 'Tilby vekstprogram for bedrifter med over ti ansatte', responsible: ['Innovasjon Norge'], partners: ['Ringerike Næringsforening', 'Kunnskapsparken Ringerike'], timeframe: { text: '2025–2027', from: '2025', to: '2027' }, financing: undefined });
    expect(row('2.2.2')).toEqual({ text: 'Etablere et nettverk for industribedrifter', responsible: ['Innovasjon Norge'], partners: ['Kunnskapsparken Ringerike', 'Buskerud fylkeskommune'], timeframe: { text: 'Innen 2026', to: '2026' }, financing: undefined });
    expect(actions.find((a) => a.number === '2.2.2')).toMatchObject({ responsibleText: 'Innovasjon Norge', partnersText: 'Kunnskapsparken Ringerike, Buskerud fylkeskommune' });
    expect(row('2.2.3')).toEqual({ text: 'Søke om midler til et regionalt omstillingsprogram', responsible: ['Ringerike kommune'], partners: ['Buskerud fylkeskommune', 'Innovasjon Norge'], timeframe: { text: 'Q2 2025', from: '2025-Q2', to: '2025-Q2' }, financing: undefined });
  });

  test('splits the rows under the synonym header', () => {
    expect(row('3.1.1')).toEqual({ text: 'Opprette et lærlingekontor for små bedrifter', responsible: ['Ringerike Næringsforening'], partners: ['Buskerud fylkeskommune', 'NAV Ringerike'], timeframe: { text: 'Høst 2025', from: '2025-høst', to: '2025-høst' }, financing: undefined });
    expect(row('3.1.2')).toEqual({ text: 'Gjennomføre en årlig jobbmesse for ungdom', responsible: ['Hole kommune'], partners: ['Ringerike Næringsforening', 'NAV Ringerike'], timeframe: { text: 'Årlig fra 2025', from: '2025', continuous: true }, financing: undefined });
    expect(row('3.1.3')).toEqual({ text: 'Kartlegge kompetansebehovet i bygg og anlegg', responsible: ['Kunnskapsparken Ringerike'], partners: ['Ringerike Næringsforening'], timeframe: { text: '2026', from: '2026', to: '2026' }, financing: undefined });
    expect(row('3.1.4')).toEqual({ text: 'Utvikle et tilbud om fagbrev på jobb for ansatte uten fagbrev', responsible: ['Buskerud fylkeskommune'], partners: ['NAV Ringerike', 'Ringerike kommune', 'Hole kommune'], timeframe: { text: 'Løpende', continuous: true }, financing: undefined });
  });

  test('is sure of every row', () => {
    expect(actions.flatMap((a) => a.warnings)).toEqual([]);
  });
});
