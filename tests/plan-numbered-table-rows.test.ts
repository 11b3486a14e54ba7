import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { buildActorLexicon } from '../src/pipeline/extract/actor-lexicon.ts';
import { cellNames } from '../src/pipeline/extract/names.ts';

/**
 * Action tables under a `Nr.` column in a plan from an invented region (Lindfjord), in three extractions:
 * the cells side by side with wrapped parts on the next lines, each row's cells as blank-line-separated groups
 * with a row cut by a page break (`Side 2 av 3`), and one row per line. Written for these tests; the expected
 * cells are read from the rows below.
 */
const text = [
  ' ',
  ' NÆRINGSPLAN FOR LINDFJORD ',
  ' 2026–2029 ',
  '',
  '1 Innledning ',
  '________________________________________ ',
  '',
  'Planen gjelder for kommunene Lindfjord og Nesby. ',
  '',
  '2 Innsats og tiltak ',
  '________________________________________ ',
  '',
  '2.1 Havbruk ',
  '',
  'Havbruket trenger flere fagarbeidere. ',
  '',
  'Nr. Tiltak Hovedansvar Medvirkende Tidsramme ',
  '1.1 Styrke opplæringen av Lindfjord kommune Havbrukslaget, 2026 ',
  'lærlinger i havbruksnæringen Lindvik videregående ',
  'skole ',
  '1.2 Bygge en ny kai for Nesby kommune Kystverket 2027 ',
  'brønnbåtene ',
  '1.3 Utrede en felles fiskerihavn Nesby kommune Statens 2028 ',
  'vegvesen ',
  '',
  '2.2 Bolig og arbeidskraft ',
  '',
  'Nye arbeidsplasser krever boliger. ',
  '',
  'Nr. Tiltak Hovedansvar Medvirkende Tidsramme ',
  '',
  '2.1 Kartlegge behovet for ',
  '',
  'Side 2 av 3 ',
  ' utleieboliger i Lindfjord og ',
  'Nesby ',
  '',
  'Lindfjord kommune Nesby kommune, ',
  'Husbanken ',
  '',
  '2026 ',
  '',
  '2.3 Reiseliv ',
  '',
  'Reiselivet skal vokse om vinteren. ',
  '',
  'Nr. Tiltak Hovedansvar Medvirkende Tidsramme ',
  '3.1 Utarbeide en felles plan for sykkelturisme langs Kystvegen i hele regionen Nesby kommune Statens vegvesen og Lindfjord kommune 2027 ',
  '3.2 Arrangere en årlig sjømatfestival på kaia i sentrum Lindfjord kommune - Årlig ',
  '3.3 Merke turstier i fjellet mellom dalene Lindfjord og Nesby kommune Turlaget 2026 ',
  '',
  'Side 3 av 3 ',
].join('\n');

describe('action tables under a number column, in three extractions', () => {
  const p = processDocument({ file: 'seeds/lindfjord.txt', bytes: Buffer.from(text) });
  const rows = p.strategies.flatMap((s) => s.actions.map((a) => ({ text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe.text, uncertain: !!a.uncertain })));

  test('a wrapped name of an open partner cell goes on beside the text, its head on the line after (`skole` is an organisation head: certain)', () => {
    expect(rows[0]).toEqual({ text: 'Styrke opplæringen av lærlinger i havbruksnæringen', responsible: ['Lindfjord kommune'], partners: ['Havbrukslaget', 'Lindvik videregående skole'], timeframe: '2026', uncertain: false });
  });

  test('a lower-case line after a complete cell goes on with the text', () => {
    expect(rows[1]).toEqual({ text: 'Bygge en ny kai for brønnbåtene', responsible: ['Nesby kommune'], partners: ['Kystverket'], timeframe: '2027', uncertain: false });
  });

  test('a lone head after a name left without one finishes that name', () => {
    expect(rows[2]).toEqual({ text: 'Utrede en felles fiskerihavn', responsible: ['Nesby kommune'], partners: ['Statens vegvesen'], timeframe: '2028', uncertain: false });
  });

  test('a row cut by a page break keeps its text whole, without the page label', () => {
    expect(rows[3]).toEqual({ text: 'Kartlegge behovet for utleieboliger i Lindfjord og Nesby', responsible: ['Lindfjord kommune'], partners: ['Nesby kommune', 'Husbanken'], timeframe: '2026', uncertain: false });
  });

  test('one row per line, longer than a prose line, is still a row of the table', () => {
    expect(rows.map((r) => r.text)).toHaveLength(7);
  });

  test('two names joined by og in the partner cell are two partners', () => {
    expect(rows[4]).toEqual({ text: 'Utarbeide en felles plan for sykkelturisme langs Kystvegen i hele regionen', responsible: ['Nesby kommune'], partners: ['Statens vegvesen', 'Lindfjord kommune'], timeframe: '2027', uncertain: false });
  });

  test('a dash is an empty partner cell', () => {
    expect(rows[5]).toEqual({ text: 'Arrangere en årlig sjømatfestival på kaia i sentrum', responsible: ['Lindfjord kommune'], partners: [], timeframe: 'Årlig', uncertain: false });
  });

  test('two places sharing one head stay one name', () => {
    expect(rows[6]).toEqual({ text: 'Merke turstier i fjellet mellom dalene', responsible: ['Lindfjord og Nesby kommune'], partners: ['Turlaget'], timeframe: '2026', uncertain: false });
  });
});

