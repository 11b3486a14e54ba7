import { SUSPENDED_HYPHEN_FOLLOWERS } from '../../vocabulary/hyphenation.ts';

const FOLLOWERS = new Set(SUSPENDED_HYPHEN_FOLLOWERS);

/**
 * How two pieces of one wrapped text meet: a word broken at the line end (`utvik-` / `ling`) is joined,
 * a real hyphen before a capital (`Vest-` / `Telemark`) is kept without a space, a suspended hyphen
 * (`sommer-` / `og`) keeps its space; otherwise a space.
 * @example joinPair('utvik-', 'ling i regionen') // 'utvikling i regionen'
 */
export function joinPair(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (/[A-Za-zÆØÅæøåÄÖÜäöüé]-$/.test(a)) {
    const next = b.split(' ')[0];
    if (FOLLOWERS.has(next.toLowerCase())) return `${a} ${b}`;
    if (/^[a-zæøåäöüé]/.test(next)) return a.slice(0, -1) + b;
    return a + b;
  }
  if (/\d[-–]$/.test(a) && /^\d/.test(b)) return a + b;
  return `${a} ${b}`;
}

/** The pieces of a wrapped cell or paragraph joined as one text. */
export function joinWrapped(parts: string[]): string {
  return parts.reduce((acc, p) => joinPair(acc, p.trim()), '').trim();
}
