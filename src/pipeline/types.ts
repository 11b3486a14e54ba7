import type { Activity, Agenda, CaseInfo, Chapter, DecisionPointRecord, Dataset, Goal, Source, Strategy, Workshop } from '../schemas/index.ts';

/** A line of the source after normalisation. `no` is the 1-based line number in the seed file. */
export interface SourceLine {
  no: number;
  /** Text with surrounding whitespace removed and bullets normalised to a leading '• '. */
  text: string;
  /** The raw line as read (after decoding and line-ending normalisation). */
  raw: string;
  /** The raw line began with whitespace: in these PDF extractions that marks a page start or a lost bullet. */
  indented: boolean;
  /** A bullet glyph (U+F0B7, •, -, –, *) began the line. */
  bullet: boolean;
  /**
   * The cells of a table row whose columns are known, read from a PDF's page layout (the text has them
   * separated by tabs). Table readers use them as they stand instead of guessing where cells end.
   */
  cells?: string[];
}

/** A line removed as a PDF artefact, with the reason. Reported by the build. */
export interface DroppedLine {
  no: number;
  text: string;
  reason: 'sidetall' | 'mulig sidetall' | 'linje' | 'innholdsfortegnelse' | 'sporingslenke' | 'topp- eller bunntekst' | 'annet';
}

/** Layout facts learnt from the text. */
export interface LayoutProfile {
  /** Every wrapped line is followed by a blank line (paragraph breaks are lines holding a single space). */
  doubleSpaced: boolean;
  /** Blank lines dropped because they only separated the halves of a wrapped line. */
  softBlankLines: number;
  bulletGlyphs: string[];
}

/** A problem found in a document. Always names the file and line. */
export interface Diagnostic {
  level: 'error' | 'warning' | 'info';
  file: string;
  line?: number;
  message: string;
}

/** The normalised document handed to segmenters and recognisers. `lines` keeps blank lines as text ''. */
export interface NormalisedDoc {
  file: string;
  lines: SourceLine[];
  dropped: DroppedLine[];
  profile: LayoutProfile;
  diagnostics: Diagnostic[];
}

/** Helper to build a Source. */
export function sourceOf(file: string, first: number, last: number = first): Source {
  return { file, lines: [first, Math.max(first, last)] };
}

/** An acronym the text defines in passing. */
export interface AcronymFinding {
  short: string;
  long: string;
  line: number;
}

/** What a recogniser returns. Themes and regions are filled later by the classify stage. */
export interface ExtractedParts {
  chapters: Chapter[];
  strategies: Strategy[];
  goals: Goal[];
  activities: Activity[];
  datasets: Dataset[];
  acronyms: AcronymFinding[];
  workshop?: Workshop;
  agenda?: Agenda;
  caseInfo?: CaseInfo;
  decision?: DecisionPointRecord[];
  /** Title read from the text, used when the sidecar has none. */
  guessedTitle?: string;
  /** Date or year read from the text. */
  guessedDate?: string;
  guessedYear?: number;
  diagnostics: Diagnostic[];
}

/** Nothing extracted yet. */
export function emptyParts(): ExtractedParts {
  return { chapters: [], strategies: [], goals: [], activities: [], datasets: [], acronyms: [], diagnostics: [] };
}
