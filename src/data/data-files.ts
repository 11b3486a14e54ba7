/**
 * The files published under /data/: what each holds, its format and JSON Schema. The open-data page
 * lists them and the DCAT catalogue (catalogue.ts) describes them, from this one table.
 */
export interface DataFileInfo {
  file: string;
  /** Name of its JSON Schema under /data/schemas/ (none for CSV). */
  schema?: string;
  title: string;
  description: string;
  format: 'JSON' | 'CSV';
  mediaType: 'application/json' | 'text/csv';
}

const json = (file: string, title: string, description: string): DataFileInfo => ({ file, schema: file.replace(/\.json$/, ''), title, description, format: 'JSON', mediaType: 'application/json' });

export const DATA_FILES: DataFileInfo[] = [
  json('documents.json', 'Dokumenter', 'Dokumentene: id, tittel, type, status, år, periode, utgiver, regioner, tema, kapitler med adresse, og kilde (fil og linjer).'),
  json('strategies.json', 'Strategier og tiltak', 'Strategiene med beskrivelse, tema, regioner og alle tiltak (actions): tekst, hovedansvar, samarbeidspartnere, tidsramme (tekst og ISO-datoer from/to), finansiering og kilde.'),
  json('goals.json', 'Mål', 'Målene: type (visjon, hovedmål, delmål …), tekst og tallfestede mål (verdi, enhet, år).'),
  json('datasets.json', 'Talltabeller', 'Talltabellene: tittel, enhet, kolonner og rader med tall (uformaterte), samt resultatet av sumkontroller.'),
  json('activities.json', 'Aktiviteter', 'Aktivitetene i programrapporter: delmål, tiltak, forventede resultater, milepæler med dato, status og anbefalinger.'),
  json('actors.json', 'Aktører', 'Aktørene: navn, forkortelse, andre skrivemåter og hvilke tiltak de har hovedansvar for eller samarbeider om.'),
  { ...json('themes.json', 'Tema', 'Temaene: id, navn, beskrivelse og adresse.'), schema: undefined },
  { ...json('regions.json', 'Regioner og kommuner', 'Regionene med kommuner, gamle (før 2020) og nye kommunenummer og fylke.'), schema: undefined },
  { file: 'tiltak.csv', title: 'Tiltak (CSV)', description: 'Ett tiltak per linje for regneark: id, dokument, strategi, tiltak, hovedansvar, samarbeidspartnere, tidsramme, fra- og til-dato, finansiering, tema, regioner, kilde og adresse. UTF-8 med BOM, semikolon som skilletegn.', format: 'CSV', mediaType: 'text/csv' },
];
