import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';
import { parseTableHeader } from '../src/pipeline/extract/table-header.ts';

/**
 * Action-table headers and strategies written as spanning rows. Two plans written for this test (invented regions,
 * invented actors): a nynorsk plan whose tables put the time second and are extracted one cell per block, and a
 * bokmål plan with one numbered table whose strategies are rows across it.
 */

describe('action-table headers', () => {
  test('the nynorsk plural `Samarbeidspartar` names the partners column, and the column order is read from the header', () => {
    expect(parseTableHeader('Tiltak Tidsrom Ansvarleg Samarbeidspartar')?.roles).toEqual(['text', 'timeframe', 'responsible', 'partners']);
  });

  test('a year and a unit after a column word belong to that column', () => {
    const h = parseTableHeader('Nr. Tiltak Ansvar Partnere Budsjett 2026 (kr) Tidsramme');
    expect(h?.columns).toEqual(['Nr.', 'Tiltak', 'Ansvar', 'Partnere', 'Budsjett 2026 (kr)', 'Tidsramme']);
    expect(h?.roles).toEqual(['number', 'text', 'responsible', 'partners', 'financing', 'timeframe']);
  });

  test('a year alone is no column, so a line of years is no action-table header', () => {
    expect(parseTableHeader('2026 Tiltak Ansvar')).toBeUndefined();
  });
});

/** Nynorsk: `Innsatsområde n <tittel>` (no colon) over `Strategi n.n:`, tables `Tiltak Tidsrom Ansvarleg Samarbeidspartar`. */
const nynorsk = [
  'Strategisk næringsplan for Lauvdal 2026–2029', '',
  '1 Innleiing', '________________________________________', '',
  'Planen gjeld for dei tre kommunane i Lauvdal.', '',
  '2 Innsatsområde og tiltak', '________________________________________', '',
  'Innsatsområde 1 Landbruk og mat', '',
  'Strategi 1.1: Styrkje samarbeidet mellom produsentane', '',
  'Produsentane er små og spreidde.', '',
  'Tiltak Tidsrom Ansvarleg Samarbeidspartar', '',
  'Kartleggje behovet for felles', 'lager og transport', '',
  '2026', '',
  'Lauvdal regionråd', '',
  'Bondelaget, Mattilsynet', '',
  'Etablere eit produsentnettverk', '',
  'Innan utgangen av 2027', '',
  'Lauvdal Næringshage AS', '',
  '-', '',
  'Innsatsområde 2 Reiseliv', '',
  'Strategi 2.1: Lengje sesongen', '',
  'Reiselivet har for kort sesong.', '',
  'Tiltak Tidsrom Ansvarleg Samarbeidspartar', '',
  'Utvikle tre vinterprodukt', '',
  '2027', '',
  'Visit Lauvdal AS', '',
  'Hotella', '',
  'Tabell: Kostnader for handlingsdelen (i 1 000 kr)', '',
  'Innsatsområde Regionale midlar Kommunane Sum',
  '1 Landbruk og mat 300 100 400',
  '2 Reiseliv 200 100 300',
  'Sum 500 200 700', '',
  '3 Oppfølging', '________________________________________', '',
  'Regionrådet følgjer opp planen kvart år.', '',
].join('\n');

describe('a nynorsk plan with the time second and one cell per block', () => {
  const p = processDocument({ file: 'seeds/lauvdal.txt', bytes: Buffer.from(nynorsk) });
  const actions = p.strategies.flatMap((s) => s.actions);

  test('each strategy has its table, read in the header\'s column order', () => {
    expect(p.strategies.map((s) => [s.title, s.actions.length])).toEqual([
      ['Styrkje samarbeidet mellom produsentane', 2],
      ['Lengje sesongen', 1],
    ]);
  });

  test('each block is one cell: text, time, responsible, partners; `-` is an empty cell', () => {
    expect(actions.map((a) => [a.text, a.timeframe.text, a.responsible, a.partners])).toEqual([
      ['Kartleggje behovet for felles lager og transport', '2026', ['Lauvdal regionråd'], ['Bondelaget', 'Mattilsynet']],
      ['Etablere eit produsentnettverk', 'Innan utgangen av 2027', ['Lauvdal Næringshage AS'], []],
      ['Utvikle tre vinterprodukt', '2027', ['Visit Lauvdal AS'], ['Hotella']],
    ]);
  });

  test('the level heading between tables and the caption of the next table are no actions', () => {
    expect(actions.some((a) => /Innsatsområde|Tabell/.test(a.text))).toBe(false);
    expect(p.datasets.map((d) => d.rows.map((r) => r.label))).toEqual([['1 Landbruk og mat', '2 Reiseliv', 'Sum']]);
  });
});

