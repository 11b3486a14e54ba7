/**
 * Words of a report's or a meeting record's front page: the document kind set on a line of its own
 * (`SLUTTRAPPORT`, `Årsmelding 2023`, `REFERAT`) or leading the title (`Referat frå verkstad om …`), the lines
 * that tell when and by whom the document was approved (`Godkjend av styringsgruppa …`, `Behandlet i …`), and the
 * contents heading that ends the front page. Bokmål and nynorsk in the same lists. From the corpus reports and
 * workshop notes, the seeds, and the kinds of report Norwegian regional programmes and funds deliver to their
 * owners (sluttrapport, årsmelding/årsrapport, statusrapport, midtvegs-/midtveisevaluering).
 */

/** Document kinds as a front page names them, lower case. */
export const DOCUMENT_KIND_WORDS = [
  'sluttrapport', 'rapport', 'delrapport', 'statusrapport', 'prosjektrapport', 'framdriftsrapport', 'fremdriftsrapport',
  'midtveisrapport', 'midtvegsrapport', 'årsmelding', 'årsrapport', 'årsberetning', 'evaluering', 'sluttevaluering',
  'midtveisevaluering', 'midtvegsevaluering', 'referat', 'møtereferat', 'oppsummering', 'samandrag', 'sammendrag', 'notat',
] as const;

/** Words after a kind word that make the line a whole title (`Referat fra verksted om …`, `Rapport frå samling i …`). */
export const KIND_TITLE_LINKS = ['fra', 'frå', 'for', 'om', 'til', 'etter', 'av'] as const;

/** Words that open a front-page line saying who approved or handled the document, and when. */
export const APPROVAL_WORDS = [
  'godkjent', 'godkjend', 'godkjenning', 'behandlet', 'behandla', 'handsama', 'handsamet', 'vedtatt', 'vedteke', 'vedtekne',
  'utarbeidet', 'utarbeidd', 'utarbeida', 'revidert', 'oppdatert', 'lagt fram', 'levert', 'skrevet av', 'skrive av', 'versjon',
] as const;

/** Headings of a table of contents: the front page ends there. */
export const CONTENTS_HEADINGS = ['innhold', 'innhald', 'innholdsfortegnelse', 'innhaldsliste', 'innhaldsoversikt', 'innholdsliste'] as const;

/** Company and inter-municipal forms after an organisation's name (`Hardangerrådet IKS`, `Regionrådet DA`). */
export const ORGANISATION_FORMS = ['IKS', 'AS', 'DA', 'SA', 'SF', 'KF', 'ANS', 'ASA'] as const;
