import { z } from 'zod';
import { SEASON_MONTHS, type Season } from '../vocabulary/time.ts';

/**
 * A date at the precision the text gives it: a year (`2015`), a month (`2015-01`), a day
 * (`2015-01-31`) as ISO partial dates, or a half-year (`2015-H1`), a quarter (`2015-Q1`) or a
 * season (`2014-høst`, `2015-vår`) — so `Innen januar 2015` is `2015-01`, never a day the text
 * does not write.
 */
export const partialDateSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?|-[HQ]\d|-(?:vår|sommer|høst|vinter))?$/u);
export type PartialDate = z.infer<typeof partialDateSchema>;

/** How precise a partial date is. */
export type DatePrecision = 'year' | 'half' | 'quarter' | 'season' | 'month' | 'day';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The precision of a partial date. @example precisionOf('2014-høst') // 'season' */
export function precisionOf(date: PartialDate): DatePrecision {
  const rest = date.slice(5);
  if (!rest) return 'year';
  if (/^H\d$/.test(rest)) return 'half';
  if (/^Q\d$/.test(rest)) return 'quarter';
  if (/^\d{2}-\d{2}$/.test(rest)) return 'day';
  return /^\d{2}$/.test(rest) ? 'month' : 'season';
}

/** The first and last month a partial date covers. */
function monthSpan(date: PartialDate): [number, number] {
  const rest = date.slice(5);
  switch (precisionOf(date)) {
    case 'year':
      return [1, 12];
    case 'half':
      return rest === 'H1' ? [1, 6] : [7, 12];
    case 'quarter': {
      const q = Number(rest.slice(1));
      return [q * 3 - 2, q * 3];
    }
    case 'season':
      return [...SEASON_MONTHS[rest as Season]] as [number, number];
    default:
      return [Number(rest.slice(0, 2)), Number(rest.slice(0, 2))];
  }
}

/**
 * The first and last day a partial date covers, for sorting and counting (never for display).
 * @example periodBounds('2015-01') // { start: '2015-01-01', end: '2015-01-31' }
 */
export function periodBounds(date: PartialDate): { start: string; end: string } {
  if (precisionOf(date) === 'day') return { start: date, end: date };
  const y = Number(date.slice(0, 4));
  const [a, b] = monthSpan(date);
  return { start: `${y}-${pad(a)}-01`, end: `${y}-${pad(b)}-${pad(lastDay(y, b))}` };
}
