/**
 * The region register: Norway's municipalities (from `municipalities.ts`, with today's and earlier
 * kommunenummer) and the regions documents name — regional councils' areas, town regions and
 * districts — with their member municipalities. A document from a region listed here is placed on
 * its region page without a code change; a region name that is not here is reported, not guessed.
 * Validated by `src/schemas/region.ts` when the module loads.
 */
import { municipalitySchema, regionDefinitionSchema, type Municipality } from '../schemas/region.ts';
import { municipalityTable } from './municipalities.ts';

/** Counties from 2024 by the first two digits of the kommunenummer. */
export const counties: Record<string, string> = {
  '03': 'Oslo', '11': 'Rogaland', '15': 'Møre og Romsdal', '18': 'Nordland', '31': 'Østfold', '32': 'Akershus', '33': 'Buskerud',
  '34': 'Innlandet', '39': 'Vestfold', '40': 'Telemark', '42': 'Agder', '46': 'Vestland', '50': 'Trøndelag', '55': 'Troms', '56': 'Finnmark',
};

/** Counties before the 2020 and 2024 reforms that documents still name (`Oppland fylkeskommune`, `Sogn og Fjordane`). */
export const formerCounties = [
  'Viken', 'Vestfold og Telemark', 'Troms og Finnmark', 'Hedmark', 'Oppland', 'Aust-Agder', 'Vest-Agder', 'Hordaland', 'Sogn og Fjordane',
  'Sør-Trøndelag', 'Nord-Trøndelag',
];

/** A municipality as pages and the pipeline use it: the register's fields plus the two numbers the region pages show. */
export interface MunicipalityDefinition extends Municipality {
  /** Kommunenummer before 2020 of the municipality of the same name, else of the first it was made from. @example '0501' */
  historicNumber: string;
  /** Kommunenummer now (= `number`). @example '3405' */
  currentNumber: string;
}

/**
 * Parses the municipality table (one `|`-separated line per municipality) and validates every row.
 * @example parseMunicipalityTable('3405|Lillehammer|||0501')[0].before2020 // [{ number: '0501' }]
 */
