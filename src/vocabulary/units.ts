/**
 * Units and the words of numeric tables: what a table counts (read from its caption and column
 * titles), the labels of sum rows and columns, the marks written for a missing cell and the line
 * that names a table's source. Bokmål and nynorsk are entries of the same lists.
 *
 * Where the words come from: SSB's table titles (`Folketall`, `Sysselsatte`, `Kommersielle
 * gjestedøgn`), regional plans' and programme reports' finance tables (`Kostnad (1000 kr)`,
 * `Sum finansiering`, `Til saman`), and the nynorsk forms in Vestland and Sogn documents
 * (`Folketal`, `innbyggjarar`, `arbeidsplassar`, `Kjelde`).
 */

/** A unit with the words that name it in a caption or column title; the first match wins. */
export interface UnitCue {
  unit: string;
  /** Regular-expression source matched case-insensitively against the caption and column titles. */
  cue: string;
}

/**
 * Units in the order they are tried. An amount in thousands (`(1000 kr)`, `1 000 kr`) is its own unit.
 * @example UNIT_CUES.find((u) => new RegExp(u.cue, 'iu').test('Folketal per 1. januar'))?.unit // 'personar'
 */
export const UNIT_CUES: readonly UnitCue[] = [
  { unit: '1000 kr', cue: String.raw`\(\s*1\s?000\s*kr\.?\s*\)|i\s+1\s?000\s*kr|\btusen\s+kr` },
  { unit: 'mill. kr', cue: String.raw`\(\s*mill\.?\s*kr\.?\s*\)|i\s+mill(?:ionar|ioner)?\.?\s+kr` },
  { unit: 'kr', cue: String.raw`\(\s*kr\.?\s*\)|\bkroner\b|\bfinansiering|\bfinansier|\bomsetning|\bbudsjett|\brekneskap|\bregnskap|\bkostnad|\btilskudd|\btilskot|\bbeløp` },
  { unit: 'personar', cue: String.raw`\bfolketal\b|\binnbyggjarar|\bsysselsette\b` },
  { unit: 'personer', cue: String.raw`\bfolketall|\bfolkevekst|\binnbyggere|\bbefolkning|\bsysselsatte|\bpersoner\b` },
  { unit: 'gjestedøgn', cue: String.raw`\bgjestedøgn` },
  { unit: 'fritidsboliger', cue: String.raw`\bfritidsbolig(?:er)?\b|\bhytter\b` },
  { unit: 'arbeidsplassar', cue: String.raw`\barbeidsplassar\b` },
  { unit: 'arbeidsplasser', cue: String.raw`\barbeidsplasser\b` },
  { unit: 'daa', cue: String.raw`\(daa\)|\bdekar\b` },
];

/** Labels of a sum row or column, alone or at the start (`Sum finansiering`) or end (`Salten i alt`) of a label. */
export const SUM_WORDS = ['sum', 'totalt', 'total', 'til sammen', 'til saman', 'i alt'] as const;

/** Words that end a sum label (`Regionen totalt`, `Sogn i alt`). */
export const SUM_TAIL_WORDS = ['totalt', 'i alt', 'til sammen', 'til saman'] as const;

/** Marks written for a missing or suppressed cell (SSB writes `..` for missing, `.` for not applicable, `:` for suppressed). */
export const MISSING_CELL_MARKS = ['-', '–', '—', '..', '.', ':', 'x'] as const;

/** Labels of the line under a table that names its source (`Kilde: SSB`, nynorsk `Kjelde: SSB`). */
export const SOURCE_LINE_WORDS = ['kilde', 'kjelde', 'kilder', 'kjelder'] as const;

/** Words that open a table caption: `Tabell 1`, `Tab. 2`, `Figur 3` (a figure's numbers are often given as a table). */
export const CAPTION_WORDS = ['tabell', 'tab.', 'figur', 'oversikt'] as const;
