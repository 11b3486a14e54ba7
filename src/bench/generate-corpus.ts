/**
 * Generates realistic plain-text documents for the benchmark, one per family in `seeds/`
 * (regional plan, programme report, case document, workshop notes, meeting agenda), with
 * metadata sidecars. The text copies the seeds' PDF-extraction artefacts — page-start lines
 * beginning with a space, bare page numbers, underscore rules under chapter headings, wrapped
 * lines with trailing spaces, flattened action tables with header synonyms, double-spaced
 * report paragraphs, Norwegian number formats — so a generated corpus runs the same code
 * paths as the seeds.
 *
 * Deterministic: document `i` depends only on `(i, seed)`, so the first 50 documents of a
 * 200-document corpus are the 50-document corpus, and growth can be compared fairly.
 */
import type { DocumentFamily } from '../schemas/document-kind.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { regions, municipalityByName, type RegionDefinition } from '../data/regions.ts';
import { MONTH_NAMES } from '../vocabulary/time.ts';
import { headerWordsOf } from '../vocabulary/action-table.ts';

/** Families in the order the generator cycles through them. */
export const FAMILIES = ['plan', 'rapport', 'saksframlegg', 'referat', 'sakskart'] as const;
export type GeneratedFamily = (typeof FAMILIES)[number];
/** Which generator writes documents of each pipeline family; the compiler fails when a family has none. */
export const generatorOfFamily = {
  plan: 'plan',
  'programme-report': 'rapport',
  'case-document': 'saksframlegg',
  'workshop-notes': 'referat',
  'meeting-agenda': 'sakskart',
} as const satisfies Record<Exclude<DocumentFamily, 'plain'>, GeneratedFamily>;

/** One generated document: a `.txt` file and its `.meta.yaml` sidecar. */
export interface GeneratedDocument {
  /** Base file name without extension. @example 'gen-0007-rapport-hamarregionen' */
  name: string;
  family: GeneratedFamily;
  text: string;
  sidecar: string;
}

/** A small seeded random source (mulberry32), so a corpus is the same on every machine. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

/** Formats a number the Norwegian way with spaces as thousands separators. @example formatNb(4478497) // '4 478 497' */
export function formatNb(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/** Wraps text at `width` characters the way the PDF extraction did: each line keeps a trailing space. */
export function wrapPdf(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + word.length + 1 > width) {
      lines.push(cur + ' ');
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur + ' ');
  return lines;
}

// ——— vocabulary ————————————————————————————————————————————————————————————————

interface Topic {
  title: string;
  noun: string;
  strategies: string[];
  actions: string[];
  goal: string;
}

