/**
 * The financing cell of an action table whose money column stands before its time (`… Partnere Budsjett 2026 (kr)
 * Tidsramme`): where it starts among the tokens before the time cell. Used by `interleaved-rows.ts`.
 */
import { FINANCING_CUE } from '../../vocabulary/action-table.ts';
import { isCapitalised } from './table-tokens.ts';

/** Most words of a time cell the time reader may leave before its year (`Sesongen 2026`, `Høsten 2026`). */
export const TIME_WORDS_BEFORE_YEAR = 2;
/** Most words of a financing cell written in words before the time (`Innenfor ramme`, `Egne midler`). */
export const FINANCING_WORDS_MAX = 3;

/**
 * Where a financing cell that stands right before the time starts in `before` (the tokens up to the time): an amount
 * (`350 000`, `1,5`), `-` for an empty cell, or a short capitalised phrase of financing words (`Innenfor ramme`).
 */
export function financingStart(before: string[]): number {
  const n = before.length;
  if (before[n - 1] === '-') return n - 1;
  // digit groups from the end: `1 330 000` (the first group 1–3 digits, the others three), or `2,5`
  let s = n;
  while (s > 0 && /^\d{3}$/.test(before[s - 1])) s--;
  if (s > 0 && /^\d{1,2}(?:[.,]\d+)?$|^\d{3}[.,]\d+$/.test(before[s - 1])) return s - 1;
  if (s < n) return s;
  for (let k = 1; k <= FINANCING_WORDS_MAX && k < n; k++) {
    const phrase = before.slice(n - k);
    if (isCapitalised(phrase[0]) && phrase.every((w) => FINANCING_CUE.test(w) || /^[a-zæøå]+$/.test(w)) && FINANCING_CUE.test(phrase[0])) return n - k;
  }
  return n;
}
