/**
 * A document's title as its front page composes it. Cover pages set the title in capitals and wrap it
 * (`HANDLINGSPLAN FOR NÆRINGSUTVIKLING PÅ` / `HELGELAND 2024–2025`), often with the period on the line below:
 * the continuation and the period are joined on, and a title in capitals is written in sentence case
 * (`title-case.ts`). Reports and meeting records put the document kind on a line of its own over the name
 * (`SLUTTRAPPORT` / `Utviklingsprogrammet «Grøn vekst i Hardanger»` / `2021–2024` → «Sluttrapport –
 * Utviklingsprogrammet «Grøn vekst i Hardanger» 2021–2024»), with a sub-title under it joined by a colon; or they
 * lead the title line with the kind (`Referat frå verkstad om …`), kept as written. The sender, the member
 * municipalities, approval lines and dates on the page are no part of the title (src/vocabulary/cover.ts).
 */
import type { SourceLine } from '../types.ts';
import { inCapitals, sentenceCase } from './title-case.ts';
import { municipalityByName, regions } from '../../data/regions.ts';
import { APPROVAL_WORDS, CONTENTS_HEADINGS, DOCUMENT_KIND_WORDS, KIND_TITLE_LINKS, ORGANISATION_FORMS } from '../../vocabulary/cover.ts';
import { organisationHeads } from '../../vocabulary/organisations.ts';
import { MONTH_NAME_PATTERN, readDate, wordAlternation } from '../../vocabulary/time.ts';

/** Words a title cannot end with: the title goes on on the next line. */
const OPEN_END = /\s(?:for|på|i|og|til|om|av|med|frå|fra)$/iu;
/** A period alone on a line: `2022–2026`, `2024 - 2028`. */
const PERIOD = /^(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d$/;
/** How far below the title line its continuation or period may stand (source lines, blanks included). */
const CONTINUATION_GAP_MAX = 2;
/** Most non-blank lines a front page is read for. */
const COVER_LINES_MAX = 12;
/** A line longer than this, or a sentence, is body text: the front page has ended. */
const TITLE_LENGTH_MAX = 110;
/** Most words of a sender line (`Hardangerrådet IKS`, `Midt-Troms regionråd`). */
const SENDER_WORDS_MAX = 6;

/** The title part starting at `front[i]`: wrapped continuation and period joined on, and the index after it. */
function titlePartAt(front: SourceLine[], i: number): { text: string; next: number } {
  let title = front[i].text.trim();
  let last = front[i].no;
  let j = i + 1;
  for (; j < front.length && front[j].no - last <= CONTINUATION_GAP_MAX; j++) {
    const next = front[j].text.trim();
    // a line ending open (`HANDLINGSPLAN FOR`) goes on across a blank line too (double-spaced covers); capitals only on the next line
    const adjacent = front[j].no === last + 1;
    const goesOn = (OPEN_END.test(title) || (adjacent && inCapitals(title) && inCapitals(next))) && !PERIOD.test(next) && next.length < 80;
    if (goesOn) title = `${title} ${next}`;
    else if (PERIOD.test(next) && !/(?:19|20)\d\d\s*$/.test(title)) {
      title = `${title} ${next.replace(/\s*[–-]\s*/, '–')}`;
      j++;
      break;
    } else break;
    last = front[j].no;
  }
  return { text: inCapitals(title) ? sentenceCase(title) : title, next: j };
}

/** The title starting at `front[i]`: wrapped continuation and plan period joined on, capitals to sentence case. */
export const frontTitle = (front: SourceLine[], i: number): string => titlePartAt(front, i).text;

const KIND = `(?:${wordAlternation(DOCUMENT_KIND_WORDS)})`;
/** The kind alone, perhaps with its year or period: `SLUTTRAPPORT`, `Årsmelding 2023`. */
const KIND_LINE = new RegExp(`^${KIND}(?:\\s+(?:19|20)\\d\\d(?:\\s*[–-]\\s*(?:19|20)?\\d\\d)?)?$`, 'iu');
/** The kind leading a whole title: `Referat fra verksted om reiseliv …`. */
const KIND_LED = new RegExp(`^${KIND}\\s+(?:${wordAlternation(KIND_TITLE_LINKS)})\\s+\\S`, 'iu');
const APPROVAL = new RegExp(`^(?:${wordAlternation(APPROVAL_WORDS)})(?![\\p{L}])`, 'iu');
const CONTENTS = new RegExp(`^(?:${wordAlternation(CONTENTS_HEADINGS)})\\s*:?$`, 'iu');
const MONTH_YEAR = new RegExp(`^(?:${MONTH_NAME_PATTERN})\\s+(?:19|20)\\d\\d$`, 'iu');
const FORMS = new Set<string>(ORGANISATION_FORMS);
const HEADS = new Set<string>(organisationHeads);
const PLACES = new Set<string>([...municipalityByName.keys(), ...regions.flatMap((r) => [r.name, ...r.aliases])]);

/** The front page has ended at this line: a contents heading, a numbered heading, a labelled field, a rule, body text. */
function endsCover(l: SourceLine, k: number): boolean {
  const t = l.text.trim();
  if (k > 0 && l.indented) return true;
  return CONTENTS.test(t) || /^\d{1,2}(?:\.\d+)*\.?\s+\p{Lu}/u.test(t) || /^\p{L}+(?:\s\p{L}+)?\s*:(?:\s|$)/u.test(t) || /^[_=-]{5,}$/.test(t) || t.length > TITLE_LENGTH_MAX || /\p{Ll}[.!]$/u.test(t);
}

/** An organisation word: `regionråd`, `Regionrådet`, `Listerrådet`. */
const isHead = (w: string) => HEADS.has(w.toLocaleLowerCase('nb')) || /\p{Ll}rådet$/u.test(w);

/** A sender's name: a short line ending in an organisation word or form (`Listerrådet`, `Setesdal regionråd`, `… IKS`) or opening with the word (`Regionrådet for …`). */
function isSender(t: string): boolean {
  const words = t.split(/\s+/);
  const last = words[words.length - 1];
  return words.length <= SENDER_WORDS_MAX && (FORMS.has(last) || isHead(last) || isHead(words[0]));
}

/** The member municipalities or regions in a row: `Eidfjord – Kvam – Ullensvang – Ulvik`. */
const isPlaceRow = (t: string) => {
  const parts = t.split(/\s+[–-]\s+|,\s*|\s+og\s+/).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => PLACES.has(p));
};

