/**
 * Cues for document-family detection: words, labels and line shapes that tell a plan from a
 * programme report, a case document, a meeting agenda or workshop notes. Bokmål and nynorsk forms
 * stand in the same pattern. The shared scorer (`src/pipeline/families/detect.ts`) counts the
 * lines each cue matches (a line is trimmed first) and adds `weight × min(count, max)`; the family
 * with the highest total wins when it reaches `FAMILY_THRESHOLD`.
 *
 * Where the words come from: the seeds, the development corpus (Sogn, Hardanger, Nordhordland and
 * Sunnhordland in nynorsk; Fosen, Romsdal, Helgeland, Salten and others in bokmål) and the
 * templates of the municipal case-handling systems (Elements, ePhorte, Acos) that print
 * `Saksframlegg`, `Arkivsak`, `Saksbehandlar`, `PS 5/25` and `Framlegg til vedtak`.
 * To add a cue: one entry below, with a weight from `CUE_WEIGHT` and a comment.
 */
import type { DocumentFamily } from '../schemas/document-kind.ts';

/** The families the scorer chooses between; `plain` is what is left when none reaches the threshold. */
export type DetectableFamily = Exclude<DocumentFamily, 'plain'>;

/** How much one piece of evidence counts. */
export const CUE_WEIGHT = {
  /** A word that names the document type on its own line (`Saksframlegg`, `Møteinnkalling`, `Sluttrapport`). */
  title: 3,
  /** A label only this family uses (`Arkivsak:`, `Strategi:`, `Gruppeoppgåve 1`). */
  label: 2,
  /** One more instance of a structure the family repeats (an action-table header, a `PS 5/25` item). */
  structure: 1,
  /** A word the family uses often, though others sometimes do too (`Tid:`, `Bakgrunn`). */
  hint: 0.5,
} as const;

/** The least total score that decides a family; below it the document is published as plain text. */
export const FAMILY_THRESHOLD = 2.5;

export interface FamilyCue {
  family: DetectableFamily;
  /** Short name shown in the ingest report. */
  name: string;
  /** Tested against each trimmed line. */
  pattern: RegExp;
  weight: number;
  /** How many matching lines count at most (default 1). */
  max?: number;
  /** How many lines must match before the cue counts at all (default 1). */
  min?: number;
}

/** Item numbering of agendas: `Sak 19/24`, `PS 5/25`, `RS 1/25` (politisk sak, referatsak). */
const AGENDA_NUMBER = String.raw`(?:sak|ps|rs)\s+\d{1,3}\/\d{2,4}`;