const TOPICS: Topic[] = [
  { title: 'Samferdsel og transport', noun: 'samferdsel', goal: 'arbeidspendling med kollektivtransport', strategies: ['Proaktivt arbeid med sentrale samferdselsspørsmål', 'Bedre interntransport og kollektivtilbud mellom byene i regionen', 'Godstransport og logistikk som konkurransefortrinn'], actions: ['Opprette et tverrpolitisk arbeidsutvalg som skal jobbe målrettet med de store samferdselsspørsmålene', 'Kartlegge næringslivets utfordringer med interntransport i regionen, og arbeide mot aktørene for å utbedre forholdene', 'Utrede behovet for arbeidsbusser til de største bedriftene og hyppigere avganger morgen og kveld', 'Innta en proaktiv tilnærming til reguleringsprosesser som forenkler samferdselsutbygginger'] },
  { title: 'Forskning, utvikling og innovasjon', noun: 'FoU', goal: 'FoU-prosjekter i regionens bedrifter', strategies: ['Økt strategisk samarbeid mellom næringsliv og kunnskapsmiljøer', 'Sammen med virkemiddelapparatet fastlegge og gjennomføre en plan for økt FoU i regionens bedrifter', 'Styrke næringsklyngene og koble dem til nasjonale programmer'], actions: ['Etablere et fast møtepunkt mellom høgskolen, kunnskapsparken og bedriftene i regionen', 'Gjennomføre en kartlegging av FoU-behov i små og mellomstore bedrifter', 'Utvikle et mentorprogram for bedrifter som søker Skattefunn og Forskningsrådet for første gang', 'Arrangere en årlig innovasjonskonferanse med vekt på næringsklynger og kompetanse'] },
  { title: 'Gründer- og vekstservice', noun: 'etablerere', goal: 'nyetablerte bedrifter per år', strategies: ['En felles førstelinjetjeneste for gründere i hele regionen', 'Bedre tilgang på risikokapital for vekstbedrifter', 'Akkvisisjon av nye virksomheter til regionen'], actions: ['Samordne etablererservicen i kommunene til én regional førstelinje med felles nettside', 'Etablere et regionalt kapitalfond i samarbeid med lokale banker og investorer', 'Tilby vekstprogram for bedrifter med potensial for knoppskyting og nyetableringer', 'Kartlegge ledige lokaler og kontorfellesskap for gründere i sentrum'] },
  { title: 'Profilering av regionen som bo- og arbeidsregion', noun: 'tilflytting', goal: 'innbyggere i regionen', strategies: ['Profilere regionen som et attraktivt sted å bo, studere og arbeide', 'Skape en stolthet hos regionens ungdommer og gi dem tilbakeflyttingslyst', 'Styrke rekrutteringen av kompetent arbeidskraft'], actions: ['Ansette en regionmarkedsfører med ansvar for felles profilering og omdømme', 'Etablere inspirasjonsgrupper som gir et særskilt tilbud til innflyttere', 'Utvikle en samarbeidsløsning for å finne jobb til medfølgende partner', 'Gjennomføre en nullpunktsmåling av regionens omdømme blant studenter og tilflyttere'] },
  { title: 'Næringsarealer', noun: 'næringsareal', goal: 'dekar regulert næringsareal', strategies: ['Sikre attraktive og byggeklare næringsarealer i hele regionen', 'Felles oversikt over ledige næringsarealer og næringslokaler'], actions: ['Utarbeide en felles oversikt over ledige næringsarealer og tomter i regionen', 'Vurdere en regional arealplan for transportintensive virksomheter', 'Etablere en felles portal for næringseiendom i samarbeid med private aktører', 'Avklare rekkefølgekrav og infrastruktur for de største næringsområdene'] },
  { title: 'Kreative og kulturbaserte næringer', noun: 'kulturnæringer', goal: 'arbeidsplasser innen film, TV og interaktive medier', strategies: ['Utvikle regionen som senter for film, TV og interaktive medier', 'Styrke kulturbasert næringsliv og arrangementer'], actions: ['Videreutvikle filmfondet og knytte det tettere til dramaproduksjon i regionen', 'Etablere et inkubatortilbud for spill og interaktive medier', 'Kartlegge kulturnæringene og deres behov for lokaler og kompetanse'] },
  { title: 'Reiseliv og opplevelser', noun: 'reiseliv', goal: 'kommersielle gjestedøgn', strategies: ['Helårlig reiseliv med flere opplevelser utenfor høysesong', 'Felles destinasjonsselskap og markedsføring', 'Fritidsboliger som ressurs for næringslivet'], actions: ['Utvikle pakketerte opplevelser som knytter sammen reiselivsaktørene i regionen', 'Styrke samarbeidet mellom destinasjonsselskapet og hyttekommunene', 'Kartlegge fritidsboligeiernes bruk av lokale tjenester og varehandel'] },
  { title: 'Idrettsbasert næringsliv', noun: 'idrett', goal: 'store idrettsarrangementer', strategies: ['Utnytte idrettsanleggene som grunnlag for næringsutvikling', 'Styrke arrangementskompetansen i regionen'], actions: ['Etablere et arrangementsnettverk for store og mellomstore idrettsarrangementer', 'Utvikle et kompetansemiljø for sportsutstyr og idrettsteknologi', 'Søke om nasjonale og internasjonale mesterskap i samarbeid med særforbundene'] },
  { title: 'IKT og digitalisering', noun: 'IKT', goal: 'arbeidsplasser innen IKT', strategies: ['Bygge et sterkt IKT-miljø med utgangspunkt i eksisterende kompetanse', 'Full bredbåndsdekning i hele regionen'], actions: ['Etablere et IKT-forum for bedrifter, kommuner og utdanningsinstitusjoner', 'Kartlegge bredbåndsdekningen og lage en plan for utbygging i spredtbygde strøk', 'Styrke samarbeidet om velferdsteknologi og digitale tjenester i kommunene'] },
  { title: 'Industri og foredling', noun: 'industri', goal: 'industriarbeidsplasser', strategies: ['Videreutvikle industrien gjennom automatisering og kompetanse', 'Mer videreforedling av råvarer fra regionen'], actions: ['Etablere et leverandørnettverk rundt de største industribedriftene', 'Kartlegge kompetansebehovet i industrien de neste fem årene', 'Utrede muligheter for økt videreforedling av tre og skogsråvarer lokalt'] },
  { title: 'Mat og bioøkonomi', noun: 'landbruk', goal: 'verdiskaping i landbruket', strategies: ['Styrke lokalmat og matopplevelser som næring', 'Bioøkonomi og økt trebruk i bygg'], actions: ['Utvikle en felles lokalmatsatsing med produsenter, handel og reiseliv', 'Utarbeide en trestrategi for offentlige bygg i kommunene', 'Etablere et nettverk for bioøkonomi med skognæringen og forskningsmiljøene'] },
  { title: 'Varehandel og sentrumsutvikling', noun: 'varehandel', goal: 'omsetning i varehandelen', strategies: ['Levende sentrum med et bredt handelstilbud', 'Møte netthandelen med lokale fortrinn'], actions: ['Utarbeide en felles sentrumsplan med handelsstandsforeningene', 'Gjennomføre kompetansetiltak for butikker om netthandel og digital markedsføring', 'Kartlegge handelslekkasjen til kjøpesentre utenfor regionen'] },
  { title: 'Energi og klima', noun: 'energi', goal: 'GWh fornybar energi', strategies: ['Fornybar energi som grunnlag for ny næring', 'Klimavennlig næringsutvikling'], actions: ['Kartlegge tilgangen på kraft for nye næringsetableringer', 'Etablere et samarbeid om hydrogen og solenergi med energiselskapene', 'Utvikle klimaregnskap for kommunenes næringsarbeid'] },
  { title: 'Regionalt samarbeid og organisering', noun: 'samarbeid', goal: 'felles regionale prosjekter', strategies: ['En slagkraftig regional enhet for næringsutvikling', 'Tydelig og forutsigbar regional næringspolitikk'], actions: ['Opprette en regional næringsutviklingsenhet som vertskommunesamarbeid', 'Rullere handlingsdelen av næringsplanen hvert annet år', 'Rapportere måloppnåelse offentlig til regionrådet hvert år'] },
];

