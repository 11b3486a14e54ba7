import { describe, expect, test } from 'vitest';
import { HEADER_WORDS, headerRole, headerWordsOf } from '../src/vocabulary/action-table.ts';
import { parseTableHeader } from '../src/pipeline/extract/table-header.ts';
import { ACTION_HEADERS } from '../src/pipeline/families/plan/generate.ts';
import { loadFixtureDocument } from './helpers/fixture-documents.ts';

/**
 * One list of action-table header words (src/vocabulary/action-table.ts): the parser, the corpus generator
 * and the fixtures read it, so a synonym added there is one line.
 */
describe('the action-table vocabulary', () => {
  test('every header word is read by the parser with its role', () => {
    for (const h of HEADER_WORDS) {
      if (h.role === 'text' || h.role === 'number') continue;
      const word = h.word[0].toUpperCase() + h.word.slice(1);
      const other = h.role === 'responsible' ? 'Frist' : 'Ansvar';
      expect(parseTableHeader(`Tiltak ${word} ${other}`)?.roles, word).toEqual(['text', h.role, headerRole(other)]);
    }
  });

  test('the corpus generator draws its headers from the same list, nynorsk included', () => {
    expect(ACTION_HEADERS.partners).toEqual(headerWordsOf('partners'));
    expect(ACTION_HEADERS.partners).toContain('Samarbeidspartnarar');
    expect(ACTION_HEADERS.lead).toContain('Ansvarleg');
    expect(ACTION_HEADERS.time).toContain('Tidsrom');
  });

  test('reads a number column, another column order and a unit in the header', () => {
    expect(parseTableHeader('Nr. Tiltak Ansvarlig Periode')).toEqual({ columns: ['Nr.', 'Tiltak', 'Ansvarlig', 'Periode'], roles: ['number', 'text', 'responsible', 'timeframe'], span: 1 });
    expect(parseTableHeader('Tiltak Tidsramme Ansvarlig Samarbeid')?.roles).toEqual(['text', 'timeframe', 'responsible', 'partners']);
    expect(parseTableHeader('Tiltak Ansvarlig Samarbeidspartnere Tidsramme Kostnad', '(1000 kr)')?.columns.at(-1)).toBe('Kostnad (1000 kr)');
    expect(parseTableHeader('Tiltak Ansvarlig Kostnad (1000 kr)')?.columns).toEqual(['Tiltak', 'Ansvarlig', 'Kostnad (1000 kr)']);
    // a sentence of column words is no header: the text column and an actor column are required
    expect(parseTableHeader('Ansvar Frist Periode')).toBeUndefined();
  });

  test('a plan with nynorsk headers (Ansvarleg, Partnarar, Hovudansvar, Samarbeidspartnarar, Tidsrom) is read', () => {
    const { processed, expected } = loadFixtureDocument('plan-nordfjord-nynorsk-synonyms');
    expect(processed.family).toBe('plan');
    const got = processed.strategies.map((s) => ({
      title: s.title,
      columns: s.columns,
      actions: s.actions.map((a) => ({ text: a.text, responsible: a.responsible, partners: a.partners, timeframe: a.timeframe.text })),
    }));
    expect(got).toEqual(expected.strategies);
  });
});