/** Bokmål: one numbered table with a budget column; the strategies are rows across it (`Satsingsområde n – …`). */
const bokmal = [
  'Handlingsplan for næringsutvikling i Storvik 2026', '',
  '1 Innledning', '________________________________________', '',
  'Planen gjelder for Storvik kommune.', '',
  '2 Satsingsområder og tiltak', '________________________________________', '',
  'Tabellen viser tiltakene under hvert satsingsområde.', '',
  'Nr. Tiltak Ansvar Partnere Budsjett 2026 (kr) Tidsramme',
  'Satsingsområde 1 – Havbruk',
  '1.1 Etablere et leverandørnettverk Storvik kommune Fiskarlaget 100 000 2026',
  '1.2 Utrede en ny kai Storvik havn - - 2027',
  'Satsingsområde 2 – Reiseliv',
  '2.1 Utvikle en sykkelrute Visit Storvik AS Hyttefolket 50 000 Løpende',
  '',
  'Sum budsjett 2026: 150 000 kroner.', '',
  '3 Oppfølging', '________________________________________', '',
  'Kommunen følger opp planen hvert år.', '',
].join('\n');

describe('strategies as spanning rows inside one numbered table', () => {
  const p = processDocument({ file: 'seeds/storvik.txt', bytes: Buffer.from(bokmal) });

  test('each spanning row with a level label is a strategy holding the rows under it, with the table\'s columns', () => {
    expect(p.strategies.map((s) => [s.title, s.actions.map((a) => a.text)])).toEqual([
      ['Havbruk', ['Etablere et leverandørnettverk', 'Utrede en ny kai']],
      ['Reiseliv', ['Utvikle en sykkelrute']],
    ]);
    expect(p.strategies.every((s) => s.columns.join(' ') === 'Nr. Tiltak Ansvar Partnere Budsjett 2026 (kr) Tidsramme')).toBe(true);
  });

  test('the budget column and `-` cells are read in the header\'s order', () => {
    const a = p.strategies.flatMap((s) => s.actions);
    expect(a.map((x) => [x.responsible, x.partners, x.financing, x.timeframe.text])).toEqual([
      [['Storvik kommune'], ['Fiskarlaget'], '100 000', '2026'],
      [['Storvik havn'], [], undefined, '2027'],
      [['Visit Storvik AS'], ['Hyttefolket'], '50 000', 'Løpende'],
    ]);
  });

  test('the sum sentence after the table is no action', () => {
    expect(p.strategies.flatMap((s) => s.actions).some((a) => /Sum/.test(a.text))).toBe(false);
  });
});

/** Nynorsk, time second, rows interleaved: a row on one line or wrapped, its cells beside the text on the first line. */
const interleaved = [
  'Handlingsplan for Fjellbygd 2026', '',
  '1 Innleiing', '________________________________________', '',
  'Planen gjeld for Fjellbygd kommune.', '',
  '2 Tiltak', '________________________________________', '',
  'Strategi 1: Fleire arbeidsplassar', '',
  'Tiltak Tidsrom Ansvarleg Samarbeidspartar',
  'Opne eit nytt næringsområde ved 2026 Fjellbygd kommune Grunneigarane',
  'riksvegen',
  'Starte eit mentorprogram for unge 2027–2028 Fjellbygd Næringshage AS Bankane',
  'Lage ein felles nettstad Løpande Fjellbygd kommune -', '',
  '3 Oppfølging', '________________________________________', '',
  'Kommunen følgjer opp planen kvart år.', '',
].join('\n');

