import { describe, expect, test } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { csvRecords, facetCounts, filteredCsv, filterRows, loosenHint, type Facet } from '../src/lib/overview/filter.ts';
import { pageHref, pagesOf, pageWindow, splitPageParam, joinPageParam } from '../src/lib/paging.ts';

const facets: Facet[] = [
  { name: 'region', label: 'Region', all: 'Alle', paged: true, values: [{ value: 'valdres', label: 'Valdres' }, { value: 'hallingdal', label: 'Hallingdal' }] },
  { name: 'tema', label: 'Tema', all: 'Alle', paged: true, values: [{ value: 'ikt', label: 'IKT' }, { value: 'reiseliv', label: 'Reiseliv' }] },
];
const rows = [
  { id: 'a', f: { region: ['valdres'], tema: ['ikt'] } },
  { id: 'b', f: { region: ['valdres'], tema: ['reiseliv'] } },
  { id: 'c', f: { region: ['hallingdal'], tema: ['reiseliv', 'ikt'] } },
  { id: 'd', f: { region: ['hallingdal'], tema: ['reiseliv'] } },
];

describe('filtering an overview by facets', () => {
  test('a row matches when it has every chosen value', () => {
    expect(filterRows(rows, { region: 'hallingdal', tema: 'ikt' }).map((r) => r.id)).toEqual(['c']);
    expect(filterRows(rows, { region: '', tema: 'reiseliv' }).map((r) => r.id)).toEqual(['b', 'c', 'd']);
  });

  test('the counts of a facet follow the filters chosen in the other facets, not its own', () => {
    const counts = facetCounts(rows, facets, { region: 'valdres', tema: 'ikt' });
    expect(counts.tema.get('reiseliv')).toBe(1); // in Valdres
    expect(counts.tema.get('ikt')).toBe(1);
    expect(counts.region.get('hallingdal')).toBe(1); // about ICT
    expect(counts.region.get('valdres')).toBe(1);
  });

  test('an empty result names the filter whose removal gives the most rows', () => {
    const hint = loosenHint([...rows, { id: 'e', f: { region: ['valdres'], tema: ['energi'] } }], facets, { region: 'valdres', tema: 'hallingdal-finnes-ikke' });
    expect(hint?.facet.name).toBe('tema');
    expect(hint?.n).toBe(3);
    expect(loosenHint(rows, facets, {})).toBeUndefined();
  });
});

describe('the filtered CSV keeps the published format', () => {
  const csv = '\ufeff' + stringify([['id', 'tekst'], ['a', 'enkel'], ['b', 'med; semikolon'], ['c', 'over\r\nto linjer og "sitat"']], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ });

  test('records are read whole, also when a quoted field holds a line break', () => {
    expect(csvRecords(csv).map((r) => r.id)).toEqual(['id', 'a', 'b', 'c']);
  });

  test('the filtered file has the BOM, the header and exactly the chosen rows in the chosen order', () => {
    const out = filteredCsv(csv, ['c', 'a']);
    expect(out).toBe('\ufeff' + stringify([['id', 'tekst'], ['c', 'over\r\nto linjer og "sitat"'], ['a', 'enkel']], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ }));
  });
});

describe('static paging', () => {
  test('page 1 is the list itself, further pages are side-N', () => {
    expect(pageHref('/tiltak/', 1)).toBe('/tiltak/');
    expect(pageHref('/tiltak/tema/ikt/', 3)).toBe('/tiltak/tema/ikt/side-3/');
    expect(splitPageParam('tema/ikt/side-2')).toEqual({ prefix: 'tema/ikt', n: 2 });
    expect(splitPageParam(undefined)).toEqual({ prefix: '', n: 1 });
    expect(joinPageParam('', 1)).toBeUndefined();
    expect(joinPageParam('tema/ikt', 2)).toBe('tema/ikt/side-2');
  });

  test('an empty list still has its first page, and pages hold at most the page size', () => {
    expect(pagesOf([], 25)).toHaveLength(1);
    expect(pagesOf(Array.from({ length: 51 }, (_, i) => i), 25).map((p) => p.items.length)).toEqual([25, 25, 1]);
  });

  test('the page navigation shows first, last and the pages around the current one', () => {
    expect(pageWindow(7, 20)).toEqual([1, null, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
