import { z } from 'zod';

/** A kommunenummer: four digits. @example '3405' */
export const kommunenummerSchema = z.string().regex(/^\d{4}$/, 'et kommunenummer har fire sifre');

/** A number a municipality (or one it was made from) had before 2020. @example { number: '0122', name: 'Trøgstad' } */
export const formerMunicipalitySchema = z.object({
  number: kommunenummerSchema,
  /** Name of the former municipality, when it differs from today's. @example 'Trøgstad' */
  name: z.string().optional(),
});

/** One of Norway's municipalities (2024 structure) with the numbers it and its predecessors had. */
export const municipalitySchema = z.object({
  /** Kommunenummer from 1 January 2024. @example '3405' */
  number: kommunenummerSchema,
  /** The official name, with the county in brackets where two municipalities share a name. @example 'Herøy (Nordland)' */
  name: z.string().min(2),
  /** The name as documents write it (without the county in brackets). @example 'Herøy' */
  shortName: z.string().min(2),
  /** Official parallel names (Sami, Kven). @example ['Guovdageaidnu'] */
  parallelNames: z.array(z.string().min(2)),
  /** County from 2024. @example 'Innlandet' */
  county: z.string().min(2),
  /** Kommunenummer 2020–2023 where it differed from today's; null when the municipality did not exist then. @example '3029' */
  number2020: kommunenummerSchema.nullable().optional(),
  /** Numbers before 2020, of the municipality itself or the ones it was made from. */
  before2020: z.array(formerMunicipalitySchema),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** A region as documents name it: a regional council's area, a town region or a traditional district. */
export const regionDefinitionSchema = z.object({
  /** Stable id used in URLs. @example 'lillehammer-regionen' */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name as the documents write it. @example 'Lillehammer-regionen' */
  name: z.string().min(2),
  /** Other names met in text, bokmål and nynorsk, the council's own name included. @example ['Regionrådet for Hallingdal'] */
  aliases: z.array(z.string().min(2)),
  /** Member municipalities, by their 2024 names (`shortName` or `name` of the municipality register). */
  municipalities: z.array(z.string().min(2)),
  description: z.string(),
});
export type RegionDefinitionData = z.infer<typeof regionDefinitionSchema>;
