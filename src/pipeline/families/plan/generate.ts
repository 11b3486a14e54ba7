/**
 * Generated regional plans for the benchmark corpus, in the seeds' PDF-extracted shape: an
 * introduction, then chapters with background, goals, `Strategi:` sections and flattened action
 * tables whose header words come from the vocabulary (`src/vocabulary/action-table.ts`, nynorsk
 * synonyms included), a footnote on the development company at the foot of its page, and a
 * population table in the appendix. A long plan (`chapters` given) repeats the topics and moves
 * to another region every few chapters, as a national plan would.
 */
import { headerWordsOf } from '../../../vocabulary/action-table.ts';
import { MONTH_NAMES } from '../../../vocabulary/time.ts';
import { castFor, CHAPTER_TOPICS, formatNb, INTRO_TOPIC, LAST_NAMES, PageWriter, paragraph, person, populationTable, POPULATION_TOPIC, twoDigits, wrapPdf } from '../../generate/index.ts';
import type { Cast, FamilyGenerator, Random, Topic } from '../../generate/index.ts';

/** Column headings the generated action tables use: every synonym of the vocabulary, so a new synonym is generated too. */
export const ACTION_HEADERS = { action: headerWordsOf('text'), lead: headerWordsOf('responsible'), partners: headerWordsOf('partners'), time: headerWordsOf('timeframe'), money: headerWordsOf('financing') };

/** In a long plan, every this many chapters speak of another region with other actors. */
const CHAPTERS_PER_CAST = 8;
/** Kinds of local actor a long plan's extra actors are named after (`<last name> <kind>`). */
const LOCAL_ACTOR_KINDS = ['Næringshage', 'Kompetansesenter', 'Innovasjonssenter', 'Reiseliv AS', 'Vekst AS'];

/** One plan being written: its layout, its table header, and how far the footnote on the development company has come. */
interface PlanWriter {
  rng: Random;
  w: PageWriter;
  year: number;
  width: number;
  /** The underscore rule under chapter headings. */
  rule: string;
  /** The action-table header line, the same in every table of the plan. */
  header: string;
  withMoney: boolean;
  footnote: { number: number; firstMention: boolean; written: boolean };
}

function planWriter(rng: Random, year: number): PlanWriter {
  const w = new PageWriter(rng, rng.int(40, 60));
  const width = rng.int(110, 140);
  const rule = '_'.repeat(rng.int(100, 130)) + ' ';
  const header = [rng.pick(ACTION_HEADERS.action), rng.pick(ACTION_HEADERS.lead), rng.pick(ACTION_HEADERS.partners), rng.pick(ACTION_HEADERS.time)];
  const withMoney = rng.chance(0.3);
  if (withMoney) header.push(rng.pick(ACTION_HEADERS.money));
  return { rng, w, year, width, rule, header: header.join(' ') + ' ', withMoney, footnote: { number: 0, firstMention: true, written: false } };
}

/**
 * The text of one generated plan; `chapters` asks for a long plan of that many chapters.
 * @example planText(new Random(1), castFor(new Random(1)), 2020).startsWith(' 1. Innledning ') // true
 */
export function planText(rng: Random, cast: Cast, year: number, chapters?: number): string {
  const p = planWriter(rng, year);
  writeIntroduction(p, cast);
  const topics = chapters === undefined ? rng.sample(CHAPTER_TOPICS, rng.int(4, 11)) : repeatTopics(rng, chapters);
  const casts = chapters === undefined ? [cast] : Array.from({ length: Math.ceil(topics.length / CHAPTERS_PER_CAST) }, () => widerCast(rng));
  topics.forEach((topic, ti) => writeChapter(p, casts[Math.floor(ti / CHAPTERS_PER_CAST) % casts.length], topic, ti + 2));
  writeAppendix(p, cast, topics.length + 2);
  return p.w.text();
}

