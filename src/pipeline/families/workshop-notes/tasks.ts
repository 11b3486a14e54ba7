/**
 * Group tasks of workshop notes: `Oppgave 1: …` (the question wrapped on the lines below it, or in the
 * paragraph after a bare label), answered by groups (`Gruppe 1:`, `Gruppe A`, `Gruppe 1 (Gran og
 * Lunner):`, `Gruppe Næringsliv`, `Næringslivsgruppa:`) as points (bullets, or paragraphs).
 */
import type { Workshop } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { groupLabels, taskLabels } from '../../../vocabulary/workshop.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';

/** `Gruppeoppgave 1:`, `Oppgåve 2: Kva …`, `Oppgave: Hva …` (a label without number needs its colon). */
export const TASK = new RegExp(`^(?:${wordAlternation(taskLabels)})(?:\\s+(\\d{1,2})\\s*[:.]?|\\s*:)\\s*(.*)$`, 'iu');
/** `Gruppe 1:`, `Gruppe A`, `Gruppe 1 (Gran og Lunner):`. */
const GROUP = new RegExp(`^(?:${wordAlternation(groupLabels)})\\s+(\\d{1,2}|\\p{Lu})(?![\\p{L}\\d])\\s*([:.]?)\\s*(.*)$`, 'u');
/** `Gruppe Næringsliv:`, `Gruppe Kommunene` — a group named by who was in it. */
const NAMED_GROUP = new RegExp(`^(?:${wordAlternation(groupLabels)})\\s+(\\p{Lu}[\\p{L}/ -]{1,30}?)\\s*:?$`, 'u');
/** `Næringslivsgruppa:`, `Kommunegruppen:` alone on a line. */
const GROUP_WORD = /^(\p{Lu}\p{Ll}+grupp(?:a|en|e))\s*:$/u;
/** Longest line read as a task or group label. */
const TASK_LINE_MAX = 200;
const GROUP_LINE_MAX = 60;
/** Most words after a group's number that still name the group. */
const GROUP_NAME_WORDS_MAX = 4;

export interface GroupLabel { name: string; rest: string }

/** A group label on a line: the group's name (with who it was, where written) and any text after it. */
export function groupLabelOf(l: SourceLine): GroupLabel | undefined {
  if (l.bullet || l.text.length > GROUP_LINE_MAX) return undefined;
  const m = GROUP.exec(l.text);
  if (m) return numberedGroup(m[1], m[2], m[3]);
  const named = NAMED_GROUP.exec(l.text) ?? GROUP_WORD.exec(l.text);
  if (named) return { name: l.text.replace(/\s*:$/, ''), rest: '' };
  return undefined;
}

/**
 * A numbered group and what follows its number: who it was in brackets or after a dash
 * (`Gruppe 1 (Gran og Lunner):`, `Gruppe 2 – Næringsliv`), a few words without a colon
 * (`Gruppe 3 Kommunene`), or after a colon its first point (`Gruppe 2: Felles markedsføring`).
 */
function numberedGroup(id: string, separator: string, after: string): GroupLabel {
  const who = /^\(([^)]+)\)\s*:?$/.exec(after);
  if (who) return { name: `Gruppe ${id} (${who[1]})`, rest: '' };
  const dash = /^[–-]\s*([^.!?]{2,40}?)\s*:?$/u.exec(after);
  if (dash) return { name: `Gruppe ${id} – ${dash[1]}`, rest: '' };
  if (!separator && after && after.split(/\s+/).length <= GROUP_NAME_WORDS_MAX && !/[.!?]$/.test(after)) return { name: `Gruppe ${id} ${after.replace(/\s*:$/, '')}`, rest: '' };
  return { name: `Gruppe ${id}`, rest: after };
}

/** A task label on a line. */
export function taskAt(l: SourceLine): { number?: string; rest: string } | undefined {
  if (l.bullet || l.text.length > TASK_LINE_MAX) return undefined;
  const m = TASK.exec(l.text);
  return m ? { number: m[1], rest: m[2] } : undefined;
}

export interface Point { text: string; first: number; last: number }

/** Points of a group: bullets with their continuation lines, or paragraphs; other lines are stray. */
export function pointsOf(lines: SourceLine[], breaks: Set<number>): { points: Point[]; stray: SourceLine[] } {
  const points: SourceLine[][] = [];
  const stray: SourceLine[] = [];
  const anyBullet = lines.some((l) => l.bullet);
  for (const l of lines) {
    const prev = points[points.length - 1];
    const adjacent = !!prev && !breaks.has(l.no) && !l.indented;
    if (anyBullet ? l.bullet : !adjacent) points.push([l]);
    else if (adjacent) prev.push(l);
    else stray.push(l);
  }
  return { points: points.map((p) => ({ text: joinLines(p.map((l) => l.text)), first: p[0].no, last: p[p.length - 1].no })), stray };
}

/** The question: the text after the label with the lines wrapped below it, or (after a bare label) the first paragraph. */
export function questionOf(rest: string, body: SourceLine[], breaks: Set<number>): { question: string; used: number } {
  let used = 0;
  if (rest) {
    const open = () => !/[?.!:]$/.test(joinLines([rest, ...body.slice(0, used).map((l) => l.text)]));
    while (used < body.length && !breaks.has(body[used].no) && !groupLabelOf(body[used]) && (open() || /^\p{Ll}/u.test(body[used].text))) used++;
    return { question: joinLines([rest, ...body.slice(0, used).map((l) => l.text)]), used };
  }
  while (used < body.length && (used === 0 || !breaks.has(body[used].no)) && !groupLabelOf(body[used])) used++;
  return { question: joinLines(body.slice(0, used).map((l) => l.text)), used };
}

export type Group = Workshop['tasks'][number]['groups'][number];
