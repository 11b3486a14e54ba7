import { describe, expect, test } from 'vitest';
import { loadPlanFixture } from './helpers/plan-fixture.ts';

/**
 * A plan of the same family that is not a seed: another region, a contents page with dotted leaders,
 * chapter headings `1 Innledning` without a dot, header synonyms (Aktivitet/Ansvarlig/Medvirkende/Tidsramme,
 * Aktivitet/Ansvar/Partnere/Frist/Budsjett), a strategy title wrapped across a blank line, a page number and a
 * page break inside a table, a footnote marker glued to an acronym. Every expectation below was read off input.txt.
 */
const file = 'src/pipeline/families/plan/fixtures/plan-hallingdal/input.txt';
const { p, actions, row } = loadPlanFixture(file);

describe('a plan for another region (Hallingdal)', () => {
  test('is recognised as a plan', () => {
    expect(p.family).toBe('plan');
    expect(p.document.kind).toBe('plan');
  });

  test('keeps the numbered chapters and leaves the contents page out', () => {
    expect(p.document.chapters.map((c) => [c.number ?? null, c.title])).toEqual([
      [null, 'Innledning'],
      ['1', 'Innledning'],
      ['2', 'Reiseliv og opplevelser'],
      ['3', 'Næringsareal og gründere'],
    ]);
    expect(p.dropped.filter((d) => d.reason === 'innholdsfortegnelse').map((d) => d.no)).toEqual([4, 5, 6]);
  });

  test('reads the strategies, with a title wrapped across a blank line and the table columns as written', () => {
    expect(p.strategies.map((s) => [s.number, s.title, s.columns])).toEqual([
      ['2.1', 'Utvikle Hallingdal som helårsdestinasjon med sterke sommer- og høstprodukter', ['Aktivitet', 'Ansvarlig', 'Medvirkende', 'Tidsramme']],
      ['3.1', 'Lage en felles oversikt over næringsarealer', ['Aktivitet', 'Ansvar', 'Partnere', 'Frist', 'Budsjett']],
      ['3.2', 'Styrke veiledningen av gründere', ['Aktivitet', 'Ansvar', 'Partnere', 'Frist', 'Budsjett']],
    ]);
    expect(p.strategies[0].description).toEqual(['Sommeren og høsten har ledig kapasitet i overnatting og servering. Destinasjonene må samarbeide om produkter og markedsføring for å fylle den.']);
  });

  test('splits every action row into all its fields', () => {
    expect(actions.map((a) => a.number)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.1.4', '3.1.1', '3.1.2', '3.2.1']);
    expect(row('2.1.1')).toEqual({ text: 'Utvikle et felles sykkeltilbud med skilting og kart for hele dalen', responsible: ['Visit Hallingdal'], partners: ['Kommunene', 'Hallingdal Næringsråd'], timeframe: { text: 'Innen juni 2021', to: '2021-06' }, financing: undefined });
    expect(row('2.1.2')).toEqual({ text: 'Etablere en arbeidsgruppe for sommerprodukter', responsible: ['Visit Hallingdal'], partners: ['Hallingdal Næringsråd'], timeframe: { text: 'Våren 2021', from: '2021-vår', to: '2021-vår' }, financing: undefined });
    expect(row('2.1.3')).toEqual({ text: 'Kartlegge behovet for sesongarbeidskraft i reiselivsbedriftene', responsible: ['Hallingdal Næringsråd'], partners: ['NAV Hallingdal', 'Visit Hallingdal'], timeframe: { text: 'Høsten 2021', from: '2021-høst', to: '2021-høst' }, financing: undefined });
    // after the page number `7` and a page break; the footnote marker stays in the cell as written, not in the name
    expect(actions.find((a) => a.number === '2.1.4')).toMatchObject({ responsibleText: 'RRH[^1]', partnersText: 'Visit Hallingdal' });
    expect(row('2.1.4')).toEqual({ text: 'Gjennomføre en årlig reiselivskonferanse for hele regionen', responsible: ['RRH'], partners: ['Visit Hallingdal'], timeframe: { text: 'Årlig fra 2021', from: '2021', continuous: true }, financing: undefined });
    expect(actions.find((a) => a.number === '3.1.1')).toMatchObject({ responsibleText: 'RRH', partnersText: 'Kommunene, meglere' });
    expect(row('3.1.1')).toEqual({ text: 'Lage en database over ledige næringsarealer og lokaler i alle seks kommuner', responsible: ['RRH'], partners: ['Kommunene', 'meglere'], timeframe: { text: 'Innen 31.12.2020', to: '2020-12-31' }, financing: 'kr 150 000' });
    expect(row('3.1.2')).toEqual({ text: 'Holde oversikten oppdatert og tilgjengelig på nett', responsible: ['Kommunene'], partners: ['RRH'], timeframe: { text: 'Løpende', continuous: true }, financing: 'Innenfor drift' });
    expect(row('3.2.1')).toEqual({ text: 'Opprette en felles førstelinjetjeneste for gründere i dalen', responsible: ['Hallingdal Næringsråd'], partners: ['Kommunene', 'Innovasjon Norge'], timeframe: { text: '2021-2022', from: '2021', to: '2022' }, financing: 'kr 400 000' });
    expect(actions.flatMap((a) => a.warnings)).toEqual([]);
  });

  test('reads the goals with their numeric targets', () => {
    expect(p.goals.map((g) => [g.kind, g.chapterId, g.targets.map((t) => [t.from, t.value, t.unit, t.year])])).toEqual([
      ['hovedmal', 'kapittel-2', [[2100, 2600, 'arbeidsplasser', 2030]]],
      ['delmal', 'kapittel-2', []],
      ['mal', 'kapittel-3', [[undefined, 50, 'dekar', undefined]]],
    ]);
  });

  test('turns the defined acronym into an alias and links the footnote', () => {
    expect(p.document.acronyms.map((a) => [a.short, a.long])).toEqual([['RRH', 'Regionrådet for Hallingdal']]);
    const notes = p.document.chapters[2].body.find((n) => n.type === 'footnotes');
    expect(notes).toMatchObject({ items: [{ n: '1', text: 'Regionrådet for Hallingdal, RRH, er samarbeidsorganet for de seks kommunene.' }] });
  });
});
