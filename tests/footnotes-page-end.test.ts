import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';

/**
 * Footnotes set without a rule above them: a numbered sentence after a blank line, right above the page's footer
 * (`Side n av m`), with its number glued to a word earlier on the page. Written for this test (invented region).
 */
const text = [
  'Strategisk næringsplan for Breidal 2026–2029', '',
  '1 Innleiing', '________________________________________', '',
  'Breidal har sterke miljø innan fiskeoppdrett3 og turisme.', '',
  'Hovudmål: Breidal skal ha 100 nye arbeidsplassar innan 2029.', '',
  'Strategi 1: Styrkje havbruket', '',
  'Tiltak Ansvarleg Samarbeidspartar Tidsrom',
  'Kartleggje behovet for settefisk Breidal kommune Fiskarlaget 2026', '', '',
  '3 Omgrepet femner om både matfisk og settefisk.',
  'Side 1 av 2',
  ' 2 Oppfølging', '________________________________________', '',
  'Regionrådet skal følgje opp planen.', '',
  'Dette skal gjerast:', '',
  '2 Rapportere kvar haust.',
  'Side 2 av 2',
].join('\n');

describe('a footnote at a page\'s end without a rule above it', () => {
  const p = processDocument({ file: 'seeds/breidal.txt', bytes: Buffer.from(text) });
  const notes = p.document.chapters.flatMap((c) => c.body).filter((n) => n.type === 'footnotes');

  test('the numbered sentence above the footer is the footnote of the word its number is glued to', () => {
    expect(notes.flatMap((n) => ('items' in n ? n.items.map((f) => [f.n, f.text]) : []))).toEqual([['3', 'Omgrepet femner om både matfisk og settefisk.']]);
  });

  test('a numbered line above a footer with no marker on its page stays text', () => {
    const prose = JSON.stringify(p.document.chapters.map((c) => c.body));
    expect(prose).toContain('Rapportere kvar haust.');
  });
});
