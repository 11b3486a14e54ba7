/**
 * Labelled fields: a short label, a colon, and a value on the same line (`Ansvar: Salten Regionråd`,
 * `Frist: 31.12.2024`, `Stad: Knarvik`). Families decide which labels they know.
 */

/** A `Label: value` line. */
export interface Field {
  label: string;
  value: string;
}

/** Most words a field label has (`Ansvarlig for oppfølging`); longer text before a colon is a sentence. */
const FIELD_LABEL_MAX_WORDS = 3;

/**
 * Reads a `Label: value` line. The label starts with a capital and has at most three words; the value may be
 * empty (a label alone on its line, its value below).
 * @example labelledField('Partnere: Kunnskapsparken Bodø, Sjømat Norge') // { label: 'Partnere', value: 'Kunnskapsparken Bodø, Sjømat Norge' }
 */
export function labelledField(text: string): Field | undefined {
  const m = /^([A-ZÆØÅ][\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s*:\s*(.*)$/u.exec(text);
  if (!m || m[1].split(/\s+/).length > FIELD_LABEL_MAX_WORDS) return undefined;
  return { label: m[1], value: m[2].trim() };
}
