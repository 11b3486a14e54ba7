import { describe, expect, test } from 'vitest';
import { processDocument } from '../src/pipeline/process.ts';

/**
 * A double-spaced plan (every line followed by a blank line, paragraphs ended by a line holding one space)
 * whose numbered headings have no rule under them and stand at a page start only once: the text runs a
 * heading into its first paragraph, and a goal label into its goal. Written for this test (invented region).
 */
const lines = [
  'Strategisk næringsplan for Fjellbygd 2024–2027', '', ' ',
  ' 1 Innledning', 'Planen gjelder for de tre kommunene i Fjellbygd.', ' ',
  '2 Næringslivet i Fjellbygd', 'Landbruk og reiseliv er de største næringene.', ' ',
  '3 Mål', 'Hovedmål', 'Fjellbygd skal ha 200 flere arbeidsplasser i 2027 enn i 2023.', ' ',
  '4 Strategier og tiltak', ' ',
  'Strategi 1: Styrke reiselivet hele året', ' ',
  'Tiltak Ansvar Partnere Tid', ' ',
  'Etablere et felles destinasjonsselskap', 'Fjellbygd regionråd', 'Innovasjon Norge', '2025', ' ',
];
const text = lines.flatMap((l) => [l, '']).join('\n');

describe('numbered headings in double-spaced text', () => {
  const p = processDocument({ file: 'seeds/fjellbygd.txt', bytes: Buffer.from(text) });

  test('every chapter is found: on a page start, run into its first paragraph, or alone on an unstyled line', () => {
    expect(p.document.chapters.filter((c) => c.number).map((c) => `${c.number} ${c.title}`)).toEqual(['1 Innledning', '2 Næringslivet i Fjellbygd', '3 Mål', '4 Strategier og tiltak']);
  });

  test('a goal label run into its goal is a label, not part of the goal', () => {
    expect(p.goals.map((g) => [g.kind, g.text])).toEqual([['hovedmal', 'Fjellbygd skal ha 200 flere arbeidsplasser i 2027 enn i 2023.']]);
  });

  test('the strategy and its action stay whole', () => {
    expect(p.strategies.map((s) => [s.number, s.title, s.actions.length])).toEqual([['4.1', 'Styrke reiselivet hele året', 1]]);
  });
});
