/**
 * Who and where a generated document speaks of: a region drawn from `src/data/regions.ts`, its
 * municipalities and county, and the actors a regional plan names (the development company under
 * an acronym, the county, the municipalities…), with sentences, people and a population table
 * drawn from them. Every family generator starts from a cast.
 */
import { regions, municipalityByName, type RegionDefinition } from '../../data/regions.ts';
import { formatNb } from './pdf-text.ts';
import { CLAIMS, CONNECTORS, FIRST_NAMES, LAST_NAMES, type Topic } from './material.ts';
import type { Random } from './random.ts';

/** Everything one document draws its names from: a region, its municipalities and its actors. */
export interface Cast {
  region: RegionDefinition;
  places: string[];
  county: string;
  acronym: string;
  devCompany: string;
  actors: string[];
}

/** A region drawn at random, with its municipalities, county and the actors its documents name. */
export function castFor(rng: Random): Cast {
  const region = rng.pick(regions);
  const places = [...region.municipalities];
  const county = municipalityByName.get(places[0])?.county ?? 'Innlandet';
  const acronym = (region.name.replace(/-?regionen$/i, '').slice(0, 2) + 'RU').toUpperCase().replace('Ø', 'O').replace('Å', 'A');
  const devCompany = `${region.name} utvikling`;
  const actors = [
    acronym,
    'Regionrådet',
    'Næringsliv',
    `${county} fylkeskommune`,
    'Innovasjon Norge',
    `${rng.pick(places)} kommune`,
    `${rng.pick(places)} næringsforum`,
    'Høgskolen i Innlandet',
    'Kommunene',
    'NHO Innlandet',
    'Destinasjonsselskapet',
    'Kunnskapsparken',
  ];
  return { region, places, county, acronym, devCompany, actors };
}

/** One sentence of prose on `topic`: an opener and a claim naming the cast, sometimes with a percentage. */
export function sentence(rng: Random, cast: Cast, topic: Topic): string {
  const claim = rng
    .pick(CLAIMS)
    .replace('{noun}', topic.noun)
    .replace('{region}', cast.region.name)
    .replace('{actor}', rng.pick(cast.actors.slice(3)))
    .replace('{municipality}', rng.pick(cast.places));
  const text = `${rng.pick(CONNECTORS)} ${claim}`;
  return text + (rng.chance(0.15) ? ` (${formatNb(rng.int(2, 40) + rng.int(0, 9) / 10, 1)} %)` : '') + '.';
}

/** `sentences` sentences of prose on `topic`. */
export function paragraph(rng: Random, cast: Cast, topic: Topic, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, cast, topic)).join(' ');
}

/** A first and a last name. */
export function person(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** A population table as flattened by the PDF extraction: column headers on two lines, rows with historic kommunenummer. */
export function populationTable(rng: Random, cast: Cast, year: number, blankBetween: boolean): string[] {
  const out = [`01.01.2000 ${year - 4}K4 ${year - 3}K4 ${year - 2}K4 ${year - 1}K4 31.12.${year - 1}`, 'Innbyggere Vekst Vekst Vekst Innbyggere Endring fra 1.1.2000 Endring siste 3 år'];
  const row = (label: string, base: number) => {
    const growth = [0, 0, 0, 0].map(() => Math.round(base * (rng.next() * 0.02 - 0.004)));
    const end = base + growth.reduce((a, b) => a + b, 0) + Math.round(base * rng.next() * 0.05);
    const since = ((end - base) / base) * 100;
    const last3 = ((growth[1] + growth[2] + growth[3]) / base) * 100;
    const pad = () => ' '.repeat(rng.int(3, 11));
    return `${label} ${formatNb(base)}${pad()}${growth.map((g) => formatNb(g)).join(pad())}${pad()}${formatNb(end)}${pad()}${formatNb(since, 1)} % ${formatNb(last3, 1)} %`;
  };
  out.push(row('0 Hele landet', 4_478_497));
  let sum = 0;
  for (const name of cast.places) {
    const m = municipalityByName.get(name);
    const base = rng.int(2_000, 30_000);
    sum += base;
    out.push(row(`${m?.historicNumber ?? '0000'} ${name}`, base));
  }
  out.push(row(cast.region.name.replace('-', ''), sum));
  return blankBetween ? out.flatMap((l) => [l, '']) : out;
}
