/**
 * Words that tell what kind of actor a name in a responsible/partner cell is: an organisation
 * (legal forms, institution heads), a role or function (koordinator, rådgiver), or a group
 * (kommunene, næringslivet). Bokmål and nynorsk forms stand in the same list. Collected from the
 * action tables of Norwegian regional business plans (seeds and the development corpus) and from
 * the common names of Norwegian public bodies (kommune, fylkeskommune, regionråd, høgskole …).
 * All entries are lower case; matching folds case.
 */

/** Legal forms written after a company name (`Lillehammer TV-dramaweek A/S`, `Gudbrandsdal Energi AS`). */
export const legalForms = ['as', 'a/s', 'asa', 'sa', 'iks', 'kf', 'sf', 'ba', 'da', 'ans', 'hf', 'ks'];

/**
 * Heads of organisation names: a word that is, or ends with, one of these names one body
 * (`Lillehammer kommune`, `Regionrådet`, `Gausdal næringsforum`, `Lillehammer Kunnskapspark`).
 * Singular forms only; the plural (`kommunene`) makes a group.
 */
export const organisationHeads = [
  'kommune', 'kommunen', 'fylkeskommune', 'fylkeskommunen', 'fylkeskommuna', 'herad', 'heradet', 'vegvesen', 'vegvesenet',
  'regionråd', 'regionrådet', 'rådet', 'regionsråd', 'regionsrådet',
  'næringshage', 'næringshagen', 'kunnskapspark', 'kunnskapsparken', 'forskningspark', 'forskingspark',
  'høgskole', 'høgskolen', 'høgskule', 'høgskulen', 'høyskole', 'høyskolen', 'universitet', 'universitetet',
  'skole', 'skolen', 'skule', 'skulen', 'fagskole', 'fagskolen', 'fagskule', 'fagskulen',
  'næringsforening', 'næringsforeningen', 'næringsforeininga', 'næringsforum', 'næringsråd', 'næringsrådet', 'næringsselskap', 'næringsselskapet',
  'forum', 'forbund', 'forbundet', 'foreining', 'foreininga', 'forening', 'foreningen', 'lag', 'laget',
  'kontor', 'kontoret', 'senter', 'senteret', 'center', 'sentrum', 'institutt', 'instituttet', 'direktorat', 'direktoratet',
  'fylkesmannen', 'statsforvaltaren', 'statsforvalteren', 'fylkesmann', 'statsforvalter',
  'festival', 'festivalen', 'museum', 'museet', 'musea', 'hotell', 'hotel', 'resort', 'kino', 'avis', 'byavis',
  'stiftelse', 'stiftelsen', 'stifting', 'stiftinga', 'klynge', 'klyngen', 'klynga', 'nettverk', 'nettverket',
  'inkubator', 'inkubatoren', 'avdeling', 'avdelingen', 'avdelinga', 'etat', 'etaten', 'torg', 'torget',
  'gruppe', 'gruppen', 'gruppa', 'styringsgruppe', 'styringsgruppa', 'styringsgruppen', 'arbeidsgruppe', 'arbeidsgruppa', 'arbeidsgruppen',
  'selskap', 'selskapet', 'bank', 'banken', 'sparebank', 'sparebanken', 'filmsenter', 'filmsenteret',
  'destinasjonsselskap', 'reiselivslag', 'reiselivslaget', 'turistkontor', 'idrettskrets', 'idrettskretsen',
  'innovasjon norge', 'forskningsrådet', 'forskingsrådet', 'nav', 'siva',
];

/** Words that end a role or function (`regionkoordinator`, `Næringssjef`, `Prosjektleder`, `rådgjevar`). */
export const roleWords = [
  'koordinator', 'koordinatoren', 'rådgiver', 'rådgiveren', 'rådgjevar', 'rådgjevaren',
  'leder', 'lederen', 'leiar', 'leiaren', 'sjef', 'sjefen', 'markedsfører', 'markedsføreren', 'marknadsførar', 'marknadsføraren',
  'direktør', 'direktøren', 'ordfører', 'ordføreren', 'ordførar', 'ordføraren', 'rådmann', 'rådmannen',
  'kommunedirektør', 'kommunedirektøren', 'sekretær', 'sekretæren', 'sekretariat', 'sekretariatet', 'konsulent', 'konsulenten',
  'prosjektleiar', 'prosjektleder', 'utviklar', 'utvikler',
];

/**
 * Group words: several unnamed actors or a sector, shown as written and given no page
 * (`kommunene`, `bedriftene`, `næringslivet`, `arrangører`, `aktørene`, `bransjen`).
 * Matched against the head word, after definite/plural endings are folded.
 */
