/**
 * The prose generated documents are written from: chapter topics (each with strategy titles,
 * actions and a measurable goal), people's names, sentence openers and claims with slots for the
 * region, a municipality, an actor and the topic. Made up for the benchmark in the seeds' style;
 * this is generator material, not a word list the parser reads (those live in `src/vocabulary/`).
 */

/** One chapter topic of a generated plan. */
export interface Topic {
  title: string;
  noun: string;
  strategies: string[];
  actions: string[];
  goal: string;
}

export const TOPICS: Topic[] = [
  { title: 'Samferdsel og transport', noun: 'samferdsel', goal: 'arbeidspendling med kollektivtransport', strategies: ['Proaktivt arbeid med sentrale samferdselsspørsmål', 'Bedre interntransport og kollektivtilbud mellom byene i regionen', 'Godstransport og logistikk som konkurransefortrinn'], actions: ['Sette ned en tverrpolitisk gruppe for de viktigste samferdselssakene i regionen', 'Kartlegge hvilke transportbehov bedriftene i regionen har, og følge dem opp med veieiere og transportselskaper', 'Utrede behovet for arbeidsbusser til de største bedriftene og hyppigere avganger morgen og kveld', 'Innta en proaktiv tilnærming til reguleringsprosesser som forenkler samferdselsutbygginger'] },
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

export const FIRST_NAMES = ['Anne', 'Kari', 'Ingrid', 'Liv', 'Marit', 'Siri', 'Hanne', 'Tone', 'Eli', 'Gunhild', 'Ola', 'Per', 'Lars', 'Erik', 'Morten', 'Tor', 'Svein', 'Knut', 'Jon', 'Arne', 'Bjørn', 'Dag', 'Øyvind', 'Åse'];
export const LAST_NAMES = ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Bakken', 'Haugen', 'Lien', 'Nordby', 'Moen', 'Solberg', 'Strand', 'Berg', 'Haugum', 'Ørbeck', 'Bjerke', 'Lunde', 'Aas', 'Kildal', 'Sandum', 'Vestli', 'Grønli', 'Østby', 'Myrvang', 'Tofte'];
export const CONNECTORS = ['I dag', 'Fortsatt', 'Samtidig', 'Videre', 'I tillegg', 'Likevel', 'Derfor', 'På den andre siden', 'Over tid', 'Erfaringsmessig'];
export const CLAIMS = [
  'har regionen et godt grunnlag for vekst innen {noun}, men innsatsen har vært lite koordinert mellom kommunene',
  'mener næringslivet at {noun} er et av de viktigste områdene for utviklingen i {region}',
  'viser tallene at {region} ligger under landsgjennomsnittet når det gjelder {noun}',
  'er det behov for et tettere samarbeid mellom kommunene, næringslivet og kunnskapsmiljøene om {noun}',
  'har {actor} tatt initiativ til flere prosjekter innen {noun} de siste årene',
  'er det viktig å bygge videre på de fortrinnene {region} allerede har innen {noun}',
  'vil en felles innsats gi mer igjen enn om hver kommune arbeider for seg',
  'kan {noun} bidra til flere arbeidsplasser og økt tilflytting til {municipality}',
];


/** The topic of a plan's introduction (regional co-operation); the others are chapter topics. */
export const INTRO_TOPIC = TOPICS[TOPICS.length - 1];
export const CHAPTER_TOPICS = TOPICS.slice(0, -1);
/** The topic the paragraph beside a population table speaks of (settling in the region). */
export const POPULATION_TOPIC = TOPICS[3];
