/**
 * A notice's title as a reader names it: the title line, who meets, and the meeting date as the notice writes it
 * (`MØTEINNKALLING OG SAKSKART` from `FOSEN REGIONRÅD`, `Dato: Fredag 14. juni 2024` → «Møteinnkalling og sakskart –
 * Fosen regionråd 14. juni 2024»). Who meets: the notice's `Utval:` field, else the subject of its summons
 * (`Rådet for … innkalles til møte`), else the letterhead's sender. Words in src/vocabulary/agenda.ts.
 */
import { inCapitals, sentenceCase } from '../../extract/title-case.ts';
import { MONTH_NAMES } from '../../../vocabulary/time.ts';
import { GENERIC_BODIES, SUMMONS } from '../../../vocabulary/agenda.ts';
import { organisationHeads } from '../../../vocabulary/organisations.ts';
import type { SourceLine } from '../../types.ts';
import type { MeetingFields } from './fields.ts';

/** Longest a letterhead's sender line is. */
const SENDER_LENGTH_MAX = 60;
/** Most words of the body a summons names. */
const BODY_WORDS_MAX = 8;
const HEADS = new Set<string>([...organisationHeads, ...GENERIC_BODIES]);
const GENERIC = new Set<string>(GENERIC_BODIES);

/** A letterhead's sender: the first line, short, with no address, number or greeting in it (`FOSEN REGIONRÅD`). */
function senderOf(lines: SourceLine[], titleLine: SourceLine | undefined): string | undefined {
  const first = lines[0]?.text.replace(/\s+/g, ' ').trim();
  if (!first || lines[0] === titleLine || first.length > SENDER_LENGTH_MAX || /[\d@]|^til\s/i.test(first)) return undefined;
  return inCapitals(first) ? sentenceCase(first) : first;
}

/**
 * The body a summons names as its subject, when it names one (`Rådet for Valdres natur- og kulturpark innkalles til
 * møte` → «rådet for Valdres natur- og kulturpark»: a generic word opening the sentence is written in lower case).
 */
function summonedOf(lines: SourceLine[]): string | undefined {
  for (const l of lines) {
    const subject = SUMMONS.exec(l.text.trim())?.[1]?.trim();
    const words = subject?.split(/\s+/) ?? [];
    if (!subject || !/^\p{Lu}/u.test(subject) || words.length > BODY_WORDS_MAX) continue;
    if (!words.some((w) => HEADS.has(w.toLocaleLowerCase('nb')) || /\p{Ll}rådet$/u.test(w))) continue;
    const first = words[0].toLocaleLowerCase('nb');
    return GENERIC.has(first) ? first + subject.slice(words[0].length) : subject;
  }
  return undefined;
}

/** The meeting date as the notice writes it (`14. juni 2024`, `13.03.2025`), else written out from the ISO date. */
function dateOf(fields: MeetingFields): string {
  if (fields.dateText) return fields.dateText;
  const [y, m, d] = (fields.date ?? '').split('-').map(Number);
  return y && m && d ? `${d}. ${MONTH_NAMES[m - 1]} ${y}` : '';
}

/** The notice's title: title line, who meets (unless the title line names it) and the meeting date. */
export function agendaTitle(fields: MeetingFields, lines: SourceLine[]): string | undefined {
  const line = fields.titleLine?.text.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  const base = inCapitals(line) ? sentenceCase(line) : line;
  const who = fields.body ?? summonedOf(lines) ?? senderOf(lines, fields.titleLine);
  const named = who && !base.toLocaleLowerCase('nb').includes(who.split(' ')[0].toLocaleLowerCase('nb')) ? ` – ${who}` : '';
  const when = dateOf(fields);
  return `${base}${named}${when ? ` ${when}` : ''}`;
}
