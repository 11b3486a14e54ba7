/**
 * Words of municipal case documents (saksframlegg, saksutgreiing): letterhead fields, the meetings
 * table, and the labels of the proposed decision. Bokmål and nynorsk in the same patterns; from the
 * seeds (Lillehammer), the fixtures (Hamar, Ringerike), the corpus (Rauma, Stord) and the templates of
 * the case-handling systems (Elements, ePhorte, Acos WebSak).
 */

/**
 * The label over a proposed (or made) decision: `Forslag til vedtak:`, `Framlegg til vedtak:`,
 * `Innstilling:`, `Tilråding:`, `Kommunedirektørens forslag til vedtak:`, `Rådmannens forslag:`,
 * `Kommunedirektøren sitt framlegg til vedtak:`. Its points follow it.
 */
export const DECISION_LABEL = /^(?:(?:rådmannens|kommunedirektørens|administrasjonens|daglig leders|dagleg leiar sitt|rådmannen sitt|kommunedirektøren sitt|administrasjonen sitt|sekretariatets|sekretariatet sitt)\s+)?(?:forslag|framlegg|innstilling|tilråding)(?:\s+til\s+(?:vedtak|innstilling|vedtakspunkt(?:er)?))?\s*:?$/i;

/** A numbered, lettered or bulleted decision point: `1. …`, `2) …`, `a) …`. */
export const DECISION_POINT_MARK = /^(?:\d{1,2}[.)]|[a-zæøå]\))\s+/;

/** Letterhead field labels of a case document (lower case, without colon), by the field they fill. */
export const CASE_FIELD_LABELS = {
  number: ['arkivsak', 'arkivsaksnr', 'arkivsaksnr.', 'arkivsak nr', 'saksnr', 'saksnr.', 'sak nr', 'sakid'],
  officer: ['saksbehandler', 'saksbehandlar', 'sakshandsamar', 'sakshandsamer'],
  archive: ['arkiv', 'arkivkode', 'arkivnr', 'arkivnr.'],
  date: ['dato', 'saksdato'],
} as const;

/** `Label: value` pairs on one letterhead line; a label is a capitalised word, perhaps with a lower-case second word (`Vår ref:`). */
export const LETTERHEAD_PAIR = /(\p{Lu}[\p{L}]*(?:\s+\p{Ll}+)?\.?)\s*:\s*/gu;

/** A row of the meetings table: `Formannskapet 21.05.2019 048/19` or `045/24 Formannskapet 04.09.2024`. */
export const MEETING_ROW = /^(?:(\d{1,4}\/\d{2,4})\s+)?(\p{Lu}[\p{L} -]*?)\s+(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?:\s+(\d{1,4}\/\d{2,4}))?$/u;

/** The header of the meetings table: `Utvalg Møtedato Saksnr.`, `Saksnr. Utval Møtedato`, `Saksgang:`. */
export const MEETING_TABLE_HEADER = /^(?:saksgang\s*:?|(?:saksnr\.?\s+)?(?:utvalg|utval|utvalssak)\s+(?:møtedato|dato)(?:\s+saksnr\.?)?)$/i;

/** Section labels of a case document standing alone on their line with a colon (bokmål and nynorsk). */
export const SECTION = /^(sammendrag|samandrag|saksutredning|saksutgreiing|saksopplysninger|saksopplysningar|bakgrunn|fakta|vurdering|rådmannens vurdering|kommunedirektørens vurdering|kommunedirektøren si vurdering|rådmannen si vurdering|konklusjon|innstilling|tilråding|forslag til vedtak|framlegg til vedtak|vedlegg|saksgang|økonomi|økonomiske konsekvenser|økonomiske konsekvensar|dokumenter i saken|dokument i saka)\s*:\s*$/i;
/** Section words of case documents in other municipalities' templates, with or without an office before them. */
export const SECTION_WORDS = /^(?:(?:rådmannens|kommunedirektørens|administrasjonens|daglig leders|kommunedirektøren si|rådmannen si|kommunedirektøren sitt|rådmannen sitt)\s+)?(sammendrag|samandrag|kort sammendrag|kort samandrag|saksutredning|saksutgreiing|saksopplysninger|saksopplysningar|saken gjelder|saka gjeld|bakgrunn|bakgrunn for saken|bakgrunn for saka|fakta|vurdering|konklusjon|innstilling|forslag til vedtak|framlegg til vedtak|tilråding|vedlegg|saksgang|økonomi|økonomiske konsekvenser|økonomiske konsekvensar|økonomiske og administrative konsekvenser|økonomiske og administrative konsekvensar|dokumenter i saken|dokument i saka|behandling|handsaming|vedtak|saksprotokoll|hjemmel|heimel|lovgrunnlag)$/i;
/** `FSK-058/25 Vedtak:`, `KST 12/24 Vedtak:`, `FS - vedtak:`, `FS - handsaming:` — the treatment and decision of a political body under its case number or short name. */
export const NUMBERED_DECISION = /^[A-ZÆØÅ]{2,6}(?:[- ]?\d{1,4}\/\d{2,4}|\s+-)\s+(?:vedtak|handsaming|behandling)$/i;
/** `Formannskapet 04.06.2025:` — a political body's treatment of the case. */
export const BODY_MEETING = /^(formannskapet|kommunestyret|bystyret|regionrådet|hovedutvalg[\p{L} ]*|hovudutval[\p{L} ]*|utvalg for [\p{L} ]+|utval for [\p{L} ]+)\s+\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}$/iu;
/** Sections that hold the decision (proposed or made): their numbered or bulleted points are the decision points. */
export const DECISION_SECTION = /(vedtak|innstilling|tilråding)$/i;
/** The lead-in to the proposed decision points. */
export const DECISION_LEAD = /(forslag til vedtak|framlegg til vedtak|vedtakspunkt|innstilling|tilråding)/i;