function writeIntroduction(p: PlanWriter, cast: Cast): void {
  const { rng, w, width } = p;
  w.push(' 1. Innledning ', p.rule, '', 'Bakgrunn ', '');
  w.paragraph(`Regionrådet for ${cast.region.name} vedtok i ${rng.pick(MONTH_NAMES)} ${p.year - 1} å lage en samlet plan for næringsutvikling i ${cast.places.join(', ')}. ` + paragraph(rng, cast, INTRO_TOPIC, rng.int(3, 6)), width);
  w.paragraph(paragraph(rng, cast, INTRO_TOPIC, rng.int(2, 5)), width);
  w.push('Formål og avgrensning ', '');
  for (let i = 0; i < rng.int(3, 5); i++) w.push(...wrapPdf(`\uf0b7 ${paragraph(rng, cast, INTRO_TOPIC, 1)}`, width), '');
}

function writeChapter(p: PlanWriter, cast: Cast, topic: Topic, chapter: number): void {
  const { rng, w, width } = p;
  w.push(`${rng.chance(0.7) ? ' ' : ''}${chapter}. ${topic.title} `, p.rule, '', 'Bakgrunn ', '');
  for (let i = 0; i < rng.int(3, 7); i++) w.paragraph(paragraph(rng, cast, topic, rng.int(3, 8)), width);
  writeGoals(p, cast, topic);
  w.push('Strategiske satsingsområder ', '');
  for (const title of rng.sample(topic.strategies, rng.int(1, topic.strategies.length))) writeStrategy(p, cast, topic, title);
}

/** Vision, main goal (a measurable increase by the end of the plan period) and sometimes sub-goals. */
function writeGoals(p: PlanWriter, cast: Cast, topic: Topic): void {
  const { rng, w, width } = p;
  w.push(' Mål ', '', 'Visjon: ', '');
  w.paragraph(`${cast.region.name} skal være ledende innen ${topic.noun} i ${cast.county}.`, width);
  w.push('Hovedmål: ', '');
  const from = rng.int(2, 90) * 10;
  w.paragraph(`\uf0b7 Øke fra ${formatNb(from)} til minst ${formatNb(from * rng.int(2, 4))} ${topic.goal} i ${p.year + 10}.`, width);
  if (rng.chance(0.6)) {
    w.push('Delmål: ', '');
    for (let g = 0; g < rng.int(1, 3); g++) w.paragraph(`\uf0b7 ${paragraph(rng, cast, topic, 1)}`, width);
  }
}

/** A `Strategi:` line (sometimes long, sometimes wrapped narrow), a paragraph, and its action table. */
function writeStrategy(p: PlanWriter, cast: Cast, topic: Topic, title: string): void {
  const { rng, w, width } = p;
  const full = rng.chance(0.2) ? `${title} og følge opp arbeidet gjennom regionrådet og kommunenes planverk` : title;
  w.push(...wrapPdf(`Strategi: ${full}`, rng.chance(0.2) ? 60 : width), '');
  w.paragraph(paragraph(rng, cast, topic, rng.int(2, 5)), width);
  w.push(p.header, '');
  for (const action of rng.sample(topic.actions, rng.int(1, topic.actions.length))) writeAction(p, cast, action);
  w.push(' ', '');
  // the footnote text sits at the foot of the page that has the marker, as in the seeds
  if (p.footnote.number && !p.footnote.written) {
    p.footnote.written = true;
    w.push(' '.repeat(59), `${p.footnote.number} ${cast.devCompany}, ${cast.acronym}, er kommunenes felles selskap for næringsutvikling. `, '');
  }
}

/** One action-table row: the action wrapped narrow, then its cells in one of four flattened layouts. */
function writeAction(p: PlanWriter, cast: Cast, action: string): void {
  const { rng, w } = p;
  w.push(...wrapPdf(action, rng.int(50, 62)), '');
  const lead = leadOf(p, cast);
  const partners = rng.sample(cast.actors.filter((a) => a !== lead), rng.int(0, 3)).join(', ');
  const when = timeframe(rng, p.year);
  const money = p.withMoney ? ` ${rng.chance(0.8) ? formatNb(rng.int(1, 40) * 25_000) : 'Innenfor rammen'}` : '';
  w.push(...rowLayout(rng.int(0, 3), lead, partners, when, money));
}

