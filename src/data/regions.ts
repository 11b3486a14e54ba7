/**
 * Regions as the documents name them, and municipalities with historic (before 2020)
 * and current (from 2024) kommunenummer. Aliases are the spellings met in the text.
 */
export interface MunicipalityDefinition {
  /** Name as written. @example 'Lillehammer' */
  name: string;
  /** Kommunenummer before the 2020 county reform. @example '0501' */
  historicNumber: string;
  /** Kommunenummer in force now. @example '3405' */
  currentNumber: string;
  /** County now. */
  county: string;
}

export interface RegionDefinition {
  /** Stable id used in URLs. @example 'lillehammer-regionen' */
  id: string;
  /** Name as the documents write it. */
  name: string;
  /** Other spellings met in text. */
  aliases: string[];
  /** Member municipalities (names from `municipalities`). */
  municipalities: string[];
  description: string;
}

export const municipalities = [
  { name: 'Lillehammer', historicNumber: '0501', currentNumber: '3405', county: 'Innlandet' },
  { name: 'Øyer', historicNumber: '0521', currentNumber: '3440', county: 'Innlandet' },
  { name: 'Gausdal', historicNumber: '0522', currentNumber: '3441', county: 'Innlandet' },
  { name: 'Gjøvik', historicNumber: '0502', currentNumber: '3407', county: 'Innlandet' },
  { name: 'Østre Toten', historicNumber: '0528', currentNumber: '3442', county: 'Innlandet' },
  { name: 'Vestre Toten', historicNumber: '0529', currentNumber: '3443', county: 'Innlandet' },
  { name: 'Søndre Land', historicNumber: '0536', currentNumber: '3447', county: 'Innlandet' },
  { name: 'Nordre Land', historicNumber: '0538', currentNumber: '3448', county: 'Innlandet' },
  { name: 'Gran', historicNumber: '0534', currentNumber: '3446', county: 'Innlandet' },
  { name: 'Lunner', historicNumber: '0533', currentNumber: '3234', county: 'Akershus' },
  { name: 'Jevnaker', historicNumber: '0532', currentNumber: '3236', county: 'Akershus' },
  { name: 'Hamar', historicNumber: '0403', currentNumber: '3403', county: 'Innlandet' },
  { name: 'Ringsaker', historicNumber: '0412', currentNumber: '3411', county: 'Innlandet' },
  { name: 'Stange', historicNumber: '0417', currentNumber: '3413', county: 'Innlandet' },
  { name: 'Løten', historicNumber: '0415', currentNumber: '3412', county: 'Innlandet' },
  { name: 'Elverum', historicNumber: '0427', currentNumber: '3420', county: 'Innlandet' },
  { name: 'Kongsvinger', historicNumber: '0402', currentNumber: '3401', county: 'Innlandet' },
  { name: 'Eidskog', historicNumber: '0420', currentNumber: '3416', county: 'Innlandet' },
  { name: 'Nord-Odal', historicNumber: '0418', currentNumber: '3414', county: 'Innlandet' },
  { name: 'Sør-Odal', historicNumber: '0419', currentNumber: '3415', county: 'Innlandet' },
  { name: 'Grue', historicNumber: '0423', currentNumber: '3417', county: 'Innlandet' },
  { name: 'Åsnes', historicNumber: '0425', currentNumber: '3418', county: 'Innlandet' },
  { name: 'Ringerike', historicNumber: '0605', currentNumber: '3305', county: 'Buskerud' },
  { name: 'Hole', historicNumber: '0612', currentNumber: '3310', county: 'Buskerud' },
  { name: 'Horten', historicNumber: '0701', currentNumber: '3901', county: 'Vestfold' },
  { name: 'Lørenskog', historicNumber: '0230', currentNumber: '3222', county: 'Akershus' },
  { name: 'Oslo', historicNumber: '0301', currentNumber: '0301', county: 'Oslo' },
] as const satisfies readonly MunicipalityDefinition[];

export const regions = [
  { id: 'lillehammer-regionen', name: 'Lillehammer-regionen', aliases: ['Lillehammerregionen', 'Lillehammer-regionen'], municipalities: ['Lillehammer', 'Øyer', 'Gausdal'], description: 'Lillehammer, Øyer og Gausdal.' },
  { id: 'gjovikregionen', name: 'Gjøvikregionen', aliases: ['Gjøvikregionen', 'Gjøvik-regionen'], municipalities: ['Gjøvik', 'Østre Toten', 'Vestre Toten', 'Søndre Land', 'Nordre Land'], description: 'Gjøvik, Østre Toten, Vestre Toten, Søndre Land og Nordre Land.' },
  { id: 'hamarregionen', name: 'Hamarregionen', aliases: ['Hamarregionen', 'Hamar-regionen'], municipalities: ['Hamar', 'Ringsaker', 'Stange', 'Løten'], description: 'Hamar, Ringsaker, Stange og Løten.' },
  { id: 'mjosbyen', name: 'Mjøsbyen', aliases: ['Mjøsbyen', 'ATS Mjøsbyen'], municipalities: ['Lillehammer', 'Gjøvik', 'Hamar', 'Ringsaker', 'Stange', 'Løten', 'Østre Toten', 'Vestre Toten', 'Elverum', 'Øyer', 'Gausdal'], description: 'Byene og tettstedene rundt Mjøsa.' },
  { id: 'osloregionen', name: 'Osloregionen', aliases: ['Osloregionen', 'Oslo-regionen'], municipalities: ['Oslo', 'Lørenskog', 'Horten', 'Elverum'], description: 'Samarbeidsalliansen Osloregionen.' },
  { id: 'ringeriksregionen', name: 'Ringeriksregionen', aliases: ['Ringeriksregionen'], municipalities: ['Ringerike', 'Hole'], description: 'Ringerike og Hole.' },
  { id: 'kongsvingerregionen', name: 'Kongsvingerregionen', aliases: ['Kongsvingerregionen'], municipalities: ['Kongsvinger', 'Eidskog', 'Nord-Odal', 'Sør-Odal', 'Grue', 'Åsnes'], description: 'Kongsvinger, Eidskog, Nord-Odal, Sør-Odal, Grue og Åsnes.' },
  { id: 'hadeland', name: 'Hadeland', aliases: ['Hadeland'], municipalities: ['Gran', 'Lunner', 'Jevnaker'], description: 'Gran, Lunner og Jevnaker.' },
] as const satisfies readonly RegionDefinition[];

export type RegionId = (typeof regions)[number]['id'];
export const regionIds = regions.map((r) => r.id) as [RegionId, ...RegionId[]];
export const regionById = new Map<string, RegionDefinition>(regions.map((r) => [r.id, r]));
export const municipalityByName = new Map<string, MunicipalityDefinition>(municipalities.map((m) => [m.name, m]));