const FIRST_NAMES = ['Anne', 'Kari', 'Ingrid', 'Liv', 'Marit', 'Siri', 'Hanne', 'Tone', 'Eli', 'Gunhild', 'Ola', 'Per', 'Lars', 'Erik', 'Morten', 'Tor', 'Svein', 'Knut', 'Jon', 'Arne', 'Bjørn', 'Dag', 'Øyvind', 'Åse'];
const LAST_NAMES = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Bakken', 'Haugen', 'Lien', 'Nordby', 'Moen', 'Solberg', 'Strand', 'Berg', 'Haugum', 'Ørbeck', 'Bjerke', 'Lunde', 'Aas', 'Kildal', 'Sandum', 'Vestli', 'Grønli', 'Østby', 'Myrvang', 'Tofte'];
const MONTHS = MONTH_NAMES;
const CONNECTORS = ['I dag', 'Fortsatt', 'Samtidig', 'Videre', 'I tillegg', 'Likevel', 'Derfor', 'På den andre siden', 'Over tid', 'Erfaringsmessig'];
const CLAIMS = [
  'har regionen et godt grunnlag for vekst innen {noun}, men innsatsen har vært lite koordinert mellom kommunene',
  'mener næringslivet at {noun} er et av de viktigste områdene for utviklingen i {region}',
  'viser tallene at {region} ligger under landsgjennomsnittet når det gjelder {noun}',
  'er det behov for et tettere samarbeid mellom kommunene, næringslivet og kunnskapsmiljøene om {noun}',
  'har {actor} tatt initiativ til flere prosjekter innen {noun} de siste årene',
  'er det viktig å bygge videre på de fortrinnene {region} allerede har innen {noun}',
  'vil en felles innsats gi mer igjen enn om hver kommune arbeider for seg',
  'kan {noun} bidra til flere arbeidsplasser og økt tilflytting til {municipality}',
];

/** Everything one document draws its names from: a region, its municipalities and its actors. */
interface Cast {
  region: RegionDefinition;
  places: string[];
  county: string;
  acronym: string;
  devCompany: string;
  actors: string[];
}

