/**
 * Generated case documents (saksframlegg) for the benchmark corpus, in the seeds' PDF-extracted
 * shape: an upper-case title, attachments, labelled sections (`Sammendrag:`, `Saksutredning:`,
 * `Fakta:` with a population table, `Vurdering:`, `Konklusjon:`), the proposed decision as
 * bullets and the chief executive's signature.
 */
import { MONTH_NAMES } from '../../../vocabulary/time.ts';
import { PageWriter, paragraph, person, populationTable, POPULATION_TOPIC, TOPICS, twoDigits, wrapPdf } from '../../generate/index.ts';
import type { Cast, FamilyGenerator, Random } from '../../generate/index.ts';

function caseText(rng: Random, cast: Cast, year: number): string {
  const w = new PageWriter(rng, rng.int(45, 55));
  const width = rng.int(85, 95);
  const topic = rng.pick(TOPICS);
  const place = rng.pick(cast.places);
  w.push(...wrapPdf(`${topic.title.toUpperCase()} I ${cast.region.name.toUpperCase()}`, 80), ' ', ' ', 'Vedlegg: ', `Forslag til ${topic.noun}strategi `, 'Sammenstilling av innspill  ', ' ');
  w.push('Sammendrag: ', ...wrapPdf(`Saken legges fram slik at formannskapet kan si sin mening om arbeidet med ${topic.noun} i ${cast.region.name}. ` + paragraph(rng, cast, topic, 2), width), ' ', ' ');
  w.push('Saksutredning: ');
  for (let p = 0; p < rng.int(3, 8); p++) w.push(...wrapPdf(paragraph(rng, cast, topic, rng.int(3, 7)), width), ' ');
  w.push(...wrapPdf(`${place} kommune behandlet saken i formannskapet ${rng.int(1, 28)}. ${rng.pick(MONTH_NAMES)} ${year} – sak ${rng.int(10, 99)}/${twoDigits(year % 100)}.`, width), ' ');
  w.push('Fakta: ');
  w.push(...wrapPdf(paragraph(rng, cast, POPULATION_TOPIC, rng.int(2, 4)), width));
  w.push(...populationTable(rng, cast, year, false));
  w.push(...wrapPdf(paragraph(rng, cast, topic, rng.int(2, 4)), width), ' ');
  w.push('Vurdering: ');
  for (let p = 0; p < rng.int(3, 9); p++) w.push(...wrapPdf(paragraph(rng, cast, topic, rng.int(3, 6)), width), ' ');
  w.push('Konklusjon: ', ...wrapPdf(paragraph(rng, cast, topic, 2), width), ' ', ' ');
  w.push('Rådmannens forslag til vedtak: ', '  ');
  for (let d = 0; d < rng.int(2, 5); d++) w.push(...wrapPdf(`\uf0b7 ${rng.pick(topic.actions)}`, 75));
  w.push(' ', ' ', `${person(rng)}  `, 'Rådmann ');
  return w.text();
}

/** Case documents: the title names the region and year. */
export const caseDocumentGenerator: FamilyGenerator = {
  generate: (rng, cast, year) => ({ text: caseText(rng, cast, year), title: `Saksframlegg om næringsutvikling i ${cast.region.name} ${year}` }),
};
