import { describe, expect, test } from 'vitest';
import { coverTitle, frontTitle } from '../src/pipeline/extract/cover-title.ts';
import { processDocument } from '../src/pipeline/process.ts';
import type { SourceLine } from '../src/pipeline/types.ts';

/** Front pages written for this test (invented programmes and meetings); `''` is a blank line, a leading space a page start. */
const page = (...texts: string[]): SourceLine[] =>
  texts.map((raw, i) => ({ no: i + 1, raw, text: raw.trim(), indented: /^\s/.test(raw), bullet: false }));

describe('a title composed from a front page', () => {
  test('puts the kind on its own line before the name, with the period below the name joined on', () => {
    const front = page('Regionrådet for Fjellbygda', '', 'SLUTTRAPPORT', '', 'Næringsprogrammet «Sterkere sammen»', '2022–2025', '',
      'Flå – Gol – Hol', '', 'Godkjent av styringsgruppen 3. mars 2026', '', ' Innhold', '1 Innledning ........ 2');
    expect(coverTitle(front)).toBe('Sluttrapport – Næringsprogrammet «Sterkere sammen» 2022–2025');
  });

  test('writes a name in capitals in sentence case, the place as the register writes it (nynorsk)', () => {
    const front = page('ÅRSMELDING 2025', '', 'NÆRINGSFONDET FOR SUNNFJORD', '', 'Handsama i rådet 2. februar 2026', '', ' 1. Innleiing');
    expect(coverTitle(front)).toBe('Årsmelding 2025 – Næringsfondet for Sunnfjord');
  });

  test('joins a sub-title under the name with a colon', () => {
    const front = page('REFERAT', '', 'Verkstad om sjømat i Nordfjord', '', 'Korleis får vi fleire lærlingar?', '', 'Tid: 3. mars 2026, kl. 10.00', 'Stad: Måløy');
    expect(coverTitle(front)).toBe('Referat – Verkstad om sjømat i Nordfjord: Korleis får vi fleire lærlingar?');
  });

  test('keeps a title line the kind leads as written, the sender above it left out', () => {
    const front = page('Hallingdal næringsråd', '', 'Referat frå samling om hyttebygging i Hallingdal', '', 'Dato: 3. mars 2026');
    expect(coverTitle(front)).toBe('Referat frå samling om hyttebygging i Hallingdal');
  });

  test('gives none when the page does not settle it: a kind-led line beside another title line, or three title lines', () => {
    expect(coverTitle(page('Næringsprogrammet – Fjellregionen', 'Rapport for fase 2', '', 'Innledning', 'Fjellregionen har arbeidet med programmet i tre år, og denne rapporten samler det som er gjort.'))).toBeUndefined();
    expect(coverTitle(page('RAPPORT', '', 'Reiseliv i fjellet', '', 'Hytter og stier', '', 'Vinter og sommer', '', ' 1 Innledning'))).toBeUndefined();
  });
});

describe('the families use the front page', () => {
  test('a workshop record is titled from its front page, not from a guess at its text', () => {
    const text = ['REFERAT', '', 'Verkstad om sjømat i Nordfjord', '', 'Tid: 3. mars 2026, kl. 10.00–14.00', 'Stad: Måløy',
      '', 'Program', '', '10.00 Velkomen v/ Kari Nes, Kinn kommune', '', 'Gruppeoppgåve 1: Kva treng næringa?', '', 'Gruppe A', '• Fleire lærlingar', ''].join('\n');
    const p = processDocument({ file: 'seeds/verkstad.txt', bytes: Buffer.from(text) });
    expect(p.family).toBe('workshop-notes');
    expect(p.document.title).toBe('Referat – Verkstad om sjømat i Nordfjord');
  });
});

describe('a front page with a kind-led line in capitals, a members line or a dateline', () => {
  test('joins the name under a kind-led line with a colon, the words after the link in lower case', () => {
    const front = page(' Vestlandsrådet', '', 'REFERAT FRÅ SAMLING', '', '«Sjømat 2040 – kva no?»', '', 'Dato:        3. mars 2026');
    expect(coverTitle(front)).toBe('Referat frå samling: «Sjømat 2040 – kva no?»');
  });
  test('leaves out a sentence naming the member municipalities and a place with a month', () => {
    const front = page(' STATUSRAPPORT', '', 'GRØNT LØFT HALLINGDAL 2024–2026', '', 'Eit samarbeid mellom Flå, Gol, Hol og Ål kommunar', '', 'Hallingdal, mars 2026', '', ' Innhald');
    expect(coverTitle(front)).toBe('Statusrapport – Grønt løft Hallingdal 2024–2026');
  });
});

describe('a double-spaced front page', () => {
  const nonBlank = (...texts: string[]) => page(...texts).filter((l) => l.text);

  test('a title line ending open (`… FOR`) goes on across the blank line, the period below joined on', () => {
    const front = nonBlank('Regionrådet i Hallingdal', '', 'STRATEGISK PLAN FOR', '', 'REISELIV I HALLINGDAL', '', '2026–2029', '', 'Vedtatt 1. mars 2026');
    expect(frontTitle(front, 1)).toBe('Strategisk plan for reiseliv i Hallingdal 2026–2029');
  });

  test('a closed title line in capitals does not take the capitals below a blank line', () => {
    const front = nonBlank('HANDLINGSPLAN 2026', '', 'REGIONRÅDET I HALLINGDAL');
    expect(frontTitle(front, 0)).toBe('Handlingsplan 2026');
  });
});
