import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { fixtureFile, fixtureNames } from './helpers/fixture-documents.ts';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { segmentBlocks } from '../src/pipeline/segment.ts';
import { splitActionRows } from '../src/pipeline/extract/action-table.ts';
import { buildActorLexicon } from '../src/pipeline/extract/actor-lexicon.ts';
import { parseTableHeader } from '../src/pipeline/extract/table-header.ts';
import { cellNames } from '../src/pipeline/extract/names.ts';


/** Reads a fixture table: the header line, then its rows, split with what the table itself teaches. */
function readTable(input: string) {
  const doc = normaliseText('fixture.txt', input);
  const blocks = segmentBlocks(doc);
  const header = parseTableHeader(blocks[0].lines[0].text);
  if (!header) throw new Error('fixture has no action-table header on its first line');
  const rows = blocks.slice(1);
  const lexicon = buildActorLexicon(rows.map((b) => b.lines), []);
  return splitActionRows(rows, header, lexicon).map((r) => ({
    text: r.text, responsible: r.responsible, partners: r.partners, timeframe: r.timeframe, ...(r.financing ? { financing: r.financing } : {}),
  }));
}

describe('action tables', () => {
  for (const dir of fixtureNames('action-table-')) {
    test(`splits rows and cells: ${dir}`, () => {
      const input = readFileSync(fixtureFile(dir, 'input.txt'), 'utf8');
      const actual = readTable(input);
      const file = fixtureFile(dir, 'expected.json');
      if (process.env.UPDATE) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }

  test('reads header synonyms and the fifth column', () => {
    expect(parseTableHeader('Aktivitet Ansvarlig Medvirkende Når Budsjett')?.roles).toEqual(['text', 'responsible', 'partners', 'timeframe', 'financing']);
    expect(parseTableHeader('Tiltak Hovedansvar Samarbeidspartnere Tidsbruk')?.columns).toEqual(['Tiltak', 'Hovedansvar', 'Samarbeidspartnere', 'Tidsbruk']);
    expect(parseTableHeader('Tiltak for å styrke samarbeid')).toBeUndefined();
  });

  test('splits names at commas and at «og» between two names, never inside brackets', () => {
    expect(cellNames('Visit Lillehammer, OFK, Personalforum')).toEqual(['Visit Lillehammer', 'OFK', 'Personalforum']);
    expect(cellNames('LRU og LKP')).toEqual(['LRU', 'LKP']);
    expect(cellNames('LRU (evt i samarbeid med Regionrådet, kommunene)')).toEqual(['LRU (evt i samarbeid med Regionrådet, kommunene)']);
    expect(cellNames('')).toEqual([]);
  });
});
