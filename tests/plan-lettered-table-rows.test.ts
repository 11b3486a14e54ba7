import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';
import { rowNumberAt } from '../src/pipeline/extract/table-tokens.ts';

/**
 * Action tables whose `Nr.` column numbers rows with a letter (`A1`, `B2`) under lettered strategies
 * (`Satsingsområde A – …`), in a nynorsk plan from an invented region (Vikstrand): one table one row per line,
 * one block-wise with each row number alone on its line and a `-` cell, a paragraph and the next chapter right
 * under the last table, and a footnote on the same page as row `B3`. Written for these tests; the expected cells
 * are read from the rows below.
 */
const text = [
  ' ',
  ' NÆRINGSPLAN FOR VIKSTRAND ',
  ' 2026–2029 ',
  '',
  '1 Innleiing ',
  '________________________________________ ',
  '',
  'Planen gjeld for kommunane Vikstrand og Berghamn. ',
  '',
  '2 Satsingar og tiltak ',
  '________________________________________ ',
  '',
  'Satsingsområde A – Fiske og sjømat ',
  '',
  'Fiskeflåten treng nye kaiar. ',
  '',
  'Nr. Tiltak Ansvarleg Partnarar Frist ',
  'A1 Byggje ny fiskerikai i Berghamn Berghamn kommune Kystverket 2027 ',
  'A2 Starte eit kurs for unge fiskarar Vikstrand kommune Fiskarlaget 2026 ',
  '',
  'A3 Lage ein plan for hamnene Austvik Kommunane, Kystverket Innan 1. mars ',
  'i kommunane næringsråd 2027 ',
  'A4 Byggje ut breiband til øyane Berghamn kommune Telenor, Vikstrand kommune Kvart år ',
  'A5 Kjøpe inn nettbrett Berghamn kommune og Skulelaget 2028 ',
  'til skulane Vikstrand kommune ',
  '',
  'Satsingsområde B – Reiseliv ',
  '',
  'Fleire gjester kjem om sommaren. ',
  '',
  'Nr. Tiltak Ansvarleg Partnarar Frist ',
  '',
  'B1 ',
  '',
  'Merke turstiar i fjellet ',
  '',
  'Vikstrand kommune ',
  '',
  'Turlaget ',
  '',
  '2026 ',
  '',
  'B2 ',
  '',
  'Lage ein felles plan for bubilparkering ',
  '',
  'Berghamn kommune ',
  '',
  '- ',
  '',
  'Innan 2028 ',
  '',
  'B3 ',
  '',
  'Opne eit nytt besøkssenter ved fyret ',
  '',
  'Vikstrand kommune ',
  '',
  'Fyrlaget3 ',
  '',
  '2029 ',
  '',
  'Kommunane vil òg halde fram med det vanlege arbeidet med reiselivet i heile regionen, ',
  'og dette arbeidet er ikkje teke med i tabellane i denne planen. ',
  '',
  '',
  '3 Fyrlaget er ei frivillig foreining.',
  'Side 1 av 2',
  ' 3 Oppfølging',
  '________________________________________',
  '',
  'Regionrådet følgjer opp planen kvart år.',
  'Side 2 av 2',
].join('\n');

