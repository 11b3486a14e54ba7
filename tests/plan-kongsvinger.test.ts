import { describe, expect, test } from 'vitest';
import { loadPlanFixture } from './helpers/plan-fixture.ts';

/**
 * An unseen plan whose cells each wrap over two or three lines and stand as blocks of their own
 * (`Kongsvinger` / `kommune`, `Innen` / `utgangen av` / `2026`), header `Tiltak Ansvarlig Medvirkende Frist`,
 * a row with an empty responsible cell, a row split by a page break (page number, then a page-start line
 * opening the partner cell), an acronym defined in passing (`Kongsvingerregionen IKS (KRIKS)`).
 * Every expectation below was read off input.txt.
 */
const file = 'src/pipeline/families/plan/fixtures/plan-kongsvinger-wrapped-cells/input.txt';
const { p, actions, row } = loadPlanFixture(file);
const columns = ['Tiltak', 'Ansvarlig', 'Medvirkende', 'Frist'];

describe('a plan whose cells wrap over several lines (Kongsvinger)', () => {
  test('reads the strategies and their headers', () => {
    expect(p.family).toBe('plan');
    expect(p.strategies.map((s) => [s.number, s.title, s.columns])).toEqual([
      ['2.1', 'Flere byggeklare næringsarealer langs E16 og Kongsvingerbanen', columns],
      ['2.2', 'Styrke samarbeidet med næringslivet i Sverige', columns],
      ['3.1', 'Bedre tilgang på kompetanse for bedriftene', columns],
    ]);
    expect(actions.map((a) => a.number)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2.1', '2.2.2', '3.1.1', '3.1.2']);
  });

  test('joins the wrapped cells', () => {
    expect(row('2.1.1')).toEqual({ text: 'Utrede et felles næringsområde ved Kongsvinger stasjon', responsible: ['Kongsvinger kommune'], partners: ['Glåmdal regionråd', 'grunneierne'], timeframe: { text: 'Innen utgangen av 2026', to: '2026' }, financing: undefined });
    expect(row('2.1.2')).toEqual({ text: 'Lage en arealstrategi for logistikk og lager langs E16', responsible: ['KRIKS'], partners: ['Kommunene', 'Innlandet fylkeskommune'], timeframe: { text: 'Høsten 2025', from: '2025-høst', to: '2025-høst' }, financing: undefined });
    expect(row('2.1.4')).toEqual({ text: 'Gjennomføre en analyse av grensehandelen', responsible: ['Sør-Odal kommune'], partners: ['Eidskog kommune', 'Handelsforeningen i Kongsvinger'], timeframe: { text: 'Våren 2025', from: '2025-vår', to: '2025-vår' }, financing: undefined });
    expect(row('2.2.1')).toEqual({ text: 'Opprette et grenseråd for næringsliv på begge sider av grensen', responsible: ['Kongsvinger Næringsråd'], partners: ['KRIKS', 'Arvika kommun'], timeframe: { text: '2025–2026', from: '2025', to: '2026' }, financing: undefined });
    expect(row('3.1.1')).toEqual({ text: 'Etablere et studiesenter med desentraliserte tilbud', responsible: ['KRIKS'], partners: ['Høgskolen i Innlandet', 'kommunene'], timeframe: { text: '1. halvår 2026', from: '2026-H1', to: '2026-H1' }, financing: undefined });
    expect(row('3.1.2')).toEqual({ text: 'Utvikle en ordning for traineer i små bedrifter', responsible: ['Kongsvinger Næringsråd'], partners: ['NAV', 'KRIKS'], timeframe: { text: 'Innen 31.12.2025', to: '2025-12-31' }, financing: undefined });
  });

  test('keeps a row together across a page break', () => {
    expect(row('2.2.2')).toEqual({ text: 'Arrangere en årlig næringslivskonferanse om grensehandel og logistikk', responsible: ['Kongsvinger Næringsråd'], partners: ['Innovasjon Norge', 'Eidskog kommune'], timeframe: { text: 'Årlig fra 2025', from: '2025', continuous: true }, financing: undefined });
    expect(actions.find((a) => a.number === '2.2.2')).toMatchObject({ responsibleText: 'Kongsvinger Næringsråd', partnersText: 'Innovasjon Norge, Eidskog kommune' });
  });

  test('leaves an empty responsible cell empty', () => {
    // the row has one actor cell, a list of a plural group and a lower-case group: the partners
    expect(row('2.1.3')).toEqual({ text: 'Etablere en felles tomtebank på nett', responsible: [], partners: ['Kommunene', 'eiendomsutviklere'], timeframe: { text: 'Løpende', continuous: true }, financing: undefined });
  });
});