describe('page labels', () => {
  test('a «Side n av m» label right under the last line of a page is dropped as a page number', () => {
    const doc = normaliseText('x.txt', ['Kartlegge behovet for', '', 'Side 2 av 3', ' utleieboliger i Lindfjord'].join('\n'));
    expect(doc.dropped).toEqual([{ no: 3, text: 'Side 2 av 3', reason: 'sidetall' }]);
  });

  test('a line that only starts like a page label is kept', () => {
    const doc = normaliseText('x.txt', ['Se side 2 av planen', '', 'Side 2 og 3 viser kartet'].join('\n'));
    expect(doc.dropped).toEqual([]);
  });
});

describe('names the tables teach', () => {
  const line = (no: number, text: string) => ({ no, text, raw: text, indented: false, bullet: false });

  test('the object of a preposition ending the line above is wrapped text, not a name standing alone', () => {
    const lex = buildActorLexicon([[line(1, '2.1 Bygge ut næringsarealet på'), line(2, 'Storøya'), line(3, 'Lindfjord kommune')]], []);
    expect(lex.phrases.has('storøya')).toBe(false);
    expect(lex.phrases.has('lindfjord kommune')).toBe(true);
  });
});

/** A plan from the same invented region with one action table under `header`, for the layouts below. */
function planWith(header: string, rows: string[]) {
  const lines = ['Næringsplan for Lindfjord 2026–2029', '', '1 Tiltak', '________________________________________', '', '1.1 Havbruk', '', 'Havbruket treng fleire fagarbeidarar.', '', header, ...rows, ''];
  const p = processDocument({ file: 'seeds/lindfjord-2.txt', bytes: Buffer.from(lines.join('\n')) });
  return p.strategies.flatMap((s) => s.actions.map((a) => ({ text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe.text, uncertain: !!a.uncertain })));
}

