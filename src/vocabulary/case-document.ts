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