describe('a table with the time second whose rows share a block', () => {
  const p = processDocument({ file: 'seeds/fjellbygd.txt', bytes: Buffer.from(interleaved) });

  test('a capitalised line with its own time cell opens the next row; a lower-case line goes on in the row above', () => {
    expect(p.strategies.flatMap((s) => s.actions).map((a) => [a.text, a.timeframe.text, a.responsible, a.partners])).toEqual([
      ['Opne eit nytt næringsområde ved riksvegen', '2026', ['Fjellbygd kommune'], ['Grunneigarane']],
      ['Starte eit mentorprogram for unge', '2027–2028', ['Fjellbygd Næringshage AS'], ['Bankane']],
      ['Lage ein felles nettstad', 'Løpande', ['Fjellbygd kommune'], []],
    ]);
  });
});

/** Bokmål, `Nr.` and a budget column before the time; the cells of each row start on its first line and wrap beside the text. */
const budget = [
  'Handlingsplan for næringsutvikling i Havøy 2026', '',
  '1 Innledning', '________________________________________', '',
  'Planen gjelder for Havøy kommune og Havøy fiskarlag (HFL).', '',
  '2 Tiltak', '________________________________________', '',
  'Strategi 1: Sjømat', '',
  'Nr. Tiltak Ansvar Partnere Budsjett 2026 (kr) Tidsramme',
  '1.1 Kartlegge behovet for kaiplass HFL Havøy kommune, Havøy 120 000 Innen utgangen',
  'for fiskeflåten og oppdretterne Fisk AS av 2026',
  '1.2 Utrede et mottak for rest- Havøy kommune Kystverket, 1 200 000 Våren 2027',
  'råstoff fra sjømatnæringen Fiskeridirektoratet',
  '1.3 Følge opp havneplanen HFL - - Løpende',
  '1.4 Lage en felles sommerrute for Havøy kommune Hytteeierne langs Innenfor ramme 2027',
  'øyene Kysten', '',
  'Sum budsjett 2026: 1 320 000 kroner.', '',
  '3 Oppfølging', '________________________________________', '',
  'Kommunen følger opp planen hvert år.', '',
].join('\n');

describe('a numbered table with its budget column before the time, rows wrapped beside the text', () => {
  const p = processDocument({ file: 'seeds/havoy.txt', bytes: Buffer.from(budget) });
  const a = p.strategies.flatMap((s) => s.actions);

  test('each row\'s text is joined over its lines, a word broken at a line\'s end written whole', () => {
    expect(a.map((x) => x.text)).toEqual([
      'Kartlegge behovet for kaiplass for fiskeflåten og oppdretterne',
      'Utrede et mottak for restråstoff fra sjømatnæringen',
      'Følge opp havneplanen',
      'Lage en felles sommerrute for øyene',
    ]);
  });

  test('the amount, a `-` cell and a budget in words stand between the names and the time', () => {
    expect(a.map((x) => [x.financing, x.timeframe.text])).toEqual([
      ['120 000', 'Innen utgangen av 2026'],
      ['1 200 000', 'Våren 2027'],
      [undefined, 'Løpende'],
      ['Innenfor ramme', '2027'],
    ]);
  });

  test('names wrapped beside the text go on in their cells: a legal form, a list, a preposition\'s object', () => {
    expect(a.map((x) => [x.responsible, x.partners])).toEqual([
      [['HFL'], ['Havøy kommune', 'Havøy Fisk AS']],
      [['Havøy kommune'], ['Kystverket', 'Fiskeridirektoratet']],
      [['HFL'], []],
      [['Havøy kommune'], ['Hytteeierne langs Kysten']],
    ]);
  });
});

/** Bokmål: one numbered table whose groups are named by rows across it without a level label. */
const unlabelled = [
  'Handlingsplan for Skogly 2026', '',
  '1 Innledning', '________________________________________', '',
  'Planen gjelder for Skogly kommune.', '',
  '2 Tiltak', '________________________________________', '',
  'Nr. Tiltak Ansvar Partnere Tidsramme',
  'Skog og tre',
  '1.1 Kartlegge hogstmodne arealer Skogly kommune Skogeierlaget 2026',
  '1.2 Etablere et trenettverk Skogly Næringshage AS Sagbrukene Løpende',
  'Reiseliv og friluftsliv',
  '2.1 Merke nye turstier Skogly kommune Grunneierne 2027', '',
  '3 Oppfølging', '________________________________________', '',
  'Kommunen følger opp planen hvert år.', '',
].join('\n');