describe('the same rules in other layouts', () => {
  test('without a number column, a wrapped name of an open partner cell and its head on the line after are the cell', () => {
    const rows = planWith('Tiltak Hovedansvar Medvirkende Tidsramme', [
      'Styrke opplæringen av Lindfjord kommune Havbrukslaget, 2026',
      'lærlinger i havbruksnæringen Lindvik videregående',
      'skole',
      'Bygge en ny kai for Nesby kommune Kystverket, 2027',
      'brønnbåtene Statens vegvesen',
    ]);
    expect(rows[0]).toEqual({ text: 'Styrke opplæringen av lærlinger i havbruksnæringen', responsible: ['Lindfjord kommune'], partners: ['Havbrukslaget', 'Lindvik videregående skole'], timeframe: '2026', uncertain: false });
    expect(rows[1]).toEqual({ text: 'Bygge en ny kai for brønnbåtene', responsible: ['Nesby kommune'], partners: ['Kystverket', 'Statens vegvesen'], timeframe: '2027', uncertain: false });
  });

  test('in nynorsk, a long one-line row under a number column stays in the table beside rows that wrap', () => {
    const rows = planWith('Nr. Tiltak Hovudansvar Medverkande Tidsramme', [
      '1.1 Styrkje opplæringa av Lindfjord kommune Havbrukslaget, 2026',
      'lærlingar i havbruksnæringa Lindvik vidaregåande',
      'skule',
      '1.2 Utarbeide ein felles plan for sykkelturisme langs Kystvegen i heile regionen Nesby kommune Statens vegvesen og Lindfjord kommune 2027',
    ]);
    expect(rows.map((r) => [r.text, r.partners])).toEqual([
      ['Styrkje opplæringa av lærlingar i havbruksnæringa', ['Havbrukslaget', 'Lindvik vidaregåande skule']],
      ['Utarbeide ein felles plan for sykkelturisme langs Kystvegen i heile regionen', ['Statens vegvesen', 'Lindfjord kommune']],
    ]);
  });

  test('one row per line with no blank line between the rows: each line is a row, names joined by og cut right', () => {
    const rows = planWith('Tiltak Hovedansvar Medvirkende Tidsramme', [
      'Utarbeide en plan for sykkelturisme Nesby kommune Statens vegvesen og Lindfjord kommune 2027',
      'Arrangere en årlig sjømatfestival Lindfjord kommune - Årlig',
      'Merke turstier i fjellet Lindfjord og Nesby kommune Turlaget 2026',
      'Etablere et nettverk for sjømatbedrifter Visit Lindfjord AS Sjømatrådet og Nesby kommune 2026',
    ]);
    expect(rows[0]).toEqual({ text: 'Utarbeide en plan for sykkelturisme', responsible: ['Nesby kommune'], partners: ['Statens vegvesen', 'Lindfjord kommune'], timeframe: '2027', uncertain: false });
    expect(rows[1]).toEqual({ text: 'Arrangere en årlig sjømatfestival', responsible: ['Lindfjord kommune'], partners: [], timeframe: 'Årlig', uncertain: false });
    expect(rows[3]).toEqual({ text: 'Etablere et nettverk for sjømatbedrifter', responsible: ['Visit Lindfjord AS'], partners: ['Sjømatrådet', 'Nesby kommune'], timeframe: '2026', uncertain: false });
  });

  test('a capitalised word between a complete name and the year may be a name or open the time: the row is marked uncertain', () => {
    const rows = planWith('Tiltak Hovedansvar Medvirkende Tidsramme', [
      'Utarbeide en plan for sykkelturisme Nesby kommune Statens vegvesen 2027',
      'Merke turstier i fjellet Lindfjord og Nesby kommune Turlaget 2026',
    ]);
    expect(rows[1].text).toBe('Merke turstier i fjellet');
    expect(rows[1].responsible).toEqual(['Lindfjord og Nesby kommune']);
    expect(rows[1].uncertain).toBe(true);
  });

  test('without a number column, a partner cell left open by og at the line end goes on beside the wrapped text', () => {
    const rows = planWith('Tiltak Hovedansvar Medvirkende Tidsramme', [
      'Utvikle et felles tilbud om Lindfjord kommune Statens vegvesen og 2026',
      'kollektivtransport til kaia Nesby kommune',
      'Bygge ut fiberen til Nesby kommune - 2027',
      'fiskeværene',
    ]);
    expect(rows).toEqual([
      { text: 'Utvikle et felles tilbud om kollektivtransport til kaia', responsible: ['Lindfjord kommune'], partners: ['Statens vegvesen', 'Nesby kommune'], timeframe: '2026', uncertain: false },
      { text: 'Bygge ut fiberen til fiskeværene', responsible: ['Nesby kommune'], partners: [], timeframe: '2027', uncertain: false },
    ]);
  });
});

describe('names in one cell', () => {
  test('og after a compound ending in an organisation head joins two names; after a lone place it joins two places of one body', () => {
    expect(cellNames('Sjømatrådet og Nesby kommune')).toEqual(['Sjømatrådet', 'Nesby kommune']);
    expect(cellNames('Lindfjord og Nesby kommune')).toEqual(['Lindfjord og Nesby kommune']);
  });
});
