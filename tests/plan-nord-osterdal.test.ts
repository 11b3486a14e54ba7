import { describe, expect, test } from 'vitest';
import { loadPlanFixture } from './helpers/plan-fixture.ts';

/**
 * An unseen five-column plan: `Tiltak Ansvar Partnere Tidsramme Kostnad`, costs written `kr 200 000`,
 * `500 000 kr` and `Innenfor budsjett`, chapter headings without a rule but on page-start lines, `Strategi 1:` /
 * `Strategi 1.2:` numbering, a contents page with dotted leaders, a row continuing across a page break after a
 * bare page number, `–` dashes opening lines of action text, a name broken at its hyphen (`Nord-` / `Østerdal`).
 * Every expectation below was read off input.txt.
 */
const file = 'src/pipeline/families/plan/fixtures/plan-nord-osterdal-five-columns/input.txt';
const { p, actions, row } = loadPlanFixture(file);
const columns = ['Tiltak', 'Ansvar', 'Partnere', 'Tidsramme', 'Kostnad'];

describe('a five-column plan with page-start headings (Nord-Østerdal)', () => {
  test('keeps the chapters and drops the contents page and the page numbers', () => {
    expect(p.family).toBe('plan');
    expect(p.document.chapters.map((c) => [c.number ?? null, c.title])).toEqual([
      [null, 'Innledning'],
      ['1', 'Innledning'],
      ['2', 'Mat og bioøkonomi'],
      ['3', 'Reiseliv'],
      ['4', 'Kompetanse og rekruttering'],
    ]);
    expect(p.dropped.filter((d) => d.reason === 'innholdsfortegnelse').map((d) => d.no)).toEqual([5, 6, 7, 8]);
    expect(p.dropped.filter((d) => d.reason === 'sidetall').map((d) => [d.no, d.text])).toEqual([[61, '3'], [102, '5']]);
  });

  test('reads `Strategi 1:` and `Strategi 1.2:` titles without their label', () => {
    expect(p.strategies.map((s) => [s.number, s.title, s.columns])).toEqual([
      ['2.1', 'Mer lokal foredling av råvarer fra regionen', columns],
      ['2.2', 'Bruke skog og trevirke i flere produkter', columns],
      ['3.1', 'Flere helårs opplevelser', columns],
      ['4.1', 'Sikre arbeidskraft og kompetanse', columns],
    ]);
  });

  test('splits every action row into all five fields', () => {
    expect(actions.map((a) => a.number)).toEqual(['2.1.1', '2.1.2', '2.1.3', '2.2.1', '3.1.1', '3.1.2', '3.1.3', '3.1.4', '4.1.1', '4.1.2']);
    // line 35: the whole row on one line
    expect(row('2.1.1')).toEqual({ text: 'Etablere et nettverk for småskala matprodusenter', responsible: ['RNØ'], partners: ['Innovasjon Norge', 'Bondelaget'], timeframe: { text: '2023', from: '2023', to: '2023' }, financing: 'kr 200 000' });
    // 37–42: dashes open lines of the text and stay in it; the amount comes before `kr`
    expect(row('2.1.2')).toEqual({ text: 'Gjennomføre et forprosjekt om et felles foredlingsanlegg: – kartlegge råvaretilgangen – vurdere lokalisering og eierskap', responsible: ['Tynset kommune'], partners: ['Produsentene', 'Tine'], timeframe: { text: 'Høsten 2023', from: '2023-høst', to: '2023-høst' }, financing: '500 000 kr' });
    // 44–50: the responsible cell wraps in a block of its own, the other cells follow on one line
    expect(row('2.1.3')).toEqual({ text: 'Tilby kurs i produktutvikling for bønder som vil starte foredling', responsible: ['Fjellregionen Næringsforening'], partners: ['Bondelaget', 'NIBIO'], timeframe: { text: '2024–2025', from: '2024', to: '2025' }, financing: 'Innenfor budsjett' });
    expect(row('2.2.1')).toEqual({ text: 'Kartlegge mulighetene for et regionalt biobrenselanlegg', responsible: ['Rendalen kommune'], partners: ['Allskog', 'Statskog'], timeframe: { text: 'Innen juni 2024', to: '2024-06' }, financing: 'kr 150 000' });
    // 74–80: `Destinasjon Nord-` / `Østerdal` joined at its hyphen
    expect(row('3.1.1')).toEqual({ text: 'Utvikle tre nye pakker med overnatting og guiding i nasjonalparkene', responsible: ['Destinasjon Nord-Østerdal'], partners: ['Kommunene', 'reiselivsbedriftene'], timeframe: { text: '2024', from: '2024', to: '2024' }, financing: 'kr 300 000' });
    expect(row('3.1.2')).toEqual({ text: 'Lage en felles kalender for arrangementer i regionen', responsible: ['Destinasjon Nord-Østerdal'], partners: ['RNØ'], timeframe: { text: 'Løpende', continuous: true }, financing: 'Innenfor budsjett' });
    expect(row('3.1.3')).toEqual({ text: 'Søke om midler til en regional turløpsportal', responsible: ['RNØ'], partners: ['Destinasjon Nord-Østerdal', 'kommunene'], timeframe: { text: 'Våren 2024', from: '2024-vår', to: '2024-vår' }, financing: 'kr 80 000' });
    // 98–112: the text continues after the page number `5` and the page-start line ` – kurs for ledere`
    expect(row('3.1.4')).toEqual({ text: 'Gjennomføre et kurs i vertskap og service for ansatte i reiselivet: – kurs for sesongansatte – kurs for ledere', responsible: ['Destinasjon Nord-Østerdal'], partners: ['NAV', 'Fjellregionen Næringsforening'], timeframe: { text: '2024', from: '2024', to: '2024' }, financing: 'kr 120 000' });
    expect(row('4.1.1')).toEqual({ text: 'Opprette et regionalt studiesenter med tilbud om fagskole og høyere utdanning', responsible: ['RNØ'], partners: ['Høgskolen i Innlandet', 'Innlandet fylkeskommune'], timeframe: { text: '2023–2026', from: '2023', to: '2026' }, financing: 'kr 1 200 000' });
    // 128–131: the responsible cell opens on the text line and wraps
    expect(row('4.1.2')).toEqual({ text: 'Arrangere en årlig jobbmesse for ungdom', responsible: ['Fjellregionen Næringsforening'], partners: ['Kommunene', 'NAV'], timeframe: { text: 'Årlig', continuous: true }, financing: 'Innenfor budsjett' });
    expect(actions.flatMap((a) => a.warnings)).toEqual([]);
  });

  test('reads the main goal and its target, and the acronym', () => {
    expect(p.goals.map((g) => [g.kind, g.chapterId, g.text])).toEqual([['hovedmal', 'kapittel-2', 'Verdiskapingen i matnæringene skal øke med 20 prosent innen 2027']]);
    expect(p.goals[0].targets).toMatchObject([{ value: 20, unit: '%', year: 2027 }]);
    expect(p.document.acronyms.map((a) => [a.short, a.long])).toEqual([['RNØ', 'Regionrådet for Nord-Østerdal']]);
  });
});
