import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { counties, municipalities, municipalityByName, municipalityByNumber, parseMunicipalityTable, regions } from '../src/data/regions.ts';
import { detectMunicipalities, detectRegions, isPlaceName, unknownRegionNames } from '../src/pipeline/classify/regions.ts';

/**
 * The municipality and region register. Figures are those of SSB's 2024 municipal structure (357
 * municipalities in 15 counties); the number changes are the ones the issue names.
 */
const m = (name: string) => {
  const found = municipalityByName.get(name);
  if (!found) throw new Error(`fant ikke ${name}`);
  return found;
};

describe('the municipality register', () => {
  test('holds all 357 municipalities of 2024, each number once, in 15 counties', () => {
    expect(municipalities).toHaveLength(357);
    expect(new Set(municipalities.map((x) => x.number)).size).toBe(357);
    const perCounty = Object.fromEntries(Object.values(counties).map((c) => [c, municipalities.filter((x) => x.county === c).length]));
    expect(perCounty).toEqual({ Oslo: 1, Rogaland: 23, 'Møre og Romsdal': 27, Nordland: 41, Østfold: 12, Akershus: 21, Buskerud: 18, Innlandet: 46, Vestfold: 6, Telemark: 17, Agder: 25, Vestland: 43, Trøndelag: 38, Troms: 21, Finnmark: 18 });
  });

  test('knows the numbers before 2020 and in 2020–2023 where they differ', () => {
    expect(m('Lillehammer')).toMatchObject({ number: '3405', before2020: [{ number: '0501' }] });
    expect(m('Lillehammer').number2020).toBeUndefined(); // 3405 also 2020–2023
    expect(m('Lørenskog')).toMatchObject({ number: '3222', number2020: '3029', before2020: [{ number: '0230' }] });
    expect(m('Horten')).toMatchObject({ number: '3901', number2020: '3801', before2020: [{ number: '0701' }] });
    expect(m('Indre Østfold').before2020.map((b) => b.name)).toEqual(['Trøgstad', 'Spydeberg', 'Askim', 'Eidsberg', 'Hobøl']);
    expect(m('Haram')).toMatchObject({ number: '1580', number2020: null });
    for (const n of ['0230', '3029', '3222']) expect(municipalityByNumber.get(n)?.name).toBe('Lørenskog');
    expect(municipalityByNumber.get('1548')?.name).toBe('Hustadvika'); // Fræna
  });

  test('keeps parallel Sami names and tells apart municipalities that share a name', () => {
    expect(m('Kautokeino').parallelNames).toEqual(['Guovdageaidnu']);
    expect(municipalities.filter((x) => x.shortName === 'Herøy').map((x) => x.name)).toEqual(['Herøy (Møre og Romsdal)', 'Herøy (Nordland)']);
    expect(municipalityByName.get('Herøy')).toBeUndefined();
  });

  test('a bad line in the table fails with its line number', () => {
    expect(() => parseMunicipalityTable('\n3405|Lillehammer|||0501\n340|Øyer|||0521\n')).toThrowError(/linje 3 i tabellen \(«340\|Øyer\|\|\|0521»\): number: et kommunenummer har fire sifre/);
  });

  test('every region member is a municipality of the register', () => {
    for (const r of regions) for (const name of r.municipalities) expect(municipalityByName.has(name), `${r.id}: ${name}`).toBe(true);
  });
});

describe('placing a document on its region', () => {
  const corpus = path.resolve('tests/corpus');
  const docs = readdirSync(corpus).filter((d) => !d.includes('.')).map((slug) => ({
    slug, text: readFileSync(path.join(corpus, slug, 'input.txt'), 'utf8'), expected: JSON.parse(readFileSync(path.join(corpus, slug, 'expected.json'), 'utf8')) as { region?: string },
  }));

  test('the region a corpus document is about is detected whenever the register knows it', () => {
    const known = docs.filter((d) => regions.some((r) => r.name === d.expected.region));
    expect(known.length).toBeGreaterThanOrEqual(13);
    for (const d of known) expect(detectRegions(d.text), d.slug).toContain(regions.find((r) => r.name === d.expected.region)!.id);
  });

  test('a region name the register does not know is reported, not guessed', () => {
    expect(unknownRegionNames('Samarbeidet i Vågsregionen, Regionrådet for Nord-Troms og Lofoten regionråd. Indre Østfold regionråd og Gjøvikregionen.')).toEqual(['Lofoten regionråd', 'Regionrådet for Nord-Troms', 'Vågsregionen']);
    expect(detectRegions('Vågsregionen og Vågsregionen')).toEqual([]);
  });

  test('a region is named as written or in capitals, never as a lower-case word («lister» are lists)', () => {
    expect(detectRegions('Listerrådet og kommunene i Lister lager lister. LISTER')).toEqual(['lister']);
    expect(detectRegions('Vi lager lister og flere lister.')).toEqual([]);
  });

  test('an organisation or a group after «Regionrådet for» in a flattened table is no unknown region', () => {
    expect(unknownRegionNames('Etablere et nettverk for Regionrådet for Innovasjon Norge 2024–2025. Oversikt over Regionrådet for Kommunene 1. kvartal 2024')).toEqual([]);
  });

  test('a county name is no region: «Sogn og Fjordane» is not Sogn, «Møre og Romsdal» not Romsdal', () => {
    expect(detectRegions('Sogn og Fjordane fylkeskommune, Sogn og Fjordane; Møre og Romsdal, Møre og Romsdal')).toEqual([]);
  });

  test('finds municipalities by today’s and former names, and a common word only inside a sentence', () => {
    expect(detectMunicipalities('Fræna og Eide ble Hustadvika. Sandøy, Fræna.', 1)).toEqual(['Eide', 'Fræna', 'Hustadvika', 'Sandøy']);
    expect(detectMunicipalities('Time for handling. Marker du det?', 1)).toEqual([]);
    expect(detectMunicipalities('Kommunene Time og Marker', 1)).toEqual(['Marker', 'Time']);
    expect(detectMunicipalities('Herøy og Vefsn', 1, ['helgeland'])).toEqual(['Herøy (Nordland)', 'Vefsn']);
    expect(detectMunicipalities('Herøy og Vefsn', 1)).toEqual(['Vefsn']);
  });

  test('a bare place name is known as a place', () => {
    for (const name of ['Gjøvik', 'Oppland', 'Hadeland', 'Guovdageaidnu', 'Sogn og Fjordane']) expect(isPlaceName(name), name).toBe(true);
    expect(isPlaceName('Snowball')).toBe(false);
  });
});
