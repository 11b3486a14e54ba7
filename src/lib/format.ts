/** Norwegian number formatting, shared by pages and charts. */
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

/** Joins names the Norwegian way. @example listNb(['a', 'b', 'c']) // 'a, b og c' */
export function listNb(items: string[]): string {
  return new Intl.ListFormat('nb-NO', { style: 'long', type: 'conjunction' }).format(items);
}