function castFor(rng: Random): Cast {
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

function sentence(rng: Random, cast: Cast, topic: Topic): string {
  const claim = rng
    .pick(CLAIMS)
    .replace('{noun}', topic.noun)
    .replace('{region}', cast.region.name)
    .replace('{actor}', rng.pick(cast.actors.slice(3)))
    .replace('{municipality}', rng.pick(cast.places));
  const text = `${rng.pick(CONNECTORS)} ${claim}`;
  return text + (rng.chance(0.15) ? ` (${formatNb(rng.int(2, 40) + rng.int(0, 9) / 10, 1)} %)` : '') + '.';
}

function paragraph(rng: Random, cast: Cast, topic: Topic, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, cast, topic)).join(' ');
}

function person(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function timeframe(rng: Random, year: number): string {
  const y = year + rng.int(0, 2);
  return rng.pick([
    `Innen ${rng.pick(MONTHS)} ${y}`,
    `Høsten ${y}`,
    `Våren ${y}`,
    `${y}-${y + rng.int(1, 3)}`,
    'Kontinuerlig',
    `Fra ${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${y}`,
    `Plan klar innen ${rng.pick(MONTHS)} ${y}`,
  ]);
}

/** Output lines with page bookkeeping: every ~50 lines a page ends, marked like the PDF extraction did. */
class PageWriter {
  lines: string[] = [];
  private sincePage = 0;
  private page = 1;
  constructor(private rng: Random, private pageLength = 50) {}
  /** Adds lines; a line that starts a new page gets a leading space, sometimes after a bare page number. */
  push(...lines: string[]): void {
    for (const line of lines) {
      if (this.sincePage >= this.pageLength && line.trim()) {
        this.page++;
        this.sincePage = 0;
        if (this.rng.chance(0.35)) this.lines.push(String(this.page), '');
        this.lines.push(' ' + line);
      } else this.lines.push(line);
      this.sincePage++;
    }
  }
  /** Wrapped paragraph followed by a blank line. */
  paragraph(text: string, width: number): void {
    this.push(...wrapPdf(text, width), '');
  }
  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

// ——— families ——————————————————————————————————————————————————————————————————

/** Column headings the generated action tables use: every synonym of the vocabulary, so a new synonym is generated too. */
export const ACTION_HEADERS = { action: headerWordsOf('text'), lead: headerWordsOf('responsible'), partners: headerWordsOf('partners'), time: headerWordsOf('timeframe'), money: headerWordsOf('financing') };

function planText(rng: Random, cast: Cast, year: number, chapters?: number): string {
  const w = new PageWriter(rng, rng.int(40, 60));
  const width = rng.int(110, 140);
  const rule = '_'.repeat(rng.int(100, 130)) + ' ';
  const header = [rng.pick(ACTION_HEADERS.action), rng.pick(ACTION_HEADERS.lead), rng.pick(ACTION_HEADERS.partners), rng.pick(ACTION_HEADERS.time)];
  const withMoney = rng.chance(0.3);
  if (withMoney) header.push(rng.pick(ACTION_HEADERS.money));
  let footnotes = 0;
  let firstActorMention = true;
  let footnoteWritten = false;
  const intro = TOPICS[TOPICS.length - 1];
  w.push(' 1. Innledning ', rule, '', 'Bakgrunn ', '');
  w.paragraph(`Regionrådet for ${cast.region.name} vedtok i ${rng.pick(MONTHS)} ${year - 1} å utarbeide en felles næringsplan for ${cast.places.join(', ')}. ` + paragraph(rng, cast, intro, rng.int(3, 6)), width);
  w.paragraph(paragraph(rng, cast, intro, rng.int(2, 5)), width);
  w.push('Formål og avgrensning ', '');
  for (let i = 0; i < rng.int(3, 5); i++) w.push(...wrapPdf(`\uf0b7 ${paragraph(rng, cast, intro, 1)}`, width), '');
  const topics = chapters === undefined ? rng.sample(TOPICS.slice(0, -1), rng.int(4, 11)) : repeatTopics(rng, chapters);
  const casts = chapters === undefined ? [cast] : Array.from({ length: Math.ceil(topics.length / CHAPTERS_PER_CAST) }, () => widerCast(rng));
  topics.forEach((topic, ti) => {
    const cast = casts[Math.floor(ti / CHAPTERS_PER_CAST) % casts.length];
    const chapter = ti + 2;
    w.push(`${rng.chance(0.7) ? ' ' : ''}${chapter}. ${topic.title} `, rule, '', 'Bakgrunn ', '');
    for (let p = 0; p < rng.int(3, 7); p++) w.paragraph(paragraph(rng, cast, topic, rng.int(3, 8)), width);
    w.push(' Mål ', '', 'Visjon: ', '');
    w.paragraph(`${cast.region.name} skal være ledende innen ${topic.noun} i ${cast.county}.`, width);
    w.push('Hovedmål: ', '');
    const from = rng.int(2, 90) * 10;
    w.paragraph(`\uf0b7 Øke fra ${formatNb(from)} til minst ${formatNb(from * rng.int(2, 4))} ${topic.goal} i ${year + 10}.`, width);
    if (rng.chance(0.6)) {
      w.push('Delmål: ', '');
      for (let g = 0; g < rng.int(1, 3); g++) w.paragraph(`\uf0b7 ${paragraph(rng, cast, topic, 1)}`, width);
    }
    w.push('Strategiske satsingsområder ', '');
    const strategies = rng.sample(topic.strategies, rng.int(1, topic.strategies.length));
    for (const title of strategies) {
      const full = rng.chance(0.2) ? `${title} og følge opp arbeidet gjennom regionrådet og kommunenes planverk` : title;
      w.push(...wrapPdf(`Strategi: ${full}`, rng.chance(0.2) ? 60 : width), '');
      w.paragraph(paragraph(rng, cast, topic, rng.int(2, 5)), width);
      w.push(header.join(' ') + ' ', '');
      for (const action of rng.sample(topic.actions, rng.int(1, topic.actions.length))) {
        w.push(...wrapPdf(action, rng.int(50, 62)), '');
        let lead = rng.pick(cast.actors);
        if (lead === cast.acronym && firstActorMention) {
          firstActorMention = false;
          footnotes++;
          lead = `${cast.devCompany} (${cast.acronym})${footnotes}`;
        }
        const partners = rng.sample(cast.actors.filter((a) => a !== lead), rng.int(0, 3)).join(', ');
        const when = timeframe(rng, year);
        const money = withMoney ? ` ${rng.chance(0.8) ? formatNb(rng.int(1, 40) * 25_000) : 'Innenfor rammen'}` : '';
        const layout = rng.int(0, 3);
        if (layout === 0) w.push(`${lead} ${partners} ${when}${money} `, '');
        else if (layout === 1) {
          const [a, b] = splitTwo(when);
          w.push(`${lead} ${partners} ${a} `, b + money + ' ', '');
        } else if (layout === 2) w.push(...wrapPdf(lead, 30), '', `${partners} ${when}${money} `, '');
        else w.push(`${lead} `, '', ...wrapPdf(partners, 30), '', `${when}${money} `, '');
      }
      w.push(' ', '');
      // the footnote text sits at the foot of the page that has the marker, as in the seeds
      if (footnotes && !footnoteWritten) {
        footnoteWritten = true;
        w.push(' '.repeat(59), `${footnotes} ${cast.devCompany}, ${cast.acronym}, er en arbeidstittel for den samlede administrative ressursen i kommunene. `, '');
      }
    }
  });
  const appendix = topics.length + 2;
  w.push(` Vedlegg 1. Bakgrunnsinformasjon om befolkningsutvikling `, '', 'Befolkningsutvikling ', '');
  w.paragraph(paragraph(rng, cast, TOPICS[3], rng.int(2, 4)), width);
  w.push(...populationTable(rng, cast, year, true));
  if (rng.chance(0.5)) {
    w.push(` ${appendix}. Deltakere i arbeidsgruppene `, rule, '');
    for (let i = 0; i < rng.int(4, 12); i++) w.push(` ${person(rng)} – ${rng.pick(cast.actors.slice(3))} `);
  }
  return w.text();
}

/** In a long plan, every this many chapters speak of another region with other actors, as a national plan would. */
const CHAPTERS_PER_CAST = 8;
const LOCAL_ACTOR_KINDS = ['Næringshage', 'Kompetansesenter', 'Innovasjonssenter', 'Reiseliv AS', 'Vekst AS'];

/** A cast with a few more local actors, so a long plan keeps meeting new names. */
function widerCast(rng: Random): Cast {
  const cast = castFor(rng);
  const local = Array.from({ length: 3 }, () => `${rng.pick(LAST_NAMES)} ${rng.pick(LOCAL_ACTOR_KINDS)}`);
  return { ...cast, actors: [...cast.actors, ...local] };
}

/** `count` chapter topics for a long plan: the topic list shuffled, repeated as often as needed. */
function repeatTopics(rng: Random, count: number): Topic[] {
  const pool = rng.sample(TOPICS.slice(0, -1), TOPICS.length - 1);
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]);
}