describe('groups of a numbered table named by rows across it, without a level label', () => {
  const p = processDocument({ file: 'seeds/skogly.txt', bytes: Buffer.from(unlabelled) });

  test('a short line standing alone before the first row of each group is a strategy holding the group\'s rows', () => {
    expect(p.strategies.map((s) => [s.title, s.actions.map((a) => a.text)])).toEqual([
      ['Skog og tre', ['Kartlegge hogstmodne arealer', 'Etablere et trenettverk']],
      ['Reiseliv og friluftsliv', ['Merke nye turstier']],
    ]);
  });

  test('a table whose numbering has no groups gets no such strategies', () => {
    const flat = unlabelled.replace('1.1 ', '1 ').replace('1.2 ', '2 ').replace('2.1 ', '3 ');
    const q = processDocument({ file: 'seeds/skogly.txt', bytes: Buffer.from(flat) });
    expect(q.strategies.map((s) => s.title)).not.toContain('Skog og tre');
  });
});

describe('a name finished on the next line by its head and the adjective before it', () => {
  const text = budget.replace(
    '1.3 Følge opp havneplanen HFL - - Løpende',
    '1.3 Utvide tilbudet av fagkurs for HFL Havøy 50 000 2027\nfiskere og oppdrettere videregående skole',
  );
  const p = processDocument({ file: 'seeds/havoy.txt', bytes: Buffer.from(text) });

  test('`videregående skole` closes the waiting name `Havøy`; the words before it stay text', () => {
    const a = p.strategies.flatMap((s) => s.actions)[2];
    expect([a.text, a.responsible, a.partners, a.financing, a.timeframe.text]).toEqual(['Utvide tilbudet av fagkurs for fiskere og oppdrettere', ['HFL'], ['Havøy videregående skole'], '50 000', '2027']);
  });
});

describe('cells wrapped beside the text in a table with the time second', () => {
  const text = interleaved.replace(
    'Lage ein felles nettstad Løpande Fjellbygd kommune -',
    'Byggje ut breiband til 2027 Kommunane Statsforvaltaren i\ngrendene og Innlandet,\nhyttefelta Telenor',
  );
  const p = processDocument({ file: 'seeds/fjellbygd.txt', bytes: Buffer.from(text) });

  test('a group word ends the responsible cell; a list left open goes on at the end of the lines below it', () => {
    const a = p.strategies.flatMap((s) => s.actions)[2];
    expect([a.text, a.timeframe.text, a.responsible, a.partners]).toEqual(['Byggje ut breiband til grendene og hyttefelta', '2027', ['Kommunane'], ['Statsforvaltaren i Innlandet', 'Telenor']]);
  });
});

describe('where the text ends on a continuation line beside an open cell', () => {
  const text = interleaved.replace(
    'Lage ein felles nettstad Løpande Fjellbygd kommune -',
    'Opne eit kontor i Dalen og 2026 Dalen kommune Husbanken,\ni Holt Holt kommune\nStyrkje samarbeidet mellom Dalen 2027 Dalen kommune Bygdemuseet,\nMølla og turlaget Fjell Reiser AS',
  );
  const p = processDocument({ file: 'seeds/fjellbygd.txt', bytes: Buffer.from(text) });
  const a = p.strategies.flatMap((s) => s.actions);

  test('a word written twice ends the text with the first and starts the name with the second', () => {
    expect([a[2].text, a[2].partners]).toEqual(['Opne eit kontor i Dalen og i Holt', ['Husbanken', 'Holt kommune']]);
  });

  test('a capitalised line with lower-case words before a name closed by a legal form goes on in the text up to that name', () => {
    expect([a[3].text, a[3].partners]).toEqual(['Styrkje samarbeidet mellom Dalen Mølla og turlaget', ['Bygdemuseet', 'Fjell Reiser AS']]);
  });
});
