/**
 * A title for workshop notes whose front page names none (`coverTitle` reads it where it does): the kind of
 * meeting and the place the text names most, in the written standard of the notes.
 */
import { mostNamedRegion } from '../../classify/regions.ts';

/** More nynorsk than bokmål marker words in the text. */
function nynorsk(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/(?<![\p{L}])(?:frå|ikkje|eit|kva|dei)(?![\p{L}])/giu) > count(/(?<![\p{L}])(?:fra|ikke|et|hva|de)(?![\p{L}])/giu);
}

/** `Referat fra arbeidsverksted næring – Mjøsbyen`, nynorsk `Referat frå verkstad …`. */
export function guessTitle(text: string): string {
  const kind = /(arbeidsverksted|verksted|verkstad|workshop|samling)\s+(\p{Ll}{3,})/iu.exec(text);
  const place = mostNamedRegion(text);
  return `Referat ${nynorsk(text) ? 'frå' : 'fra'} ${kind ? `${kind[1].toLowerCase()} ${kind[2]}` : 'samling'}${place ? ` – ${place}` : ''}`;
}