/** The responsible actor of a row; the first time it is the acronym, it is spelt out with a footnote marker. */
function leadOf(p: PlanWriter, cast: Cast): string {
  const lead = p.rng.pick(cast.actors);
  if (lead !== cast.acronym || !p.footnote.firstMention) return lead;
  p.footnote.firstMention = false;
  p.footnote.number++;
  return `${cast.devCompany} (${cast.acronym})${p.footnote.number}`;
}

/** The cells of a row as the PDF extraction flattened them: on one line, the timeframe split, the lead wrapped, or one cell a line. */
function rowLayout(layout: number, lead: string, partners: string, when: string, money: string): string[] {
  if (layout === 0) return [`${lead} ${partners} ${when}${money} `, ''];
  if (layout === 1) {
    const [a, b] = splitTwo(when);
    return [`${lead} ${partners} ${a} `, b + money + ' ', ''];
  }
  if (layout === 2) return [...wrapPdf(lead, 30), '', `${partners} ${when}${money} `, ''];
  return [`${lead} `, '', ...wrapPdf(partners, 30), '', `${when}${money} `, ''];
}

function writeAppendix(p: PlanWriter, cast: Cast, appendix: number): void {
  const { rng, w, width } = p;
  w.push(` Vedlegg 1. Bakgrunnsinformasjon om befolkningsutvikling `, '', 'Befolkningsutvikling ', '');
  w.paragraph(paragraph(rng, cast, POPULATION_TOPIC, rng.int(2, 4)), width);
  w.push(...populationTable(rng, cast, p.year, true));
  if (rng.chance(0.5)) {
    w.push(` ${appendix}. Deltakere i arbeidsgruppene `, p.rule, '');
    for (let i = 0; i < rng.int(4, 12); i++) w.push(` ${person(rng)} – ${rng.pick(cast.actors.slice(3))} `);
  }
}

/** A timeframe cell in one of the seeds' forms (a deadline, a season, a span of years, continuous, a start date). */
function timeframe(rng: Random, year: number): string {
  const y = year + rng.int(0, 2);
  return rng.pick([
    `Innen ${rng.pick(MONTH_NAMES)} ${y}`,
    `Høsten ${y}`,
    `Våren ${y}`,
    `${y}-${y + rng.int(1, 3)}`,
    'Kontinuerlig',
    `Fra ${twoDigits(rng.int(1, 28))}.${twoDigits(rng.int(1, 12))}.${y}`,
    `Plan klar innen ${rng.pick(MONTH_NAMES)} ${y}`,
  ]);
}

/** A cast with a few more local actors, so a long plan keeps meeting new names. */
function widerCast(rng: Random): Cast {
  const cast = castFor(rng);
  const local = Array.from({ length: 3 }, () => `${rng.pick(LAST_NAMES)} ${rng.pick(LOCAL_ACTOR_KINDS)}`);
  return { ...cast, actors: [...cast.actors, ...local] };
}

/** `count` chapter topics for a long plan: the topic list shuffled, repeated as often as needed. */
function repeatTopics(rng: Random, count: number): Topic[] {
  const pool = rng.sample(CHAPTER_TOPICS, CHAPTER_TOPICS.length);
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]);
}

/** Text and its last word. @example splitTwo('Innen juni 2026') // ['Innen juni', '2026'] */
function splitTwo(text: string): [string, string] {
  const words = text.split(' ');
  if (words.length < 2) return [text, ''];
  return [words.slice(0, -1).join(' '), words[words.length - 1]];
}

/** Regional plans: the title and plan period (ten years from the plan's year) go into the sidecar. */
export const planGenerator: FamilyGenerator = {
  generate: (rng, cast, year) => ({ text: planText(rng, cast, year), title: `Regional næringsplan for ${cast.region.name} ${year}–${year + 10}`, period: { from: year, to: year + 10 } }),
};
