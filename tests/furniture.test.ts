import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../src/pipeline/process.ts';
import { isFigurePhrase, isFurnitureLine } from '../src/pipeline/families/furniture.ts';
import type { BodyNode } from '../src/schemas/index.ts';

const root = path.join(import.meta.dirname, '..');
const nodesOf = (file: string) => processDocument({ file, bytes: readFileSync(path.join(root, file)) }).document.chapters.flatMap((c) => c.body);
const headings = (nodes: BodyNode[]) => nodes.filter((n): n is Extract<BodyNode, { type: 'heading' }> => n.type === 'heading').map((n) => n.text);
const texts = (nodes: BodyNode[]) => nodes.flatMap((n) => ('text' in n ? [n.text] : 'items' in n ? n.items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))) : []));

describe('document furniture is never a heading', () => {
  test('letterhead, addressee, greeting, signature and link previews of the Osloregionen notice (6–33, 162–174) are no headings', () => {
    const h = headings(nodesOf('seeds/004_5318a11f292122d6.txt'));
    for (const text of ['Deres ref: Vår ref: Saksbehandler: Arkivkode', 'Med vennlig hilsen Karoline Holmstrøm Ulateig', 'Sekretariatet for Osloregionen', 'Til Osloregionens faggruppe for Næringssamarbeid', 'Sted: Oslo Rådhus, møteromssenteret (inngang sjøsiden)', 'Kraftutfordringen kongsvingerregionen.no']) {
      expect(h).not.toContain(text);
    }
  });

  test('figures and lead-in sentences of the Lillehammer case document (123, 131, 190) are no headings, nor the signature (685–686)', () => {
    const h = headings(nodesOf('seeds/003_cdd5c87f05ecfe6d.txt'));
    for (const text of ['1,3 % årlig', 'Totalt 79 regioner', 'Kommunene i regionen har noe ulike forventninger om fremtidig befolkningsvekst', 'Sveinar Kildal Rådmann']) expect(h).not.toContain(text);
    // the section headings of the assessment stay headings
    expect(h).toEqual(expect.arrayContaining(['Næringsarealer', 'Organisering', 'Videre behandling']));
  });

  test('a paragraph cut by a blank line after «mens» (97–99) is joined again', () => {
    const t = texts(nodesOf('seeds/003_cdd5c87f05ecfe6d.txt'));
    expect(t.some((x) => /halve av Lillehammer, mens Gausdal har hatt en negativ utvikling\.$/.test(x))).toBe(true);
  });

  test('a list item wrapped past a blank line keeps its tail (129–131)', () => {
    const t = texts(nodesOf('seeds/003_cdd5c87f05ecfe6d.txt'));
    expect(t.some((x) => /i underkant av 1,3 % årlig$/.test(x))).toBe(true);
  });

  test('letter lines in both written standards are furniture', () => {
    for (const line of ['Dykkar ref: Vår ref: Sakshandsamar: Dato:', 'Med venleg helsing', 'Med vennlig hilsen', 'Postboks 34, 7194 Brekstad', 'post@fosenregionrad.no', 'tlf. 924 51 880', 'Knarvik, 04.03.2025', 'Kopi til: Vestland fylkeskommune', 'Side 3 av 4', 'daglig leder, Fosen regionråd', 'Stad: Kommunehuset i Knarvik']) {
      expect([line, isFurnitureLine(line)]).toEqual([line, true]);
    }
    for (const line of ['Næringsarealer', 'Regional næringsplan for Sogn', 'Til sammen ble det innvilget']) expect([line, isFurnitureLine(line)]).toEqual([line, false]);
  });

  test('phrases made mostly of figures are figures, years do not count', () => {
    expect(isFigurePhrase('1,3 % årlig')).toBe(true);
    expect(isFigurePhrase('Totalt 79 regioner')).toBe(true);
    expect(isFigurePhrase('Mål for 2030')).toBe(false);
    expect(isFigurePhrase('Strategisk næringsplan 2024–2028')).toBe(false);
  });
});
