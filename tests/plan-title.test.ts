import { describe, expect, test } from 'vitest';
import { frontTitle } from '../src/pipeline/families/plan/title.ts';
import { sentenceCase } from '../src/pipeline/extract/title-case.ts';

const lines = (...texts: (string | null)[]) => texts.flatMap((text, i) => (text === null ? [] : [{ no: i + 1, text, raw: text, indented: false, bullet: false }]));

describe('a plan title from its front page', () => {
  test('a title in capitals wrapped over two lines is joined and written in sentence case, place names capitalised', () => {
    const front = lines('Haugaland Vekst', 'HANDLINGSPLAN FOR NÆRINGSUTVIKLING PÅ', 'HAUGALANDET 2025–2027', null, 'Vedtatt 3. mars 2025');
    expect(frontTitle(front, 1)).toBe('Handlingsplan for næringsutvikling på Haugalandet 2025–2027');
  });

  test('the plan period on the line below is joined on', () => {
    expect(frontTitle(lines('STRATEGISK NÆRINGSPLAN FOR NORD-TROMS', '2024 - 2028', null, 'Kåfjord – Kvænangen – Lyngen'), 0)).toBe('Strategisk næringsplan for Nord-Troms 2024–2028');
  });

  test('a title in ordinary case is kept as written, and a line after a blank that is no period is not joined', () => {
    expect(frontTitle(lines('Strategisk næringsplan for Vesterålen 2023–2027', null, 'Regionrådet i Vesterålen'), 0)).toBe('Strategisk næringsplan for Vesterålen 2023–2027');
  });

  test('multi-word and hyphenated place names keep their capitals', () => {
    expect(sentenceCase('NÆRINGSPLAN FOR INDRE ØSTFOLD OG MIDT-TELEMARK')).toBe('Næringsplan for Indre Østfold og Midt-Telemark');
  });
});
