/**
 * Words of an action written as a paragraph or list item with labelled lines under it (`Ansvarlig: …`,
 * `Involverte parter: …`, `Tidsplan: …`, `Ramme: …`), beyond the column headings of `action-table.ts`
 * (every header word works as a label too). Bokmål and nynorsk in the same list. Gathered from the
 * development corpus (Salten, Voss, Helgeland: `Med:` under `Ansvar:`) and the label words regional
 * action plans use for these fields (`Involverte parter`, `Ramme`, `Økonomisk ramme`, `Tidsfrist`).
 */
import type { ColumnRole } from './action-table.ts';

/** A field of an action that a labelled line names. */
export type ActionFieldRole = Exclude<ColumnRole, 'number' | 'text'>;

/**
 * Labels that name an action's field only on a labelled line: words a table header would not use alone
 * (`Med: Gassco AS, NORCE`), or several words (`Involverte parter:`). Lower case, no colon.
 */
export const FIELD_ONLY_LABELS: Readonly<Record<string, ActionFieldRole>> = {
  // partners
  med: 'partners',
  'i samarbeid med': 'partners',
  samarbeider: 'partners',
  'involverte parter': 'partners',
  'involverte partar': 'partners',
  'involverte aktører': 'partners',
  'involverte aktørar': 'partners',
  // responsible
  'ansvarlig aktør': 'responsible',
  'ansvarleg aktør': 'responsible',
  // timeframe
  tidsfrist: 'timeframe',
  gjennomføringstid: 'timeframe',
  // financing
  ramme: 'financing',
  'økonomisk ramme': 'financing',
  'økonomiske rammer': 'financing',
  kostnadsoverslag: 'financing',
};

/** Words that may stand before an action's own number (`Tiltak 3.2: Kartleggje …`), both written standards. */
export const ACTION_NUMBER_WORDS: readonly string[] = ['tiltak', 'aktivitet', 'handling'];
