/** Norwegian counts with the right plural: `1 dokument`, `2 dokumenter` (Intl.PluralRules, nb). */
import { formatNumberNb } from './format.ts';

const rules = new Intl.PluralRules('nb-NO');

/** The word form for a count. @example pluralNb(1, 'dokument', 'dokumenter') // 'dokument' */
export function pluralNb(n: number, one: string, other: string): string {
  return rules.select(n) === 'one' ? one : other;
}

/** A formatted count with its word. @example countNb(2, 'dokument', 'dokumenter') // '2 dokumenter' */
export function countNb(n: number, one: string, other: string): string {
  return `${formatNumberNb(n)} ${pluralNb(n, one, other)}`;
}