function splitTwo(text: string): [string, string] {
  const words = text.split(' ');
  if (words.length < 2) return [text, ''];
  return [words.slice(0, -1).join(' '), words[words.length - 1]];
}

/** A population table as flattened by the PDF extraction: column headers on two lines, rows with historic kommunenummer. */
function populationTable(rng: Random, cast: Cast, year: number, blankBetween: boolean): string[] {
  const out = [`01.01.2000 ${year - 4}K4 ${year - 3}K4 ${year - 2}K4 ${year - 1}K4 31.12.${year - 1}`, 'Folketall Folkevekst Folkevekst Folkevekst Folketall Vekst siden 1.1.2000 Vekst siste 3 år'];
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
    for (let a = 1; a <= rng.int(1, 4); a++) {
      w.push(`Aktivitet ${g}.${a}: ${rng.pick(t.strategies)} `);
      w.push(...wrapPdf(`Delmål ${paragraph(rng, cast, t, 1)}`, 80));
      w.push(...wrapPdf(`Tiltak  ${rng.pick(t.actions)}.`, 80));
      w.push('Forventet ', 'resultat ');
      for (let r = 0; r < rng.int(1, 3); r++) w.push(...wrapPdf(`\uf0b7 ${paragraph(rng, cast, t, 1)}`, 70));
      w.push(' Begrunnelse og ', 'beskrivelse av ', 'aktivitet ');
      w.push(...wrapPdf(paragraph(rng, cast, t, rng.int(3, 8)), 80), ' ');
      w.push('Milepæler med ', 'frister ');
      const milestones = rng.int(2, 8);
      const letters = 'abcdefghijklm';
      for (let m = 0; m < milestones; m++) w.push(...wrapPdf(`${letters[m]}) ${rng.pick(t.actions)} gjennomført.`, 60));
      for (let m = 0; m < milestones; m++) w.push(`${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.${String((year - 3 + Math.floor(m / 3)) % 100).padStart(2, '0')} `);
      w.push('Status for ', 'aktiviteten ');
      for (let p = 0; p < rng.int(1, 3); p++) w.push(...wrapPdf(paragraph(rng, cast, t, rng.int(2, 6)), 70), ' ');
      w.push('Styringsgruppens anbefaling for videre arbeid: ');
      w.push(...wrapPdf(paragraph(rng, cast, t, rng.int(1, 3)), 80));
      w.push(...wrapPdf(`Involverte ${rng.sample(cast.actors, rng.int(2, 5)).join(', ')}.`, 90), ' ');
    }
  }
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
  return w.text();
}

