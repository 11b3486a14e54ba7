/**
 * The furniture of letters, notices and case documents: letterhead fields, addressee lines, greetings
 * and signatures, phone numbers, e-mail and web addresses, postal addresses. They are metadata or
 * plain text, never headings. Bokmål and nynorsk in the same lists; from the seeds (Osloregionen's
 * notice, Lillehammer's saksframlegg), the corpus (Fosen, Nordhordland, Rauma, Stord) and the
 * letter templates of Norwegian municipalities.
 */

/** Letterhead field labels: `Deres ref:`, `Vår ref:`, `Saksbehandler:`, `Arkivkode:`, `Arkivsak:`. */
export const LETTERHEAD_LABEL = /\b(?:deres ref(?:eranse)?|dykkar ref(?:eranse)?|vår ref(?:eranse)?|saksbehandler|saksbehandlar|sakshandsamar|arkivkode|arkivsak(?:snr)?|arkivsak\s*nr|arkiv|journalpost(?:id)?|løpenr|saksnr|saksmappe|unntatt offentlighet|unnateke offentlegheit)\.?\s*:/i;

/** Greetings that open a signature. */
export const GREETING = /^(?:med\s+(?:vennlig|venleg|beste|hjertelig)\s+(?:hilsen|helsing)|vennlig hilsen|venleg helsing|beste hilsen|hilsen|helsing|mvh\.?)\b/i;

/** An addressee line: `Til medlemmene i Fosen regionråd`, `Til Osloregionens faggruppe …`. */
export const ADDRESSEE = /^[Tt]il\s+(?:medlemmene|medlemene|medlemmer|medlemer|alle|deltakerne|deltakarane|\p{Lu})/u;

/** A phone number: `tlf. 924 51 880`, `telefon 56 37 50 00`, `+47 924 51 880`. */
export const PHONE = /\b(?:tlf|telefon|mobil|mob)\.?\s*:?\s*(?:\+47\s*)?\d{2,3}(?:\s?\d{2,3}){2,3}\b|\+47\s*\d{2,3}(?:\s?\d{2,3}){2,3}\b|(?<![\d,.])\d{3}\s\d{2}\s\d{3}(?![\d,])|(?<![\d,.])\d{2}\s\d{2}\s\d{2}\s\d{2}(?![\d,])/i;

/** An e-mail address. */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** A web address written without a scheme: `kongsvingerregionen.no`, `www.tv2.no`. */
export const WEB_ADDRESS = /(?:^|\s)(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net|eu|se|dk)\b(?:\/\S*)?$/i;

/** A postal address: `Postboks 34, 7194 Brekstad`, `Pb. 12`. */
export const POSTAL = /\b(?:postboks|pb\.|postadresse|besøksadresse|besøksadr\.?)\b|\b\d{4}\s+\p{Lu}\p{Ll}+\b.*[–-]\s*\S+@/iu;

/** Closing lines of a case document's author: `Rådmannen i Rauma, 08.05.2019`, `Knarvik, 04.03.2025`. */
export const PLACE_AND_DATE = /^(?:[\p{Lu}][\p{L} -]{1,40}),\s*(?:den\s+)?\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\s*$/u;

/** A page marker the text kept: `Side 3 av 4`, `Side 3`, `3 av 4`, or a bare page number. */
export const PAGE_LINE = /^(?:(?:side|sida)\s+\d{1,3}(?:\s+(?:av|of)\s+\d{1,3})?|\d{1,3}(?:\s+(?:av|of)\s+\d{1,3})?)$/i;
