import { describe, expect, test } from 'vitest';
import { detectDoubleSpacing, normaliseText } from '../src/pipeline/normalise.ts';
import { joinLines } from '../src/pipeline/segment.ts';

/** Twelve short one-line table rows between blank lines: single-spaced, even if most lines have a blank after them. */
const oneLineRows = Array.from({ length: 12 }, (_, i) => `Tiltak nummer ${i + 1} RNØ Kommunene 2024 kr 100 000\n\nStrategi ${i + 1}: Noe mer\n`).join('\n');

describe('normalise', () => {
  test('recognises double-spaced text by sentences running on across the empty lines', () => {
    const wrapped = Array.from({ length: 12 }, () => 'Planen bygger på innspill fra næringslivet og fra\n\ntre arbeidsmøter høsten 2021.\n\n \n').join('\n');
    expect(detectDoubleSpacing(wrapped.split('\n'))).toBe(true);
    expect(normaliseText('x.txt', wrapped).lines.filter((l) => l.text).map((l) => l.text)[1]).toBe('tre arbeidsmøter høsten 2021.');
  });

  test('does not take a single-spaced plan of one-line rows for double-spaced text', () => {
    expect(detectDoubleSpacing(oneLineRows.split('\n'))).toBe(false);
  });

  test('drops a bare page number that stands just before a page-start line', () => {
    const doc = normaliseText('x.txt', 'Rendalen kommune Allskog 2024\n\n3\n\n 3. Reiseliv\n');
    expect(doc.dropped).toEqual([{ no: 3, text: '3', reason: 'sidetall' }]);
  });

  test('keeps a number that ends a table cell', () => {
    const doc = normaliseText('x.txt', 'Tilskudd\n50\n\nLRU Næringsliv 2015\n');
    expect(doc.dropped).toEqual([]);
  });

  test('joins a place name broken at its hyphen and keeps short abbreviations hyphenated', () => {
    expect(joinLines(['Destinasjon Nord-', 'Østerdal'])).toBe('Destinasjon Nord-Østerdal');
    expect(joinLines(['film-og tv-', 'utdanningene'])).toBe('film-og tv-utdanningene');
    expect(joinLines(['nærings-', 'utvikling'])).toBe('næringsutvikling');
    expect(joinLines(['nærings-', 'og bransjeorganisasjonene'])).toBe('nærings- og bransjeorganisasjonene');
  });

  test('a name broken after its linking s is written closed, a bare name keeps its hyphen', () => {
    expect(joinLines(['sykkelruter langs Telemarks-', 'kanalen'])).toBe('sykkelruter langs Telemarkskanalen');
    expect(joinLines(['et samarbeid med Nordlands-', 'forskning'])).toBe('et samarbeid med Nordlandsforskning');
    expect(joinLines(['Lillehammer-', 'regionen'])).toBe('Lillehammer-regionen');
    expect(joinLines(['IKT-', 'bedriftene'])).toBe('IKT-bedriftene');
  });
});

describe('running headers and footers', () => {
  // an invented plan: a header line on every page, a table whose header repeats after a page break
  const page = (n: number, body: string) => `Fjellregionen samarbeidsråd – Næringsplan 2027\n\n${body}\n\n${n}\n`;
  const text = [
    page(1, 'Innledning\n\nPlanen gjelder for fire kommuner.'),
    page(2, 'Strategi 1: Sterkere reiseliv\n\nTiltak Ansvar Partnere Frist\nKartlegge løypenettet Fjellregionen Kommunene 2027'),
    page(3, 'Tiltak Ansvar Partnere Frist\nLage felles kart Fjellregionen Turlaget 2028\n\nTiltak Ansvar Partnere Frist\nEt siste tiltak Rådet Kommunene 2028'),
  ].join('\n');

  test('a line standing at every page boundary is dropped as a running header, with its reason', () => {
    const doc = normaliseText('x.txt', text);
    const headers = doc.dropped.filter((d) => d.reason === 'topp- eller bunntekst');
    expect(headers.map((d) => d.text)).toEqual(Array(3).fill('Fjellregionen samarbeidsråd – Næringsplan 2027'));
    expect(doc.lines.some((l) => l.text.startsWith('Fjellregionen samarbeidsråd'))).toBe(false);
  });

  test('a table header repeated after page breaks stays: its first occurrence is under a heading, not at a page boundary', () => {
    const doc = normaliseText('x.txt', text);
    expect(doc.lines.filter((l) => l.text === 'Tiltak Ansvar Partnere Frist')).toHaveLength(3);
  });

  test('a line repeated three times in the running text is no running header', () => {
    const doc = normaliseText('x.txt', 'Ansvar ligger hos kommunene.\n\nTekst.\n\nAnsvar ligger hos kommunene.\n\nMer tekst.\n\nAnsvar ligger hos kommunene.\n\nSlutt.');
    expect(doc.dropped).toEqual([]);
  });
});