function caseText(rng: Random, cast: Cast, year: number): string {
  const w = new PageWriter(rng, rng.int(45, 55));
  const width = rng.int(85, 95);
  const topic = rng.pick(TOPICS);
  const place = rng.pick(cast.places);
  w.push(...wrapPdf(`${topic.title.toUpperCase()} I ${cast.region.name.toUpperCase()}`, 80), ' ', ' ', 'Vedlegg: ', `Forslag til ${topic.noun}strategi `, 'Sammenstilling av innspill  ', ' ');
  w.push('Sammendrag: ', ...wrapPdf(`Gjennom denne saken ønsker rådmannen å få formannskapets syn på arbeidet med ${topic.noun} i ${cast.region.name}. ` + paragraph(rng, cast, topic, 2), width), ' ', ' ');
  w.push('Saksutredning: ');
  for (let p = 0; p < rng.int(3, 8); p++) w.push(...wrapPdf(paragraph(rng, cast, topic, rng.int(3, 7)), width), ' ');
  w.push(...wrapPdf(`${place} kommune behandlet saken i formannskapet ${rng.int(1, 28)}. ${rng.pick(MONTHS)} ${year} – sak ${rng.int(10, 99)}/${String(year % 100).padStart(2, '0')}.`, width), ' ');
  w.push('Fakta: ');
  w.push(...wrapPdf(paragraph(rng, cast, TOPICS[3], rng.int(2, 4)), width));
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

function workshopText(rng: Random, cast: Cast): string {
  const w = new PageWriter(rng, rng.int(45, 60));
  const width = rng.int(60, 70);
  const topic = rng.pick(TOPICS);
  w.push(' Program ', '');
  w.paragraph(`Samlingen ble innledet med en felles introduksjon om ${topic.noun} i ${cast.region.name}. Deretter ble det arbeidet i grupper, med ulike tema og spørsmålsstillinger.`, width);
  w.push(' ', '', 'Følgende forberedte innlegg ble presentert i løpet av dagen: ', '', ' ', '');
  for (let i = 0; i < rng.int(3, 6); i++) w.push(...wrapPdf(`${rng.pick(topic.strategies)} v. ${person(rng)}, ${rng.pick(cast.actors.slice(3))}`, width), '');
  w.push(' ', '', 'Deltagere ', '');
  for (let i = 0; i < rng.int(8, 20); i++) w.push(`${person(rng)}, ${rng.pick([...cast.places.map((p) => `${p} kommune`), ...cast.actors.slice(3)])} `);
  w.push(' ', '', `Prosessleder: ${person(rng)}, ${cast.county} fylkeskommune `);
  const tasks = rng.int(2, 4);
  for (let t = 1; t <= tasks; t++) {
    w.push(` Gruppeoppgave ${t}: `, '');
    for (const l of wrapPdf(`Hva trenger vi av mer kunnskap om ${rng.pick(TOPICS).noun} for å nå målene for ${cast.region.name}? Mangler det noe?`, width)) w.push(l, '');
    w.push('Etter diskusjon i grupper ble følgende presentert i plenum: ', '', ' ');
    for (let g = 1; g <= rng.int(2, 4); g++) {
      w.push(`Gruppe ${g}: `);
      for (let p = 0; p < rng.int(2, 8); p++) w.push(...wrapPdf(`\uf0b7 ${sentence(rng, cast, rng.pick(TOPICS))}`, width));
    }
    w.push('      ', `      ${person(rng)}, ${rng.pick(cast.actors.slice(3))} `);
  }
  return w.text();
}

function agendaText(rng: Random, cast: Cast, date: Date): string {
  const w = new PageWriter(rng, rng.int(45, 60));
  const d = (x: Date) => `${String(x.getUTCDate()).padStart(2, '0')}.${String(x.getUTCMonth() + 1).padStart(2, '0')}.${x.getUTCFullYear()}`;
  const notice = new Date(date.getTime() - 6 * 86_400_000);
  const long = `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  w.push(' ', ' ', `Dato: ${d(notice)} `, '   ', ' ', `Til ${cast.region.name}s faggruppe for næringssamarbeid  `, ' ');
  w.push(`Tid: ${d(date)}, kl 12:00-13:00 `, `Sted: ${rng.pick(cast.places)} rådhus, møterom ${rng.int(1, 9)} `, ' ');
  w.push('Vi ber deltakere i møtet forberede følgende: ', ...wrapPdf('Sak 4. Forberede kort innlegg (maks 2-3 min) om aktuelle saker i din kommune/delregion.', 100), ' ');
  w.push('Med vennlig hilsen ', person(rng) + ' ', `Sekretariatet for ${cast.region.name} `, ' ');
  w.push(`Sakskart til møte i faggruppe for næringssamarbeid, ${d(date)} `, ' ', `Tid og sted: ${long}, kl 12:00-13:00 `, ' ');
  const prev = new Date(date.getTime() - rng.int(40, 90) * 86_400_000);
  w.push('1. Godkjenning av innkalling og dagsorden ', ' ', `2. Godkjenning av referat fra møte ${prev.getUTCDate()}. ${MONTHS[prev.getUTCMonth()]} ${prev.getUTCFullYear()} `, ' ');
  w.push(`3. ${rng.pick(['Forslag til møteplan', 'Orientering om handlingsplan', 'Budsjett for'])} ${date.getUTCFullYear() + 1} `, ' ');
  w.push('4. Runde rundt bordet - Orientering om aktuelle saker fra medlemmene. ', 'Møtedeltakere forbereder kort innlegg (maks 2-3 min) om aktuelle saker i sin kommune/delregion. ', ' ');
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

// ——— documents ——————————————————————————————————————————————————————————————————

const KIND: Record<GeneratedFamily, string> = { plan: 'plan', rapport: 'rapport', saksframlegg: 'saksframlegg', referat: 'referat', sakskart: 'sakskart' };

/** Generates document number `index` (0-based) of a corpus; the family cycles through {@link FAMILIES}. */
export function generateDocument(index: number, seed = 1): GeneratedDocument {
  const rng = new Random(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const family = FAMILIES[index % FAMILIES.length];
  const cast = castFor(rng);
  const year = rng.int(2012, 2025);
  const nr = String(index + 1).padStart(4, '0');
  const id = `gen-${nr}-${family}-${cast.region.id}`;
  let text: string;
  let title: string;
  let date: string | undefined;
  switch (family) {
    case 'plan':
      text = planText(rng, cast, year);
      title = `Regional næringsplan for ${cast.region.name} ${year}–${year + 10}`;
      break;
    case 'rapport':
      text = reportText(rng, cast, year);
      title = `Utviklingsprogrammet i ${cast.region.name} ${year - 3}–${year} – sluttrapport`;
      break;
    case 'saksframlegg':
      text = caseText(rng, cast, year);
      title = `Saksframlegg om næringsutvikling i ${cast.region.name} ${year}`;
      break;
    case 'referat':
      text = workshopText(rng, cast);
      title = `Arbeidsverksted om næringsliv i ${cast.region.name} ${year}`;
      break;
    case 'sakskart': {
      const when = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28)));
      date = when.toISOString().slice(0, 10);
      text = agendaText(rng, cast, when);
      title = `Sakskart – ${cast.region.name}s faggruppe for næringssamarbeid ${date}`;
      break;
    }
  }
  const sidecar = [
    `# Generert av src/bench/generate-corpus.ts (dokument ${index + 1}, frø ${seed}). Ikke rediger.`,
    `id: ${id}`,
    `title: ${title}`,
    `kind: ${KIND[family]}`,
    ...(date ? [`date: '${date}'`] : []),
    `year: ${year}`,
    ...(family === 'plan' ? [`period: { from: ${year}, to: ${year + 10} }`] : []),
    `publisher: Regionrådet for ${cast.region.name}`,
    `regions: [${cast.region.id}]`,
    `municipalities: [${cast.places.join(', ')}]`,
    'licence: Offentlig dokument',
    `summary: Generert testdokument (${family}) for ytelsesmålinger.`,
    '',
  ].join('\n');
  return { name: `${id}`, family, text, sidecar };
}

