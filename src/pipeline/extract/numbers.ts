/**
 * Norwegian number formats as PDF extraction leaves them: thousands grouped by single spaces
 * (`4 478 497`), decimal comma (`12,8`), a percent sign after a space (`12,8 %`), signs written
 * with hyphen or minus (`-0,9 %`), a share in brackets after an amount (`895 000 (39%)`) and the
 * Norwegian amount ending `,-` (`1 790 000,-`).
 */

/** Spaces that may group thousands: ordinary, no-break, narrow no-break, figure space. */
const GROUP_SPACE = /[ \u00a0\u202f\u2007]/g;
/** `895 000 (39%)`: the share in brackets. */
const SHARE = /\(\s*([-−–]?\d+(?:,\d+)?)\s*%\s*\)/;
/** A whole Norwegian number after spaces are removed. */
const PLAIN = /^[-−–]?\d+(?:,\d+)?$/;

/**
 * Reads a Norwegian-formatted number; `undefined` when the text is no number.
 * @example readNumberNb('4 478 497') // 4478497
 * @example readNumberNb('-0,9 %') // -0.9
 * @example readNumberNb('895 000 (39%)') // 895000
 */
export function readNumberNb(text: string): number | undefined {
  const t = text
    .replace(SHARE, '')
    .replace(/,-\s*$/, '')
    .replace(/\s*(%|prosent)\s*$/i, '')
    .replace(/^(kr\.?|nok)\s*/i, '')
    .trim()
    .replace(GROUP_SPACE, '');
  if (!PLAIN.test(t)) return undefined;
  return Number(t.replace(/^[−–]/, '-').replace(',', '.'));
}

/**
 * The share in brackets after an amount, in percent.
 * @example readShareNb('895 000 (39%)') // 39
 */
export function readShareNb(text: string): number | undefined {
  const m = SHARE.exec(text);
  return m ? Number(m[1].replace(/^[−–]/, '-').replace(',', '.')) : undefined;
}

/** True when a number is written as a percentage. @example isPercentNb('12,8 %') // true */
export function isPercentNb(text: string): boolean {
  return /\d\s*%\s*$|prosent\s*$/i.test(text.replace(SHARE, '').trim());
}

/** A token that can start a number: `4`, `478`, `-12`, `12,8` (never `000`: a group cannot lead). */
export const LEAD_TOKEN = /^[-−–]?(?:0|[1-9]\d{0,2})(?:,\d+)?$|^[-−–]?(?:0|[1-9]\d*),\d+$|^[-−–]?[1-9]\d{3,}$/;
/** A token that can only continue a grouped number: three digits, maybe with decimals. */
export const GROUP_TOKEN = /^\d{3}(?:,\d+)?$/;

/** One number read out of a run of tokens, with its text as written. */
export interface NumberCell {
  value: number;
  /** Text as written. @example '895 000 (39%)' */
  text: string;
  percent: boolean;
  share?: number;
}

/**
 * Every way to read a run of tokens (split at single spaces) as Norwegian numbers: a number is a
 * lead token followed by three-digit groups; a decimal part, `%` or a bracketed share ends it.
 * `1 145 000 3 100 000` has one reading with two numbers; `250 000 250 000` has readings with one or two.
 * Returns readings as lists of cells; at most `limit` readings, none with more than `maxCells` numbers.
 */
export function readNumberRuns(tokens: string[], limit = 200, maxCells = Infinity): NumberCell[][] {
  const out: NumberCell[][] = [];
  const walk = (i: number, acc: NumberCell[]) => {
    if (out.length >= limit) return;
    if (i === tokens.length) {
      out.push(acc);
      return;
    }
    if (acc.length >= maxCells || !LEAD_TOKEN.test(tokens[i])) return;
    let j = i + 1;
    // extend with groups while the number has no decimals yet
    const ends: number[] = [];
    for (;;) {
      ends.push(j);
      // a decimal part ends a number; so does a lead of four digits or a lone zero (`0 279` is two cells)
      if (tokens[j - 1].includes(',') || /^(?:\d{4,}|0)$/.test(tokens[i].replace(/^[-−–]/, ''))) break;
      if (j < tokens.length && GROUP_TOKEN.test(tokens[j])) j++;
      else break;
    }
    for (const e of ends) {
      let k = e;
      let text = tokens.slice(i, e).join(' ');
      if (tokens[k] === '%') text += ' ' + tokens[k++];
      if (k < tokens.length && /^\(\s*[-−–]?\d+(?:,\d+)?\s*%\s*\)$/.test(tokens[k])) text += ' ' + tokens[k++];
      const value = readNumberNb(text);
      if (value === undefined) continue;
      // a thousands group never follows a percentage or a share
      walk(k, [...acc, { value, text, percent: isPercentNb(text), share: readShareNb(text) }]);
    }
  };
  walk(0, []);
  return out;
}

/** Splits text into tokens for `readNumberRuns`, keeping `(39%)` as one token and `12,8%` as two. */
export function numberTokens(text: string): string[] {
  return text
    .replace(/\(\s*([-−–]?\d+(?:,\d+)?)\s*%\s*\)/g, '($1%)')
    .replace(/(\d)%(?!\))/g, '$1 %')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}
