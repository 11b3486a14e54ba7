/**
 * People in workshop notes: `Navn, Organisasjon` lines, speaker cells (`Navn, ordfører i Åsnes`,
 * `prosessleder Navn, Organisasjon`), and participant table rows with no separator between the name
 * and the organisation (`Bjørn Ivar Valle Valle Sparebank`), cut by evidence.
 */
import type { Person } from '../../../schemas/index.ts';
import { givenNames, personRoles } from '../../../vocabulary/workshop.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';

const ROLE_START = new RegExp(`^(?:${wordAlternation(personRoles)})(?![\\p{L}])`, 'iu');
const GIVEN = new Set<string>(givenNames);

/** `Gunhild Haugum, Oppland fylkeskommune` → name and organisation. */
export function personOf(text: string, role?: string): Person {
  const [name, ...rest] = text.split(',');
  const organisation = rest.join(',').trim();
  return { name: name.trim(), ...(organisation ? { organisation } : {}), ...(role ? { role } : {}) };
}

/**
 * A speaker as a programme writes it: `Navn, Organisasjon`, `Navn, ordfører i Åsnes` (a role; the
 * organisation then comes from the participant list), `prosessleder Navn, Organisasjon`.
 */
export function speakerOf(text: string, participants: Person[]): Person {
  let cell = text.trim();
  const lead = ROLE_START.exec(cell);
  const leadRole = lead && /^\p{Ll}/u.test(cell) ? lead[0] : undefined;
  if (leadRole) cell = cell.slice(leadRole.length).trim();
  const p = personOf(cell);
  const known = participants.find((q) => q.name === p.name);
  if (p.organisation && ROLE_START.test(p.organisation)) {
    // `Navn, prosessleiar, Jærrådet`: the role, then the organisation after the next comma
    const [role, ...after] = p.organisation.split(',');
    const organisation = after.join(',').trim() || known?.organisation;
    return { name: p.name, ...(organisation ? { organisation } : {}), role: after.length ? role.trim() : p.organisation };
  }
  const organisation = p.organisation ?? known?.organisation;
  return { name: p.name, ...(organisation ? { organisation } : {}), ...(leadRole ? { role: leadRole } : {}) };
}

/** Weights of the evidence for where a `Navn Organisasjon` row is cut. */
const CUT_WEIGHTS = {
  /** The name the cut gives is written elsewhere in the document (programme, referent line). */
  nameElsewhere: 3,
  /** The organisation starts with a word the document writes elsewhere (a place: `Evje og Hornnes`, `Valle`). */
  organisationStartElsewhere: 2,
  /** The organisation starts with an acronym (`NAV Setesdal`). */
  acronymFirst: 2,
  /** A two-word name whose second word is no given name (a surname), or a three-word name whose second word is one. */
  givenNameShape: 1,
  /** The organisation starts with one word twice (`Valle Valle Sparebank`): the cut is one word early. */
  doubledWord: -2,
  /** A name of four words is rare. */
  fourWordName: -2,
  /** An organisation starting in lower case. */
  lowerCaseOrganisation: -3,
  /** Least margin between the best cut and the next for the cut to be taken as certain: more than one given-name cue. */
  certainMargin: 2,
} as const;

/** Name lengths tried when cutting a row, in words. */
const NAME_WORDS = [2, 3, 4];

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The evidence score of cutting `words` after `k` words; `text` is the whole document. */
function cutScore(words: string[], k: number, text: string): number {
  const name = words.slice(0, k).join(' ');
  const org = words.slice(k);
  let score = 0;
  if (occurrences(text, name) >= 2) score += CUT_WEIGHTS.nameElsewhere;
  if (/^\p{Ll}/u.test(org[0])) score += CUT_WEIGHTS.lowerCaseOrganisation;
  else if (/^\p{Lu}{2,}$/u.test(org[0])) score += CUT_WEIGHTS.acronymFirst;
  else if (occurrences(text, org[0]) >= 2) score += CUT_WEIGHTS.organisationStartElsewhere;
  const secondGiven = GIVEN.has(words[1]);
  if ((k === 2 && !secondGiven) || (k === 3 && secondGiven)) score += CUT_WEIGHTS.givenNameShape;
  if (org[0] === org[1]) score += CUT_WEIGHTS.doubledWord;
  if (k === 4) score += CUT_WEIGHTS.fourWordName;
  return score;
}

/**
 * Cuts a participant row with no separator into name and organisation by the best-scoring cut; when
 * the next cut scores nearly as well the row is marked uncertain.
 * @example cutNameOrganisation('Tone Bjørgum Setesdal regionråd', documentText) // { name: 'Tone Bjørgum', organisation: 'Setesdal regionråd' }
 */
export function cutNameOrganisation(row: string, text: string): Person {
  const words = row.trim().split(/\s+/);
  const cuts = NAME_WORDS.filter((k) => k < words.length).map((k) => ({ k, score: cutScore(words, k, text) }));
  if (!cuts.length) return { name: row.trim() };
  cuts.sort((a, b) => b.score - a.score || a.k - b.k);
  const [best, next] = cuts;
  const person: Person = { name: words.slice(0, best.k).join(' '), organisation: words.slice(best.k).join(' ') };
  if (next && best.score - next.score < CUT_WEIGHTS.certainMargin) {
    person.uncertain = { reason: `navn og organisasjon kan også deles etter ${next.k} ord`, confidence: best.score > next.score ? 0.7 : 0.5 };
  }
  return person;
}

/** A name before a comma at the end of a table cell: its last two capitalised words, three when the middle one is a given name. */
export function nameAtEnd(words: string[]): number {
  let run = 0;
  while (run < words.length - 1 && /^\p{Lu}/u.test(words[words.length - 1 - run])) run++;
  if (run >= 3 && GIVEN.has(words[words.length - 2]) && GIVEN.has(words[words.length - 3]) && words.length > 3) return 3;
  return Math.min(2, run);
}
