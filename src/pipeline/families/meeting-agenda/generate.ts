/**
 * Generated meeting notices with agendas (sakskart) for the benchmark corpus, in the seeds'
 * PDF-extracted shape: the notice (`Dato:`, `Tid:`, `Sted:`), then numbered agenda items, a round
 * table where each municipality's contribution follows its name, and the invited list.
 */
import { regions } from '../../../data/regions.ts';
import { MONTH_NAMES } from '../../../vocabulary/time.ts';
import { PageWriter, paragraph, person, TOPICS, twoDigits, wrapPdf } from '../../generate/index.ts';
import type { Cast, FamilyGenerator, Random } from '../../generate/index.ts';

const DAY_MS = 86_400_000;

/** A date as `dd.mm.yyyy`. @example numericDate(new Date(Date.UTC(2024, 2, 5))) // '05.03.2024' */
function numericDate(x: Date): string {
  return `${twoDigits(x.getUTCDate())}.${twoDigits(x.getUTCMonth() + 1)}.${x.getUTCFullYear()}`;
}

/** A date as `5. mars 2024`. */
function longDate(x: Date): string {
  return `${x.getUTCDate()}. ${MONTH_NAMES[x.getUTCMonth()]} ${x.getUTCFullYear()}`;
}

function agendaText(rng: Random, cast: Cast, date: Date): string {
  const w = new PageWriter(rng, rng.int(45, 60));
  const notice = new Date(date.getTime() - 6 * DAY_MS);
  w.push(' ', ' ', `Dato: ${numericDate(notice)} `, '   ', ' ', `Til ${cast.region.name}s faggruppe for næringssamarbeid  `, ' ');
  w.push(`Tid: ${numericDate(date)}, kl 12:00-13:00 `, `Sted: ${rng.pick(cast.places)} rådhus, møterom ${rng.int(1, 9)} `, ' ');
  w.push('Vi ber deltakere i møtet forberede følgende: ', ...wrapPdf('Sak 4. Hver deltaker gir en kort status (2–3 minutter) fra egen kommune eller delregion.', 100), ' ');
  w.push('Med vennlig hilsen ', person(rng) + ' ', `Sekretariatet for ${cast.region.name} `, ' ');
  w.push(`Sakskart til møte i faggruppe for næringssamarbeid, ${numericDate(date)} `, ' ', `Tid og sted: ${longDate(date)}, kl 12:00-13:00 `, ' ');
  const prev = new Date(date.getTime() - rng.int(40, 90) * DAY_MS);
  w.push('1. Godkjenning av møteinnkalling og saksliste ', ' ', `2. Godkjenning av referat fra møte ${longDate(prev)} `, ' ');
  w.push(`3. ${rng.pick(['Forslag til møteplan', 'Orientering om handlingsplan', 'Budsjett for'])} ${date.getUTCFullYear() + 1} `, ' ');
  w.push('4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene. ', 'Hver deltaker gir en kort status fra egen kommune eller delregion. ', ' ');
  const speakers = rng.sample([...cast.places, ...rng.sample(regions.map((r) => r.name), 2)], rng.int(2, Math.min(6, cast.places.length + 2)));
  for (const who of speakers) {
    w.push(`${who} `);
    for (let i = 0; i < rng.int(1, 4); i++) w.push(...wrapPdf(`${rng.chance(0.8) ? '• ' : ''}${paragraph(rng, cast, rng.pick(TOPICS), rng.int(1, 3))}`, 100));
    w.push(' ');
  }
  w.push('5. Eventuelt ', ' ', ' ', 'Inviterte ');
  for (let i = 0; i < rng.int(10, 30); i++) w.push(`${person(rng)} ${rng.pick([...cast.places.map((p) => `${p} kommune`), ...cast.actors.slice(3)])} `);
  w.push(' ', '  ');
  return w.text();
}

/** Meeting agendas: a meeting day in the document's year, which is also the sidecar's `date`. */
export const meetingAgendaGenerator: FamilyGenerator = {
  generate: (rng, cast, year) => {
    const when = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
    const date = when.toISOString().slice(0, 10);
    return { text: agendaText(rng, cast, when), title: `Sakskart – ${cast.region.name}s faggruppe for næringssamarbeid ${date}`, date };
  },
};
