/** Norwegian number and date formatting, shared by pages and charts. */
import { periodBounds, precisionOf, type PartialDate } from '../schemas/partial-date.ts';
const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** @example formatNumberNb(4478497) // '4 478 497' (with non-breaking spaces) */
export function formatNumberNb(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return Number.isInteger(n) ? integer.format(n) : decimal.format(n);
}

const dateFmt = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** @example formatDateNb('2024-11-07') // '7. november 2024' */
export function formatDateNb(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
}

const monthFmt = new Intl.DateTimeFormat('nb-NO', { month: 'long', timeZone: 'UTC' });
/** Seasons as a sentence names them: `høsten 2014`. */
const SEASON_DEFINITE: Record<string, string> = { vår: 'våren', sommer: 'sommeren', høst: 'høsten', vinter: 'vinteren' };

/**
 * A date at the precision the source gives it, never a day it does not write.
 * @example formatPartialDateNb('2015-01') // 'januar 2015'
 * @example formatPartialDateNb('2014-høst') // 'høsten 2014'
 * @example formatPartialDateNb('2015-Q1') // '1. kvartal 2015'
 */
export function formatPartialDateNb(date: PartialDate | undefined): string {
  if (!date) return '';
  const year = date.slice(0, 4);
  const rest = date.slice(5);
  switch (precisionOf(date)) {
    case 'year':
      return year;
    case 'half':
      return `${rest.slice(1)}. halvår ${year}`;
    case 'quarter':
      return `${rest.slice(1)}. kvartal ${year}`;
    case 'season':
      return `${SEASON_DEFINITE[rest] ?? rest} ${year}`;
    case 'month':
      return `${monthFmt.format(new Date(`${date}-01T00:00:00Z`))} ${year}`;
    default:
      return formatDateNb(date);
  }
}

/**
 * The span of a list of deadlines as a summary says it, each at its own precision (earliest and latest by the day they end).
 * @example deadlineSpan(['2016', '2015-01', undefined]) // 'Frister fra januar 2015 til 2016'
 */
export function deadlineSpan(deadlines: (PartialDate | undefined)[]): string {
  const dated = [...new Set(deadlines.filter((d): d is PartialDate => !!d))].sort((a, b) => periodBounds(a).end.localeCompare(periodBounds(b).end) || a.localeCompare(b));
  if (!dated.length) return '';
  const [first, last] = [dated[0], dated[dated.length - 1]];
  return first === last ? `Frist ${formatPartialDateNb(first)}` : `Frister fra ${formatPartialDateNb(first)} til ${formatPartialDateNb(last)}`;
}

/** Joins names the Norwegian way. @example listNb(['a', 'b', 'c']) // 'a, b og c' */
export function listNb(items: string[]): string {
  return new Intl.ListFormat('nb-NO', { style: 'long', type: 'conjunction' }).format(items);
}
