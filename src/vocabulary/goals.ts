/**
 * Goal vocabulary: the labels of goal levels (bokmål and nynorsk), the headings of goal sections,
 * the words that end a target's unit, and those that mark a number as a starting level or reference.
 *
 * Where the words come from: the goal hierarchy of Norwegian regional plans and programme reports
 * (visjon → hovedmål/hovudmål → delmål → effektmål/resultatmål, with resultatindikatorer), as
 * KMD's and the county councils' guides for regional plans name them, and the target phrases of
 * the plans read so far (`skal ha minst`, `øke med 20 % innen`, nynorsk `auke`, `innan`).
 */

/** Goal levels, as the schema names them. */
export type GoalLevel = 'visjon' | 'formal' | 'hovedmal' | 'delmal' | 'effektmal' | 'resultatmal' | 'resultatindikator' | 'mal';

/** Labels that open a goal or a list of goals, per level; regular-expression sources matched at the start of a line. */
export const GOAL_LABELS: readonly { level: GoalLevel; label: string }[] = [
  { level: 'visjon', label: String.raw`visjon(?:en)?` },
  { level: 'hovedmal', label: String.raw`(?:overordna|overordnet|hoved|hovud)\s*mål(?:et)?` },
  { level: 'delmal', label: String.raw`delmål(?:a|ene)?` },
  { level: 'effektmal', label: String.raw`effektmål(?:a|ene)?` },
  { level: 'resultatmal', label: String.raw`resultatmål(?:a|ene)?` },
  { level: 'resultatindikator', label: String.raw`(?:relevante\s+)?resultatindikator(?:ar|er)?` },
  { level: 'formal', label: String.raw`formål(?:et)?` },
  // plain `Mål:` only with its colon (`Mål: Salten skal være …`); `Mål` alone is a section heading (GOAL_SECTION_HEADINGS)
  { level: 'mal', label: String.raw`mål(?:et)?(?=\s*:)` },
];

/** Headings of a section that holds goals: `Mål`, `Visjon og mål`, `Mål for perioden`, nynorsk `Mål og strategiar` is not one (strategies follow). */
export const GOAL_SECTION_HEADINGS = [
  'mål', 'mål og delmål', 'mål og mål', 'målsetting', 'målsettinger', 'målsettingar', 'visjon og mål', 'mål og visjon',
  'mål og resultatindikatorer', 'mål og resultatindikatorar', 'visjon og hovedmål', 'visjon og hovudmål', 'mål for perioden',
  'mål for planperioden', 'visjon, mål og delmål',
] as const;

/**
 * Words that end the unit phrase after a target's number: prepositions, conjunctions and verbs
 * (`2 000 arbeidsplasser innen IKT`, `20 bedrifter skal ha gjennomført`, nynorsk `innan`, `frå`, `vere`).
 */
export const UNIT_PHRASE_STOP_WORDS = [
  'innen', 'innan', 'i', 'som', 'til', 'per', 'pr', 'pr.', 'fra', 'frå', 'på', 'hvert', 'kvart', 'årlig', 'årleg', 'av', 'for', 'ved',
  'med', 'mot', 'eller', 'det', 'der', 'høyere', 'høgare', 'lavere', 'lågare', 'ut', 'inn', 'gjennom', 'innenfor', 'innanfor', 'utenfor', 'utanfor',
  'skal', 'ha', 'har', 'er', 'være', 'vere', 'bli', 'blir', 'vert', 'kan', 'må',
  // participles after the unit: `25 nye bedrifter etablert gjennom …`, nynorsk `etablerte`, `oppretta`
  'etablert', 'etablerte', 'oppretta', 'opprettet', 'starta', 'startet', 'skapt', 'skapte', 'gjennomført', 'gjennomførte', 'utvikla', 'utviklet',
] as const;

/** Words that mark a number as a starting level or a reference, kept as context: `(12 % høyere per 2013)`, `fra dagens nivå`. */
export const REFERENCE_CUES = ['per', 'pr.', 'pr', 'i dag', 'dagens', 'i', 'fra', 'frå', 'målt mot'] as const;