export const groupWords = [
  'kommunene', 'kommunane', 'bedrifter', 'bedriftene', 'bedriftane', 'næringsliv', 'næringslivet', 'arrangører', 'arrangørene', 'arrangørar', 'arrangørane',
  'aktører', 'aktørene', 'aktørar', 'aktørane', 'aktør', 'næringsaktør', 'næringsaktører', 'næringsaktørar',
  'bransje', 'bransjen', 'bransjar', 'bransjer', 'region', 'regionen', 'befolkning', 'befolkningen', 'befolkninga', 'innbyggere', 'innbyggjarar',
  'virkemiddelapparat', 'virkemiddelapparatet', 'verkemiddelapparatet', 'næringssektor', 'næringssektoren', 'sektor', 'sektoren',
  'produksjonsmiljø', 'produksjonsmiljøet', 'miljø', 'miljøet', 'miljøer', 'miljøa', 'skoleverk', 'skoleverket',
  'fou', 'fotograf', 'fotografer', 'byrå', 'byråer', 'forlag', 'produsent', 'produsenter', 'produsentene', 'eiendomsutvikler', 'eiendomsutviklere',
  'leverandør', 'leverandører', 'leverandørar', 'mediehus', 'produksjonsselskap', 'produksjonsselskaper', 'samarbeidspartner', 'samarbeidspartnere',
  'samarbeidspartnarar', 'partnere', 'partnarar', 'ildsjel', 'ildsjeler', 'eldsjel', 'eldsjeler', 'kompetanse', 'ekspertise',
  'lag og foreninger', 'lag og organisasjoner', 'lag og organisasjonar', 'foreninger', 'organisasjoner', 'organisasjonar',
  'grunneiere', 'grunneigarar', 'studenter', 'studentar', 'elever', 'elevar', 'skoler', 'skular', 'politikere', 'politikarar', 'investorer', 'investorar',
  'destinasjoner', 'destinasjonar', 'destinasjonene',
];

/**
 * Words that open a group: determiners and adjectives that make a name generic
 * (`De tre kommunene`, `Andre arbeidsgivere`, `Ekstern kompetanse`, `Offentlige aktører`, `Regionens politikere`).
 */
export const groupOpeners = [
  'de', 'dei', 'alle', 'andre', 'anna', 'øvrige', 'ekstern', 'eksterne', 'offentlig', 'offentlege', 'offentlige', 'privat', 'private',
  'lokal', 'lokale', 'regional', 'regionale', 'regionalt', 'relevant', 'relevante', 'aktuell', 'aktuelle', 'eksisterende', 'eksisterande',
  'regionens', 'regionen sine', 'kommunenes', 'kommunane sine', 'interesserte', 'berørte', 'internasjonal', 'internasjonale', 'nasjonal', 'nasjonale',
  'den', 'det', 'noen', 'nokre', 'flere', 'fleire', 'ulike', 'diverse',
];

/** Remarks written after a name that do not belong to it (`WC Kvitfjell m.fl`, `Norsk turistutvikling el tilsv`). */
export const trailingRemarks = [
  'm.fl.', 'm.fl', 'mfl.', 'mfl', 'm. fl.', 'med flere', 'med fleire', 'el tilsv', 'el. tilsv.', 'el.tilsv.', 'eller tilsvarende', 'eller tilsvarande',
  'o.l.', 'o.l', 'ol.', 'og lignende', 'og liknende', 'og liknande', 'generelt', 'mv.', 'm.v.', 'osv.', 'osv',
];

/**
 * Words that always end an organisation's name: after one of them, a capitalised word starts the
 * next name (`TINE SA Nortura SA`, `Seljord kommune Matprodusentene`), where a list was written one
 * name per line and the commas were lost. Legal forms end names too.
 */
export const nameEndWords = ['kommune', 'fylkeskommune', 'kommunen', 'fylkeskommunen', 'fylkeskommuna', 'kommuna'];

/** Words that open a line that is no name: sums and totals leaking from a cost column (`Sum satsingsområde 3.1`). */
export const remarkOpeners = ['mest', 'kommer', 'kobles', 'noen med', 'evt', 'ev', 'ca', 'se', 'sjå', 'sum', 'totalt', 'i alt', 'til saman', 'til sammen'];

/** Words that join two complete names (`LRU og LKP`, `Skeikampen og Gålå`, `klubber samt …`). */
export const nameJoiners = ['og', 'samt', 'eller', 'el.'];

/** Prepositions that tie a qualifier to the actor before it (`HiL for høyere utdanning`, `LRU med egen stimulator`, `Regionrådet v/regionkoordinator`). */
export const qualifierWords = ['for', 'med', 'gjennom', 'v/', 'ved', 'via', 'i samarbeid med', 'i samarbeid', 'på vegne av'];

/** Words that make a cell a phrase rather than a name (`… som Birkebeinerarrangementene`, `… avhengig av produksjon`). */
export const phraseMarkers = ['som', 'avhengig', 'avhengig av', 'dersom', 'hvis', 'viss', 'innen', 'innan', 'når', 'etter behov', 'ved behov', 'f.eks', 'f.eks.', 'for eksempel', 'til dømes', 'bl.a.', 'blant annet'];

/** Endings of activity nouns: a cell naming an activity (`Regionmarkedsføring`) is no actor. */
export const activityEndings = ['ing', 'ingen', 'inga', 'sjon', 'sjonen', 'asjon'];