describe('action tables whose rows are numbered with a letter', () => {
  const p = processDocument({ file: 'seeds/vikstrand.txt', bytes: Buffer.from(text) });
  const rows = p.strategies.flatMap((s) => s.actions.map((a) => ({ text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe.text })));

  test('a row number is digits with dots or a capital letter and digits, with or without a dot between', () => {
    expect(rowNumberAt('A1 Byggje ny kai')).toEqual({ number: 'A1', length: 3 });
    expect(rowNumberAt('B.2 Lage ein plan')?.number).toBe('B.2');
    expect(rowNumberAt('1.2.3 Lage ein plan')?.number).toBe('1.2.3');
    expect(rowNumberAt('B1')?.number).toBe('B1');
    // a bare whole number alone on its line is a page number, not a row
    expect(rowNumberAt('7')).toBeUndefined();
  });

  test('a table keeps one way of numbering: a road name in a digit-numbered table or a chapter after lettered rows is no row', () => {
    expect(rowNumberAt('E39 Ålesund–Bergen', 'digit')).toBeUndefined();
    expect(rowNumberAt('3 Oppfølging', 'letter')).toBeUndefined();
  });

  test('the lettered strategies each hold their table', () => {
    expect(p.strategies.map((s) => [s.title, s.actions.length])).toEqual([['Fiske og sjømat', 5], ['Reiseliv', 3]]);
  });

  test('rows one per line open at their lettered number', () => {
    expect(rows[0]).toEqual({ text: 'Byggje ny fiskerikai i Berghamn', responsible: ['Berghamn kommune'], partners: ['Kystverket'], timeframe: '2027' });
    expect(rows[1]).toEqual({ text: 'Starte eit kurs for unge fiskarar', responsible: ['Vikstrand kommune'], partners: ['Fiskarlaget'], timeframe: '2026' });
  });

  test('a wrapped line carries the text, the head that finishes the first name and the year that ends the time', () => {
    // `Austvik` / `næringsråd` is one body; `Kommunane, Kystverket` the partners (a group word after a name opens a cell); `Innan 1. mars` / `2027` the time
    expect(rows[2]).toEqual({ text: 'Lage ein plan for hamnene i kommunane', responsible: ['Austvik næringsråd'], partners: ['Kommunane', 'Kystverket'], timeframe: 'Innan 1. mars 2027' });
  });

  test('a capitalised word of repetition and its period is the time cell (`Kvart år`), and two actor cells part before it', () => {
    expect(rows[3]).toEqual({ text: 'Byggje ut breiband til øyane', responsible: ['Berghamn kommune'], partners: ['Telenor', 'Vikstrand kommune'], timeframe: 'Kvart år' });
  });

  test('a cell that ended its line in `og` takes the whole name wrapped below it; the name after `og` is the next cell (marked uncertain)', () => {
    expect(rows[4]).toEqual({ text: 'Kjøpe inn nettbrett til skulane', responsible: ['Berghamn kommune', 'Vikstrand kommune'], partners: ['Skulelaget'], timeframe: '2028' });
    expect(p.strategies[0].actions[4].uncertain).toBeDefined();
  });

  test('a number alone on its line opens a block-wise row, one block per column, `-` an empty cell', () => {
    expect(rows[5]).toEqual({ text: 'Merke turstiar i fjellet', responsible: ['Vikstrand kommune'], partners: ['Turlaget'], timeframe: '2026' });
    expect(rows[6]).toEqual({ text: 'Lage ein felles plan for bubilparkering', responsible: ['Berghamn kommune'], partners: [], timeframe: 'Innan 2028' });
  });

  test('the row number `B3` is no footnote marker: the marker is the one glued to a word (`Fyrlaget3`)', () => {
    expect(rows[7]).toEqual({ text: 'Opne eit nytt besøkssenter ved fyret', responsible: ['Vikstrand kommune'], partners: ['Fyrlaget'], timeframe: '2029' });
    const notes = p.document.chapters.flatMap((c) => c.body).flatMap((n) => (n.type === 'footnotes' && 'items' in n ? n.items.map((f) => [f.n, f.text]) : []));
    expect(notes).toEqual([['3', 'Fyrlaget er ei frivillig foreining.']]);
    expect(JSON.stringify(p.strategies[1].actions[2])).toContain('Fyrlaget[^3]');
  });

  test('a paragraph as wide as the prose and the next chapter end the last table; its source lines stop at its last row', () => {
    const last = p.strategies[1].actions[2];
    expect(last.source.lines).toEqual([53, 61]);
    expect(p.document.chapters.map((c) => c.title)).toContain('Oppfølging');
  });
});