export const FAMILY_CUES: readonly FamilyCue[] = [
  // ── plan: strategies with action tables, or actions as bullets with labelled lines
  { family: 'plan', name: 'Strategi:', pattern: /^strategi\s*\d*(?:\.\d+)*\s*:/i, weight: CUE_WEIGHT.label, max: 3 },
  // `Satsingsområde 2:`, `Innsatsområde 1:`, `Fokusområde 3:` — the level above the strategies
  { family: 'plan', name: 'Satsingsområde/Innsatsområde n:', pattern: /^(?:satsingsområde|innsatsområde|fokusområde)\s+\d+\s*[:.]/i, weight: CUE_WEIGHT.structure, max: 3 },
  // an action-table header: `Tiltak Ansvar Samarbeidspartnarar Tidsrom`, `Nr. Tiltak Ansvarlig Periode`, `Tiltak Tidsramme Ansvarlig Samarbeid`
  { family: 'plan', name: 'Tiltak … Ansvar …', pattern: /^(?:nr\.?\s+)?tiltak\s+(?:\S+\s+)*(?:hovedansvar|hovudansvar|ansvarleg|ansvarlig|ansvar)\b/i, weight: CUE_WEIGHT.label, max: 3 },
  // actions as bullets, each followed by labelled lines
  { family: 'plan', name: 'Ansvar:/Partnere:', pattern: /^(?:ansvar|ansvarleg|ansvarlig|partnere|partnarar|samarbeidspartnere|samarbeidspartnarar)\s*:/i, weight: CUE_WEIGHT.hint, max: 4, min: 2 },
  { family: 'plan', name: 'Handlingsplan/Næringsplan (tittel)', pattern: /^(?:(?:regional|strategisk)\s+)?(?:nærings|handlings)plan(?:en)?\s+(?:for|i)\b/i, weight: CUE_WEIGHT.hint },
  { family: 'plan', name: 'Handlingsplan', pattern: /^handlingsplan\b/i, weight: CUE_WEIGHT.hint },
  { family: 'plan', name: 'Hovedmål/Hovudmål', pattern: /^(?:hovedmål|hovudmål)\b/i, weight: CUE_WEIGHT.hint },

  // ── programme report: activities or sub-projects with milestones
  { family: 'programme-report', name: 'Sluttrapport/Årsmelding (tittel)', pattern: /^(?:sluttrapport|årsmelding|årsrapport|statusrapport|prosjektrapport)\b[^.:]{0,70}$/i, weight: CUE_WEIGHT.title },
  { family: 'programme-report', name: 'Aktivitet n.n', pattern: /^aktivitet\s+\d+\.\d+\b/i, weight: CUE_WEIGHT.structure, max: 4 },
  { family: 'programme-report', name: 'Delprosjekt n', pattern: /^delprosjekt\s+\d+\b/i, weight: CUE_WEIGHT.structure, max: 4 },
  { family: 'programme-report', name: 'Milepæl/Milepælar', pattern: /^(?:milepæl|milepæler|milepælar|milepælane|milepælene)\b/i, weight: CUE_WEIGHT.label, max: 2 },
  { family: 'programme-report', name: 'programperiode/styringsgruppe', pattern: /\b(?:programperioden|styringsgruppen|styringsgruppa)\b/i, weight: CUE_WEIGHT.hint },
  { family: 'programme-report', name: 'Delmål/Effektmål', pattern: /^(?:delmål|effektmål)\b/i, weight: CUE_WEIGHT.hint },
  // a fund's annual report has no activities: its grants (`Innvilget (kr)`, `tilsagn`, `fondsstyret`) say what it is
  { family: 'programme-report', name: 'Tilsagn/innvilget (fond)', pattern: /\b(?:tilsagn|tilsegn|innvilget|innvilga|fondsstyret|næringsfond(?:et)?)\b/i, weight: CUE_WEIGHT.hint, max: 2, min: 3 },
  // a milestone table's header: `Milepæl Dato Status`
  { family: 'programme-report', name: 'Milepæl Dato Status', pattern: /^milepæl(?:er|ar)?\s+(?:dato|frist|tidspunkt)\b/i, weight: CUE_WEIGHT.label },

  // ── workshop notes: tasks answered by groups, a programme
  { family: 'workshop-notes', name: 'Gruppeoppgave/Gruppeoppgåve', pattern: /^(?:gruppe)?oppg(?:a|å)ve\s*\d/i, weight: CUE_WEIGHT.label, max: 2 },
  { family: 'workshop-notes', name: 'Gruppe A/1', pattern: /^gruppe\s+(?:[A-ZÆØÅ]|\d{1,2})\s*:?$/i, weight: CUE_WEIGHT.structure, max: 4, min: 2 },
  { family: 'workshop-notes', name: 'Verksted/Verkstad/Samling', pattern: /(?:verksted|verkstad|workshop|samling)\b/i, weight: CUE_WEIGHT.hint },
  { family: 'workshop-notes', name: 'Gruppearbeid', pattern: /gruppearbeid/i, weight: CUE_WEIGHT.hint },
  { family: 'workshop-notes', name: 'Referat (tittel)', pattern: /^referat(?:\s+(?:fra|frå)\b.*)?$/i, weight: CUE_WEIGHT.label },
  { family: 'workshop-notes', name: 'Program / Tid Tema', pattern: /^(?:program|programmet|tid\s+tema\b.*)\s*:?$/i, weight: CUE_WEIGHT.hint },
  // one task without a number: `Oppgave: Hva skal til …`
  { family: 'workshop-notes', name: 'Oppgave:', pattern: /^(?:gruppe)?oppg(?:a|å)ve\s*:/i, weight: CUE_WEIGHT.label },
  // groups named by who they were: `Gruppe Næringsliv`, `Næringslivsgruppa:`
  { family: 'workshop-notes', name: 'Gruppe Navn / …gruppa:', pattern: /^(?:[Gg]ruppe\s+\p{Lu}[\p{L} /-]{1,30}|\p{Lu}\p{Ll}+grupp(?:a|en))\s*:?$/u, weight: CUE_WEIGHT.structure, max: 4, min: 2 },
  { family: 'workshop-notes', name: 'Deltakere/Deltakarar/Til stede', pattern: /^(?:deltakere|deltagere|deltakarar|deltakerliste|deltakarliste|til stede)\s*:?$/i, weight: CUE_WEIGHT.hint },
  { family: 'workshop-notes', name: 'Navn Organisasjon', pattern: /^(?:navn|namn)\s+(?:organisasjon|virksomhet|verksemd|representerer)$/i, weight: CUE_WEIGHT.hint },

  // ── meeting agenda: a notice with a list of numbered items
  { family: 'meeting-agenda', name: 'Møteinnkalling/Sakskart/Saksliste', pattern: /^(?:møteinnkalling|innkalling til møte|sakskart|saksliste|sakliste|dagsorden)\b/i, weight: CUE_WEIGHT.title, max: 2 },
  { family: 'meeting-agenda', name: 'Sak/PS/RS n/yy', pattern: new RegExp(`^${AGENDA_NUMBER}\\b`, 'i'), weight: CUE_WEIGHT.structure, max: 6, min: 2 },
  { family: 'meeting-agenda', name: 'Runde rundt bordet / Orientering frå kommunane', pattern: /runde rundt bordet|orientering(?:ar|er)?\s+(?:fra|frå)\s+(?:kommunene|kommunane|medlemmene|medlemene|regionene|regionane)|nytt\s+(?:fra|frå)\s+(?:kommunene|kommunane)/i, weight: CUE_WEIGHT.label },
  { family: 'meeting-agenda', name: 'Godkjenning av innkalling/protokoll', pattern: /godkjenning av (?:innkalling|protokoll|referat|saksliste|sakliste|dagsorden)/i, weight: CUE_WEIGHT.label },
  { family: 'meeting-agenda', name: 'Eventuelt', pattern: new RegExp(`^(?:${AGENDA_NUMBER}|\\d{1,2}\\.?)\\s+eventuelt$`, 'i'), weight: CUE_WEIGHT.structure },
  { family: 'meeting-agenda', name: 'Tid:/Stad:/Møtestad:', pattern: /^(?:tid|tidspunkt|møtetid|sted|stad|møtested|møtestad)\s*:/i, weight: CUE_WEIGHT.hint, max: 2 },
  // every item of an agenda proposes its own decision; a case document proposes one
  { family: 'meeting-agenda', name: 'Forslag til vedtak (mange)', pattern: /^(?:forslag|framlegg) til vedtak\s*:?$/i, weight: CUE_WEIGHT.hint, max: 6, min: 3 },

  // ── case document: one case with letterhead fields and a proposed decision
  { family: 'case-document', name: 'Saksframlegg (tittel)', pattern: /^(?:saksframlegg|saksfremlegg|saksutgreiing|saksutredning)\s*:?$/i, weight: CUE_WEIGHT.title },
  { family: 'case-document', name: 'Arkivsak/Arkiv:', pattern: /\b(?:arkivsak|arkivsaksnr|arkivsak\s*nr|arkivkode|arkiv)\.?\s*:/i, weight: CUE_WEIGHT.label },
  { family: 'case-document', name: 'Saksbehandler/Saksbehandlar:', pattern: /^(?:saksbehandler|saksbehandlar|sakshandsamar)\s*:/i, weight: CUE_WEIGHT.label },
  { family: 'case-document', name: 'Innstilling/Tilråding', pattern: /^(?:innstilling|tilråding)\s*:?$/i, weight: CUE_WEIGHT.label },
  { family: 'case-document', name: 'Forslag/Framlegg til vedtak', pattern: /^(?:(?:rådmannens|kommunedirektørens|administrasjonens|kommunedirektøren\s+sitt|rådmannen\s+sitt)\s+)?(?:forslag|framlegg) til vedtak\b/i, weight: CUE_WEIGHT.label },
  { family: 'case-document', name: 'Saksgang/Utval Møtedato', pattern: /^(?:saksgang\s*:?|(?:saksnr\.?\s+)?(?:utvalg|utval)\s+møtedato\b.*)$/i, weight: CUE_WEIGHT.label },
  { family: 'case-document', name: 'Saksopplysninger/Vurdering/Samandrag', pattern: /^(?:saksopplysninger|saksopplysningar|fakta|vurdering|samandrag|sammendrag|konklusjon)\s*:?$/i, weight: CUE_WEIGHT.hint, max: 3 },
  // a case put forward without a recommendation still names it
  { family: 'case-document', name: 'uten innstilling / vedtakspunkter', pattern: /\b(?:uten|utan) innstilling\b|\bvedtakspunkt/i, weight: CUE_WEIGHT.hint },
];
