import { describe, expect, test } from 'vitest';
import { labelledField, labelledHeading, numberedHeading, readColumnHeader, readLayout } from '../src/pipeline/layout/index.ts';
import { headerRole } from '../src/vocabulary/action-table.ts';
import { STRATEGY_LEVELS } from '../src/vocabulary/levels.ts';
import type { SourceLine } from '../src/pipeline/types.ts';

const line = (no: number, text: string, bullet = false): SourceLine => ({ no, text, raw: text, indented: false, bullet });

describe('the layout reader', () => {
  test('reads numbered headings and leaves sentences and years alone', () => {
    expect(numberedHeading('4.3 Industri og energi')).toEqual({ number: '4.3', title: 'Industri og energi' });
    expect(numberedHeading('1 Innledning')).toEqual({ number: '1', title: 'Innledning' });
    expect(numberedHeading('2. Utviklingstrekk')).toEqual({ number: '2', title: 'Utviklingstrekk' });
    expect(numberedHeading('Kapittel 2 Mål og strategier')).toEqual({ number: '2', label: 'Kapittel', title: 'Mål og strategier' });
    expect(numberedHeading('2024 Planen ble vedtatt')).toBeUndefined();
    expect(numberedHeading('3. Møtet ble avsluttet.')).toBeUndefined();
  });

  test('reads labelled headings with the labels a family passes in, in both written standards', () => {
    const labels = STRATEGY_LEVELS.map((l) => l.word);
    expect(labelledHeading('Satsingsområde 1: Grønn industri og energi', labels)).toEqual({ label: 'Satsingsområde', number: '1', title: 'Grønn industri og energi' });
    expect(labelledHeading('Innsatsområde 2 – Reiseliv', labels)).toEqual({ label: 'Innsatsområde', number: '2', title: 'Reiseliv' });
    expect(labelledHeading('Strategi: Auke verdiskapinga frå lokal mat og drikke', labels)).toMatchObject({ label: 'Strategi', title: 'Auke verdiskapinga frå lokal mat og drikke' });
    expect(labelledHeading('Satsingsområdene er fire', labels)).toBeUndefined();
  });

  test('reads labelled fields, not sentences with a colon', () => {
    expect(labelledField('Ansvar: Salten Regionråd')).toEqual({ label: 'Ansvar', value: 'Salten Regionråd' });
    expect(labelledField('Stad: Knarvik')).toEqual({ label: 'Stad', value: 'Knarvik' });
    expect(labelledField('Tiltak:')).toEqual({ label: 'Tiltak', value: '' });
    expect(labelledField('Planen har fire mål som skal nås: vekst')).toBeUndefined();
  });

  test('reads a table header by its column words, its unit wrapped onto the next line', () => {
    expect(readColumnHeader('Tiltak Ansvarlig Samarbeidspartnere Tidsramme Kostnad', headerRole, '(1000 kr)')).toEqual({
      columns: ['Tiltak', 'Ansvarlig', 'Samarbeidspartnere', 'Tidsramme', 'Kostnad (1000 kr)'],
      roles: ['text', 'responsible', 'partners', 'timeframe', 'financing'],
      span: 2,
    });
    expect(readColumnHeader('Tiltak skal gjennomføres av regionrådet', headerRole)).toBeUndefined();
  });

  test('reads a whole document line by line', () => {
    const lines = [line(1, '4.1 Sjømat og havbruk'), line(2, 'Strategi: Styrke leverandørindustrien'), line(3, 'Tiltak:'), line(4, '• Kartlegge leverandørbedrifter', true), line(5, 'Ansvar: Salten Regionråd'), line(6, 'Tiltak Ansvar Partnere Frist'), line(7, 'Vanlig tekst i et avsnitt')];
    const read = readLayout(lines, { headingLabels: STRATEGY_LEVELS.map((l) => l.word), columnRole: headerRole });
    expect([...read.values()].map((r) => r.kind)).toEqual(['heading', 'heading', 'field', 'list-item', 'field', 'table-header', 'text']);
  });
});