/** What a front-page line is. */
type CoverLine = 'kind' | 'kind-led' | 'other' | 'text';

function coverLineOf(t: string): CoverLine {
  if (KIND_LINE.test(t)) return 'kind';
  if (KIND_LED.test(t)) return 'kind-led';
  if (isSender(t) || isPlaceRow(t) || namesMembers(t) || APPROVAL.test(t) || MONTH_YEAR.test(t) || DATELINE.test(t) || readDate(t) !== undefined || PERIOD.test(t)) return 'other';
  return 'text';
}

/** A place and a month: `Kongsbergregionen, februar 2026`. */
const DATELINE = new RegExp(`,\\s*(?:${MONTH_NAME_PATTERN})\\s+(?:19|20)\\d\\d$`, 'iu');
/** Fewest register places a line names to be the members' line (`Et samarbeid mellom Flesberg, Kongsberg, Nore og Uvdal og Rollag kommuner`). */
const MEMBER_PLACES_MIN = 3;
const PLACE_WORDS = new RegExp(`(?<![\\p{L}-])(?:${wordAlternation([...PLACES])})(?![\\p{L}-])`, 'gu');
/** The line names the member municipalities in a sentence: three or more places of the register. */
const namesMembers = (t: string) => (t.match(PLACE_WORDS) ?? []).length >= MEMBER_PLACES_MIN;

/** The front page: the non-blank lines before its end, at most COVER_LINES_MAX. */
export function coverOf(lines: SourceLine[]): SourceLine[] {
  const front = lines.filter((l) => l.text.trim() !== '').slice(0, COVER_LINES_MAX);
  const end = front.findIndex((l, k) => endsCover(l, k));
  return end < 0 ? front : front.slice(0, end);
}

/** Capitals to sentence case. */
const asWritten = (t: string) => (inCapitals(t) ? sentenceCase(t) : t);

const KIND_LED_PARTS = new RegExp(`^(${KIND})\\s+(${wordAlternation(KIND_TITLE_LINKS)})\\s+(.+)$`, 'iu');
/**
 * A kind-led line in capitals in sentence case, the words after the link word in lower case unless the register
 * knows them as a place (`REFERAT FRÅ NÆRINGSVERKSTAD` → `Referat frå næringsverkstad`, not `… Næringsverkstad`).
 */
function ledAsWritten(t: string): string {
  const m = inCapitals(t) ? KIND_LED_PARTS.exec(t) : null;
  if (!m) return asWritten(t);
  const rest = sentenceCase(m[3]);
  const first = rest.split(/\s/)[0];
  return `${sentenceCase(m[1])} ${m[2].toLocaleLowerCase('nb')} ${PLACES.has(first) ? rest : rest.charAt(0).toLocaleLowerCase('nb') + rest.slice(1)}`;
}

/**
 * The title a front page composes: `Kind – Name[: Sub-title]` when the kind stands on a line of its own over one
 * or two title lines, or the one line the kind leads when no other title line stands there; otherwise none (the
 * family's own guess is kept).
 * @example coverTitle(lines('REFERAT', '', 'Næringssamling for Glåmdal', '', 'Grønn industri – hva nå?')) // 'Referat – Næringssamling for Glåmdal: Grønn industri – hva nå?'
 */
export function coverTitle(lines: SourceLine[]): string | undefined {
  const front = coverOf(lines);
  const kinds: string[] = [];
  const led: string[] = [];
  const parts: string[] = [];
  for (let i = 0; i < front.length; ) {
    const t = front[i].text.replace(/\s+/g, ' ').trim();
    const kind = coverLineOf(t);
    if (kind === 'text') {
      const part = titlePartAt(front, i);
      parts.push(part.text);
      i = part.next;
      continue;
    }
    if (kind === 'kind') kinds.push(asWritten(t));
    if (kind === 'kind-led') led.push(ledAsWritten(t));
    i++;
  }
  if (kinds.length === 1 && !led.length && (parts.length === 1 || parts.length === 2)) return `${kinds[0]} – ${parts.join(': ')}`;
  if (!kinds.length && led.length === 1 && !parts.length) return led[0];
  // `REFERAT FRÅ NÆRINGSVERKSTAD` over its name: «Referat frå næringsverkstad: «Jæren 2035 – …»»
  if (!kinds.length && led.length === 1 && parts.length === 1) return `${led[0]}: ${parts[0]}`;
  return undefined;
}
