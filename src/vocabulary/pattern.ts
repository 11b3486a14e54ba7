/**
 * Turns a vocabulary list into a regular-expression alternation: entries escaped, longest first, so
 * `Milepælar` is tried before `Milepæl`. Spaces inside an entry match any run of whitespace.
 * @example new RegExp(`^(?:${alternation(['Mål', 'Delmål'])})`) // /^(?:Delmål|Mål)/
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'))
    .join('|');
}