/** Chapters of a long plan per generated megabyte, measured once on a 20-chapter plan. */
function chaptersPerMegabyte(seed: number): number {
  const probe = planText(new Random(seed), castFor(new Random(seed)), 2020, 20);
  return (20 * 1_000_000) / Buffer.byteLength(probe);
}

/**
 * One long regional plan of about `bytes` bytes (the chapters repeat the topics), for measuring how
 * ingest time grows with the size of a single document.
 * @example generateLargeDocument(1_000_000).text.length // ≈ 1 MB
 */
export function generateLargeDocument(bytes: number, seed = 1): GeneratedDocument {
  const chapters = Math.max(1, Math.round((bytes / 1_000_000) * chaptersPerMegabyte(seed)));
  const rng = new Random(Math.imul(seed, 0x9e3779b1) ^ 0x5bd1e995);
  const cast = castFor(rng);
  const id = `gen-stor-${Math.round(bytes / 1000)}k-${cast.region.id}`;
  const text = planText(rng, cast, 2020, chapters);
  const sidecar = [`# Generert av src/bench/generate-corpus.ts (langt dokument, frø ${seed}). Ikke rediger.`, `id: ${id}`, `title: Regional næringsplan for ${cast.region.name} 2020–2030`, 'kind: plan', 'year: 2020', 'period: { from: 2020, to: 2030 }', `regions: [${cast.region.id}]`, ''].join('\n');
  return { name: id, family: 'plan', text, sidecar };
}

/** Generates `count` documents. */
export function generateCorpus(count: number, seed = 1): GeneratedDocument[] {
  return Array.from({ length: count }, (_, i) => generateDocument(i, seed));
}

/** Writes a corpus as `<name>.txt` + `<name>.meta.yaml` into `dir` (created if missing). */
export async function writeCorpus(dir: string, docs: GeneratedDocument[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const doc of docs) {
    await writeFile(path.join(dir, `${doc.name}.txt`), doc.text);
    await writeFile(path.join(dir, `${doc.name}.meta.yaml`), doc.sidecar);
  }
}
