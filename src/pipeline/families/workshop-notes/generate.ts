/**
 * Generated workshop notes (referat) for the benchmark corpus, in the seeds' PDF-extracted shape:
 * the programme with its prepared talks, the participants (`Navn, organisasjon`), the process
 * leader, then group tasks (`Gruppeoppgave n:`) with each group's bullets and a signature.
 */
import { PageWriter, person, sentence, TOPICS, wrapPdf } from '../../generate/index.ts';
import type { Cast, FamilyGenerator, Random } from '../../generate/index.ts';

function workshopText(rng: Random, cast: Cast): string {
  const w = new PageWriter(rng, rng.int(45, 60));
  const width = rng.int(60, 70);
  const topic = rng.pick(TOPICS);
  w.push(' Program ', '');
  w.paragraph(`Samlingen åpnet med en kort orientering om ${topic.noun} i ${cast.region.name}. Så ble deltakerne delt i grupper som drøftet hver sin oppgave.`, width);
  w.push(' ', '', 'Følgende forberedte innlegg ble presentert i løpet av dagen: ', '', ' ', '');
  for (let i = 0; i < rng.int(3, 6); i++) w.push(...wrapPdf(`${rng.pick(topic.strategies)} v. ${person(rng)}, ${rng.pick(cast.actors.slice(3))}`, width), '');
  w.push(' ', '', 'Deltagere ', '');
  for (let i = 0; i < rng.int(8, 20); i++) w.push(`${person(rng)}, ${rng.pick([...cast.places.map((p) => `${p} kommune`), ...cast.actors.slice(3)])} `);
  w.push(' ', '', `Prosessleder: ${person(rng)}, ${cast.county} fylkeskommune `);
  const tasks = rng.int(2, 4);
  for (let t = 1; t <= tasks; t++) writeGroupTask(rng, w, cast, width, t);
  return w.text();
}

/** One group task: the question, then each group's bullets as presented in plenary, and a signature. */
function writeGroupTask(rng: Random, w: PageWriter, cast: Cast, width: number, t: number): void {
  w.push(` Gruppeoppgave ${t}: `, '');
  for (const l of wrapPdf(`Hva trenger vi av mer kunnskap om ${rng.pick(TOPICS).noun} for å nå målene for ${cast.region.name}? Mangler det noe?`, width)) w.push(l, '');
  w.push('Etter diskusjon i grupper ble følgende presentert i plenum: ', '', ' ');
  for (let g = 1; g <= rng.int(2, 4); g++) {
    w.push(`Gruppe ${g}: `);
    for (let p = 0; p < rng.int(2, 8); p++) w.push(...wrapPdf(`\uf0b7 ${sentence(rng, cast, rng.pick(TOPICS))}`, width));
  }
  w.push('      ', `      ${person(rng)}, ${rng.pick(cast.actors.slice(3))} `);
}

/** Workshop notes: the title names the region and year. */
export const workshopNotesGenerator: FamilyGenerator = {
  generate: (rng, cast, year) => ({ text: workshopText(rng, cast), title: `Arbeidsverksted om næringsliv i ${cast.region.name} ${year}` }),
};
