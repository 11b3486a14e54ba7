/**
 * Generated programme reports for the benchmark corpus, in the seeds' PDF-extracted shape: a
 * double-spaced introduction and goal structure, then `Aktivitet n.m:` records with their labelled
 * fields broken over lines (`Forventet` / `resultat`), lettered milestones with their dates listed
 * after them, and a financing table per payer and year.
 */
import { formatNb, PageWriter, paragraph, TOPICS, twoDigits, wrapPdf } from '../../generate/index.ts';
import type { Cast, FamilyGenerator, Random, Topic } from '../../generate/index.ts';

/** Letters of the milestones (`a)`, `b)` …), one per milestone. */
const MILESTONE_LETTERS = 'abcdefghijklm';

function reportText(rng: Random, cast: Cast, year: number): string {
  const w = new PageWriter(rng, rng.int(70, 100));
  const width = rng.int(95, 105);
  const topic = rng.pick(TOPICS);
  // programme reports are double-spaced: every wrapped line is followed by a blank line, paragraph breaks are a line holding one space
  const doubleSpaced = (text: string) => {
    for (const l of wrapPdf(text, width)) w.push(l, '');
    w.push(' ', '');
  };
  w.push(' Innledning ');
  for (let p = 0; p < rng.int(3, 6); p++) doubleSpaced(`Arbeidet med programmet i ${cast.region.name} startet opp ${rng.pick(['våren', 'høsten'])} ${year - 4}. ` + paragraph(rng, cast, topic, rng.int(3, 6)));
  w.push('Målstruktur ');
  doubleSpaced(`Hovedmål: ${cast.region.name} skal ha en sterkere vekst i arbeidsplasser enn landet for øvrig, fra ${formatNb(rng.int(10, 40) * 100)} til ${formatNb(rng.int(41, 90) * 100)} arbeidsplasser i privat sektor innen ${year + 2}.`);
  const goals = rng.int(2, 5);
  for (let g = 1; g <= goals; g++) {
    const t = rng.pick(TOPICS);
    for (let a = 1; a <= rng.int(1, 4); a++) writeActivity(rng, w, cast, t, year, `${g}.${a}`);
  }
  writeFinancing(rng, w, cast, year);
  return w.text();
}

/** One `Aktivitet n.m:` record with its labelled fields, milestones and the steering group's recommendation. */
function writeActivity(rng: Random, w: PageWriter, cast: Cast, t: Topic, year: number, number: string): void {
  w.push(`Aktivitet ${number}: ${rng.pick(t.strategies)} `);
  w.push(...wrapPdf(`Delmål ${paragraph(rng, cast, t, 1)}`, 80));
  w.push(...wrapPdf(`Tiltak  ${rng.pick(t.actions)}.`, 80));
  w.push('Forventet ', 'resultat ');
  for (let r = 0; r < rng.int(1, 3); r++) w.push(...wrapPdf(`\uf0b7 ${paragraph(rng, cast, t, 1)}`, 70));
  w.push(' Begrunnelse og ', 'beskrivelse av ', 'aktivitet ');
  w.push(...wrapPdf(paragraph(rng, cast, t, rng.int(3, 8)), 80), ' ');
  w.push('Milepæler med ', 'frister ');
  const milestones = rng.int(2, 8);
  for (let m = 0; m < milestones; m++) w.push(...wrapPdf(`${MILESTONE_LETTERS[m]}) ${rng.pick(t.actions)} gjennomført.`, 60));
  for (let m = 0; m < milestones; m++) w.push(`${twoDigits(rng.int(1, 28))}.${twoDigits(rng.int(1, 12))}.${twoDigits((year - 3 + Math.floor(m / 3)) % 100)} `);
  w.push('Status for ', 'aktiviteten ');
  for (let p = 0; p < rng.int(1, 3); p++) w.push(...wrapPdf(paragraph(rng, cast, t, rng.int(2, 6)), 70), ' ');
  w.push('Styringsgruppens anbefaling for videre arbeid: ');
  w.push(...wrapPdf(paragraph(rng, cast, t, rng.int(1, 3)), 80));
  w.push(...wrapPdf(`Involverte ${rng.sample(cast.actors, rng.int(2, 5)).join(', ')}.`, 90), ' ');
}

/** The financing table: one row per payer over the programme's four years, a sum column and a sum row. */
function writeFinancing(rng: Random, w: PageWriter, cast: Cast, year: number): void {
  w.push(' Finansieringsplan  ', 'Aktiviteten i programmet er finansiert på følgende måte: ', '', ' ');
  const years = [year - 3, year - 2, year - 1, year];
  w.push(`Aktør ${years.join(' ')} Sum `, '');
  const totals = [0, 0, 0, 0];
  const payers = [...cast.places.map((p) => `${p} kommune `), 'Partnerskapsmidler ', `${cast.county} fk `, 'KMD', 'Egeninnsats partnere'];
  for (const payer of payers) {
    const values = years.map((_, i) => (i === 0 && rng.chance(0.5) ? 0 : rng.int(1, 30) * 25_000));
    values.forEach((v, i) => (totals[i] += v));
    const cells = values.map((v) => (v ? formatNb(v) : '')).filter(Boolean);
    w.push(`${payer} ${cells.join(' ')} ${formatNb(values.reduce((a, b) => a + b, 0))} `, '');
  }
  w.push(`Sum finansiering ${totals.map((t) => formatNb(t)).join(' ')} ${formatNb(totals.reduce((a, b) => a + b, 0))} `, '', ' ');
}

/** Programme reports: the title names the programme's four years. */
export const programmeReportGenerator: FamilyGenerator = {
  generate: (rng, cast, year) => ({ text: reportText(rng, cast, year), title: `Utviklingsprogrammet i ${cast.region.name} ${year - 3}–${year} – sluttrapport` }),
};
