import { describe, expect, test } from 'vitest';
import { normaliseText } from '../src/pipeline/normalise.ts';
import { pagesFromBreaks, textPageBreaks } from '../src/pipeline/pages.ts';
import { processDocument } from '../src/pipeline/process.ts';

const pagesOf = (text: string) => {
  const doc = normaliseText('x.txt', text);
  return pagesFromBreaks(text.split('\n').length, textPageBreaks(doc, text));
};
const filler = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} linje ${i + 1} i et avsnitt som fortsetter`).join('\n');

describe('page numbers of a text input', () => {
  test('a form feed starts a new page', () => {
    const pages = pagesOf(`Første side\n\fAndre side\nmer tekst\n\fTredje side`);
    expect(pages).toEqual([1, 2, 2, 3]);
  });

  test('a bare page number before a page-start line ends its page and sets the count', () => {
    const text = [filler(3, 'a'), '', '7', '', ` ${filler(2, 'b')}`].join('\n');
    const pages = pagesOf(text);
    // the number 7 ends page 7; the lines after it stand on page 8
    expect(pages.slice(0, 3)).toEqual([7, 7, 7]);
    expect(pages[pages.length - 1]).toBe(8);
  });

  test('a line starting with a space far from the last break opens a page; one close to it is a lost bullet', () => {
    const text = [filler(30, 'a'), ' Neste side begynner her', filler(3, 'b'), ' en innrykket linje like etter'].join('\n');
    const pages = pagesOf(text);
    expect(pages[29]).toBe(1);
    expect(pages[30]).toBe(2);
    expect(pages[pages.length - 1]).toBe(2);
  });

  test('lines before a printed number the counted page starts do not agree with get no page', () => {
    // two pages shown, but the second says it is page 12: the first page's number is not known
    const text = [filler(30, 'a'), ` ${filler(30, 'c')}`, '', '12', '', ` ${filler(2, 'b')}`].join('\n');
    const pages = pagesOf(text);
    expect(pages[0]).toBe(0);
    expect(pages[31]).toBe(12);
    expect(pages[pages.length - 1]).toBe(13);
  });

  test('every chapter of a processed text carries the page its first line stands on', () => {
    const text = ['Plan for Testregionen', '', '1. Innledning', '____________', '', filler(30, 'a'), ' 2. Mål', '____________', '', filler(3, 'b')].join('\n');
    const p = processDocument({ file: 'x.txt', bytes: new TextEncoder().encode(text) });
    expect(p.document.chapters.filter((c) => c.number).map((c) => [c.title, c.source.page])).toEqual([['Innledning', 1], ['Mål', 2]]);
  });
});