export function parseMunicipalityTable(table: string): MunicipalityDefinition[] {
  return table
    .split('\n')
    .map((line, i) => ({ line: line.trim(), no: i }))
    .filter((l) => l.line)
    .map(({ line, no }) => {
      const [number, name, parallel, in2020, before] = line.split('|');
      const shortName = name.replace(/\s*\([^)]*\)$/, '');
      const former = (before ?? '').split(';').map((s) => s.trim()).filter(Boolean).map((s) => {
        const [n, ...rest] = s.split(' ');
        const formerName = rest.join(' ');
        return formerName && formerName !== shortName ? { number: n, name: formerName } : { number: n };
      });
      const parsed = municipalitySchema.safeParse({
        number, name, shortName, county: counties[number?.slice(0, 2)] ?? '',
        parallelNames: (parallel ?? '').split('/').map((s) => s.trim()).filter(Boolean),
        number2020: in2020 === '-' ? null : in2020 || undefined,
        before2020: former,
      });
      if (!parsed.success) throw new Error(`src/data/municipalities.ts: linje ${no + 1} i tabellen («${line}»): ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
      const own = former.find((f) => !f.name) ?? former[0];
      return { ...parsed.data, historicNumber: former.length ? (own?.number ?? number) : number, currentNumber: number };
    });
}

export const municipalities: readonly MunicipalityDefinition[] = parseMunicipalityTable(municipalityTable);

export interface RegionDefinition {
  /** Stable id used in URLs. @example 'lillehammer-regionen' */
  id: string;
  /** Name as the documents write it. */
  name: string;
  /** Other names met in text, bokmål and nynorsk, the council's own name included. */
  aliases: readonly string[];
  /** Member municipalities, by their names in the municipality register. */
  municipalities: readonly string[];
  description: string;
}

/**
 * Regions and their members. Memberships are the ones we are sure of; where a council's membership
 * has varied or is unclear to us, the doubtful municipality is left out and named in a comment.
 */
export const regions = [
  { id: 'lillehammer-regionen', name: 'Lillehammer-regionen', aliases: ['Lillehammerregionen', 'Lillehammer-regionen', 'Regionrådet for Lillehammer-regionen'], municipalities: ['Lillehammer', 'Øyer', 'Gausdal'], description: 'Lillehammer, Øyer og Gausdal.' },
  { id: 'gjovikregionen', name: 'Gjøvikregionen', aliases: ['Gjøvikregionen', 'Gjøvik-regionen', 'Regionrådet for Gjøvikregionen'], municipalities: ['Gjøvik', 'Østre Toten', 'Vestre Toten', 'Søndre Land', 'Nordre Land'], description: 'Gjøvik, Østre Toten, Vestre Toten, Søndre Land og Nordre Land.' },
  { id: 'hamarregionen', name: 'Hamarregionen', aliases: ['Hamarregionen', 'Hamar-regionen'], municipalities: ['Hamar', 'Ringsaker', 'Stange', 'Løten'], description: 'Hamar, Ringsaker, Stange og Løten.' },
  { id: 'mjosbyen', name: 'Mjøsbyen', aliases: ['Mjøsbyen', 'ATS Mjøsbyen'], municipalities: ['Lillehammer', 'Gjøvik', 'Hamar', 'Ringsaker', 'Stange', 'Løten', 'Østre Toten', 'Vestre Toten', 'Elverum', 'Øyer', 'Gausdal'], description: 'Byene og tettstedene rundt Mjøsa.' },
  // Osloregionen has many more members; these are the ones the documents name
  { id: 'osloregionen', name: 'Osloregionen', aliases: ['Osloregionen', 'Oslo-regionen'], municipalities: ['Oslo', 'Lørenskog', 'Horten', 'Elverum'], description: 'Samarbeidsalliansen Osloregionen.' },
  // Jevnaker has also worked with the Ringerike region; left out
  { id: 'ringeriksregionen', name: 'Ringeriksregionen', aliases: ['Ringeriksregionen'], municipalities: ['Ringerike', 'Hole'], description: 'Ringerike og Hole.' },
  { id: 'kongsvingerregionen', name: 'Kongsvingerregionen', aliases: ['Kongsvingerregionen'], municipalities: ['Kongsvinger', 'Eidskog', 'Nord-Odal', 'Sør-Odal', 'Grue', 'Åsnes'], description: 'Kongsvinger, Eidskog, Nord-Odal, Sør-Odal, Grue og Åsnes.' },
  { id: 'hadeland', name: 'Hadeland', aliases: ['Hadeland', 'Hadeland regionråd'], municipalities: ['Gran', 'Lunner', 'Jevnaker'], description: 'Gran, Lunner og Jevnaker.' },
  // Våler (Innlandet) has belonged to the Glåmdal council at times; left out
  { id: 'glamdal', name: 'Glåmdal', aliases: ['Glåmdal', 'Glåmdalen', 'Glåmdalsregionen', 'Glåmdal regionråd', 'Regionrådet for Glåmdal'], municipalities: ['Kongsvinger', 'Eidskog', 'Nord-Odal', 'Sør-Odal', 'Grue', 'Åsnes'], description: 'Kongsvinger, Eidskog, Nord-Odal, Sør-Odal, Grue og Åsnes.' },
  { id: 'nord-osterdal', name: 'Nord-Østerdal', aliases: ['Nord-Østerdal', 'Nord-Østerdalen', 'Regionrådet for Nord-Østerdal'], municipalities: ['Os', 'Tolga', 'Tynset', 'Alvdal', 'Folldal', 'Rendalen'], description: 'Os, Tolga, Tynset, Alvdal, Folldal og Rendalen.' },
  { id: 'nord-gudbrandsdal', name: 'Nord-Gudbrandsdal', aliases: ['Nord-Gudbrandsdal', 'Nord-Gudbrandsdalen', 'Regionrådet i Nord-Gudbrandsdalen'], municipalities: ['Dovre', 'Lesja', 'Skjåk', 'Lom', 'Vågå', 'Sel'], description: 'Dovre, Lesja, Skjåk, Lom, Vågå og Sel.' },
  { id: 'midt-gudbrandsdal', name: 'Midt-Gudbrandsdal', aliases: ['Midt-Gudbrandsdal', 'Midt-Gudbrandsdalen', 'Regionrådet i Midt-Gudbrandsdalen'], municipalities: ['Nord-Fron', 'Sør-Fron', 'Ringebu'], description: 'Nord-Fron, Sør-Fron og Ringebu.' },
  { id: 'valdres', name: 'Valdres', aliases: ['Valdres', 'Valdres regionråd', 'Valdres natur- og kulturpark'], municipalities: ['Sør-Aurdal', 'Etnedal', 'Nord-Aurdal', 'Vestre Slidre', 'Øystre Slidre', 'Vang'], description: 'Sør-Aurdal, Etnedal, Nord-Aurdal, Vestre Slidre, Øystre Slidre og Vang.' },
  { id: 'hallingdal', name: 'Hallingdal', aliases: ['Hallingdal', 'Regionrådet for Hallingdal', 'Hallingdal regionråd'], municipalities: ['Flå', 'Nesbyen', 'Gol', 'Hemsedal', 'Ål', 'Hol'], description: 'Flå, Nesbyen, Gol, Hemsedal, Ål og Hol.' },
  // the council's membership has varied over the years; these seven are the core
  { id: 'kongsbergregionen', name: 'Kongsbergregionen', aliases: ['Kongsbergregionen', 'Kongsberg-regionen'], municipalities: ['Kongsberg', 'Flesberg', 'Rollag', 'Nore og Uvdal', 'Notodden', 'Hjartdal', 'Tinn'], description: 'Kongsberg, Flesberg, Rollag, Nore og Uvdal, Notodden, Hjartdal og Tinn.' },
  { id: 'midt-telemark', name: 'Midt-Telemark', aliases: ['Midt-Telemarkrådet', 'Midt-Telemark regionråd'], municipalities: ['Midt-Telemark', 'Nome'], description: 'Midt-Telemark (Bø og Sauherad til 2020) og Nome.' },
  { id: 'vest-telemark', name: 'Vest-Telemark', aliases: ['Vest-Telemark', 'Vest-Telemarkrådet', 'Vest-Telemark regionråd'], municipalities: ['Fyresdal', 'Kviteseid', 'Nissedal', 'Seljord', 'Tokke', 'Vinje'], description: 'Fyresdal, Kviteseid, Nissedal, Seljord, Tokke og Vinje.' },
  { id: 'indre-ostfold', name: 'Indre Østfold', aliases: ['Indre Østfold regionråd', 'Regionrådet i Indre Østfold'], municipalities: ['Indre Østfold', 'Skiptvet', 'Rakkestad', 'Marker', 'Aremark'], description: 'Indre Østfold, Skiptvet, Rakkestad, Marker og Aremark.' },
  // Iveland has worked with the Setesdal council; left out
  { id: 'setesdal', name: 'Setesdal', aliases: ['Setesdal', 'Setesdal regionråd'], municipalities: ['Bygland', 'Bykle', 'Evje og Hornnes', 'Valle'], description: 'Bygland, Bykle, Evje og Hornnes og Valle.' },
  { id: 'lister', name: 'Lister', aliases: ['Lister', 'Listerrådet', 'Lister regionråd', 'Listerregionen'], municipalities: ['Farsund', 'Flekkefjord', 'Hægebostad', 'Kvinesdal', 'Lyngdal', 'Sirdal'], description: 'Farsund, Flekkefjord, Hægebostad, Kvinesdal, Lyngdal og Sirdal.' },
  { id: 'sogn', name: 'Sogn', aliases: ['Sogn', 'Sogn regionråd', 'Regionrådet for Sogn'], municipalities: ['Aurland', 'Høyanger', 'Luster', 'Lærdal', 'Sogndal', 'Vik', 'Årdal'], description: 'Aurland, Høyanger, Luster, Lærdal, Sogndal, Vik og Årdal.' },
  { id: 'hardanger', name: 'Hardanger', aliases: ['Hardanger', 'Hardangerrådet'], municipalities: ['Eidfjord', 'Kvam', 'Ullensvang', 'Ulvik'], description: 'Eidfjord, Kvam, Ullensvang og Ulvik.' },
  { id: 'nordhordland', name: 'Nordhordland', aliases: ['Nordhordland', 'Regionrådet Nordhordland', 'Regionrådet i Nordhordland'], municipalities: ['Alver', 'Austrheim', 'Fedje', 'Gulen', 'Masfjorden', 'Modalen', 'Osterøy', 'Vaksdal'], description: 'Alver, Austrheim, Fedje, Gulen, Masfjorden, Modalen, Osterøy og Vaksdal.' },
  { id: 'sunnhordland', name: 'Sunnhordland', aliases: ['Sunnhordland', 'Sunnhordland interkommunale politiske råd'], municipalities: ['Bømlo', 'Etne', 'Fitjar', 'Kvinnherad', 'Stord', 'Sveio', 'Tysnes'], description: 'Bømlo, Etne, Fitjar, Kvinnherad, Stord, Sveio og Tysnes.' },
  { id: 'romsdal', name: 'Romsdal', aliases: ['Romsdal', 'Romsdal regionråd'], municipalities: ['Aukra', 'Gjemnes', 'Hustadvika', 'Molde', 'Rauma', 'Vestnes'], description: 'Aukra, Gjemnes, Hustadvika, Molde, Rauma og Vestnes.' },
  { id: 'fosen', name: 'Fosen', aliases: ['Fosen', 'Fosen regionråd'], municipalities: ['Indre Fosen', 'Ørland', 'Åfjord', 'Osen'], description: 'Indre Fosen, Ørland, Åfjord og Osen.' },
  // Rødøy is in Helgeland but a member of the Salten council; left out of both
  { id: 'helgeland', name: 'Helgeland', aliases: ['Helgeland', 'Helgelandsrådet'], municipalities: ['Bindal', 'Sømna', 'Brønnøy', 'Vega', 'Vevelstad', 'Herøy (Nordland)', 'Alstahaug', 'Leirfjord', 'Vefsn', 'Grane', 'Hattfjelldal', 'Dønna', 'Nesna', 'Hemnes', 'Rana', 'Lurøy', 'Træna'], description: 'Kommunene på Helgeland, fra Bindal i sør til Lurøy og Træna i nord.' },
  { id: 'salten', name: 'Salten', aliases: ['Salten', 'Salten regionråd'], municipalities: ['Beiarn', 'Bodø', 'Fauske', 'Gildeskål', 'Hamarøy', 'Meløy', 'Saltdal', 'Steigen', 'Sørfold'], description: 'Beiarn, Bodø, Fauske, Gildeskål, Hamarøy, Meløy, Saltdal, Steigen og Sørfold.' },
  { id: 'midt-troms', name: 'Midt-Troms', aliases: ['Midt-Troms', 'Midt-Troms regionråd'], municipalities: ['Bardu', 'Dyrøy', 'Lavangen', 'Målselv', 'Salangen', 'Senja', 'Sørreisa'], description: 'Bardu, Dyrøy, Lavangen, Målselv, Salangen, Senja og Sørreisa.' },
] as const satisfies readonly RegionDefinition[];
// Not yet here, because we could not state their members with confidence: Trøndelag sør / Orkdalsregionen,
// Sør-Østerdal, Lofoten, Vesterålen, Nord-Troms, Vest-Finnmark. Documents naming them get a warning.

export type RegionId = (typeof regions)[number]['id'];
export const regionIds = regions.map((r) => r.id) as [RegionId, ...RegionId[]];
export const regionById = new Map<string, RegionDefinition>(regions.map((r) => [r.id, r]));
/** Municipalities by official name and by the name documents write (`Herøy (Nordland)` and, when unambiguous, `Herøy`). */
export const municipalityByName = new Map<string, MunicipalityDefinition>();
for (const m of municipalities) municipalityByName.set(m.name, m);
for (const m of municipalities) if (municipalities.filter((x) => x.shortName === m.shortName).length === 1) municipalityByName.set(m.shortName, m);
/** Municipalities by any kommunenummer they or their predecessors had (2024, 2020–2023, before 2020). @example municipalityByNumber.get('0230')?.name // 'Lørenskog' */
export const municipalityByNumber = new Map<string, MunicipalityDefinition>();
for (const m of municipalities) for (const n of [m.number, m.number2020, ...m.before2020.map((b) => b.number)]) if (n && !municipalityByNumber.has(n)) municipalityByNumber.set(n, m);

for (const r of regions) {
  const checked = regionDefinitionSchema.safeParse(r);
  if (!checked.success) throw new Error(`src/data/regions.ts: regionen «${r.id}»: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
  const unknown = r.municipalities.filter((m) => !municipalityByName.has(m));
  if (unknown.length) throw new Error(`src/data/regions.ts: regionen «${r.id}» har kommuner som ikke står i kommuneregisteret: ${unknown.join(', ')}`);
}
