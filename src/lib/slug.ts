import { slug as githubSlug } from 'github-slugger';

/**
 * URL-safe slug with Norwegian letters folded (æ→ae, ø→o, å→a).
 * @example slugify('Næringsareal og Østre Toten') // 'naeringsareal-og-ostre-toten'
 */
export function slugify(text: string, maxLength = 60): string {
  const folded = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let s = githubSlug(folded).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (s.length > maxLength) s = s.slice(0, maxLength).replace(/-[^-]*$/, '');
  return s || 'x';
}
