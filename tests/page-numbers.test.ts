import { describe, expect, test } from 'vitest';
import { normaliseText } from '../src/pipeline/normalise.ts';

/**
 * Bare page numbers the first pass of the normaliser could not be sure of, settled by the document's sequence of
 * page numbers. The pages below are made up: `para(n)` is a paragraph of n lines, a leading space marks a page start.
 */
const para = (n: number, word = 'Regionen') => Array.from({ length: n }, (_, i) => `${word} arbeider med linje ${i + 1} av teksten sin`);

describe('bare page numbers settled by their sequence', () => {
  test('numbers right before a page-start line that count on page by page are page numbers, also one right under text', () => {
    const text = [
      'Næringsplan for Fjellbygda', ...para(10), '', // page 1 unnumbered
      '2', ' 2. Utviklingstrekk', ...para(10), '', // `2` under a blank line, right above the page start
      '3', ' 3. Mål', ...para(10), 'Fotnote: tala er henta frå SSB.', // `3` … and `4` right under the page's last line
      '4', ' 4. Tiltak', ...para(10),
    ].join('\n');
    const doc = normaliseText('x.txt', text);
    expect(doc.dropped.filter((d) => d.reason === 'sidetall').map((d) => d.text)).toEqual(['2', '3', '4']);
    expect(doc.lines.some((l) => /^\d$/.test(l.text))).toBe(false);
  });

  test('a lone number at a page end that fits no sequence is left out of the text as a possible page number', () => {
    const text = ['Næringsplan for Fjellbygda', ...para(10), '', '2', ' 2. Utviklingstrekk', ...para(10)].join('\n');
    const doc = normaliseText('x.txt', text);
    expect(doc.dropped).toEqual([{ no: 13, text: '2', reason: 'mulig sidetall' }]);
  });

  test('numbers closer together than a page are a list, and a number right under text without a sequence stays', () => {
    const list = normaliseText('x.txt', ['Gruppene', '', '1', ' Reiseliv', '', '2', ' Industri', ...para(3)].join('\n'));
    expect(list.dropped).toEqual([]);
    const underText = normaliseText('x.txt', ['Tabell 1', ...para(10, 'Kommunen'), '12', ' Fortsetjing av tabellen', ...para(3)].join('\n'));
    expect(underText.lines.some((l) => l.text === '12')).toBe(true);
  });

  test('a number under the rule PDF extraction leaves above footnotes is the footnote\'s, not a page number', () => {
    const text = ['Næringsplan for Fjellbygda', ...para(10), ' '.repeat(40), '2', ' Fotnoten forklarer tala.', ...para(10), '', '3', ' 3. Mål', ...para(3)].join('\n');
    const doc = normaliseText('x.txt', text);
    expect(doc.lines.some((l) => l.text === '2')).toBe(true);
  });
});
