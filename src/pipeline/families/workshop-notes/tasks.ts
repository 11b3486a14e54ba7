/**
 * Group tasks of workshop notes: `Oppgave 1: …` (the question wrapped on the lines below it, or in the
 * paragraph after a bare label), answered by groups (`Gruppe 1:`, `Gruppe A`, `Gruppe 1 (Gran og
 * Lunner):`, `Gruppe Næringsliv`, `Næringslivsgruppa:`) as points (bullets, or paragraphs).
 */
import type { Workshop } from '../../../schemas/index.ts';
import type { SourceLine } from '../../types.ts';
import { joinLines } from '../../segment.ts';
import { opensNewItem } from '../line-width.ts';
import { groupLabels, taskLabels } from '../../../vocabulary/workshop.ts';
import { wordAlternation } from '../../../vocabulary/time.ts';

/** `Gruppeoppgave 1:`, `Oppgåve 2: Kva …`, `Oppgave: Hva …` (a label without number needs its colon). */
export const TASK = new RegExp(`^(?:${wordAlternation(taskLabels)})(?:\\s+(\\d{1,2})\\s*[:.]?|\\s*:)\\s*(.*)$`, 'iu');
/** `Gruppe 1:`, `Gruppe A`, `Gruppe 1 (Gran og Lunner):`, `Bord 2`: the label word as written, the group's number or letter, the rest. */
const GROUP = new RegExp(`^(${wordAlternation(groupLabels)})\\s+(\\d{1,2}|\\p{Lu})(?![\\p{L}\\d])\\s*([:.]?)\\s*(.*)$`, 'u');
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
  // `Bord 2 rakk ikkje å svare …`: a sentence about a group, not its label
  if (m && !m[3] && /^\p{Ll}/u.test(m[4])) return undefined;
  if (m) return numberedGroup(`${m[1]} ${m[2]}`, m[3], m[4]);
  const named = NAMED_GROUP.exec(l.text) ?? GROUP_WORD.exec(l.text);
  if (named) return { name: l.text.replace(/\s*:$/, ''), rest: '' };
  return undefined;
}

/**
 * A numbered group and what follows its number: who it was in brackets or after a dash
 * (`Gruppe 1 (Gran og Lunner):`, `Gruppe 2 – Næringsliv`), a few words without a colon
 * (`Gruppe 3 Kommunene`), or after a colon its first point (`Gruppe 2: Felles markedsføring`).
 */
function numberedGroup(label: string, separator: string, after: string): GroupLabel {
  const who = /^\(([^)]+)\)\s*:?$/.exec(after);
  if (who) return { name: `${label} (${who[1]})`, rest: '' };
  const dash = /^[–-]\s*([^.!?]{2,40}?)\s*:?$/u.exec(after);
  if (dash) return { name: `${label} – ${dash[1]}`, rest: '' };
  if (!separator && after && after.split(/\s+/).length <= GROUP_NAME_WORDS_MAX && !/[.!?]$/.test(after)) return { name: `${label} ${after.replace(/\s*:$/, '')}`, rest: '' };
  return { name: label, rest: after };
}

/** A task label on a line. */
export function taskAt(l: SourceLine): { number?: string; rest: string } | undefined {
  if (l.bullet || l.text.length > TASK_LINE_MAX) return undefined;
  const m = TASK.exec(l.text);
  return m ? { number: m[1], rest: m[2] } : undefined;
}

export interface Point { text: string; first: number; last: number }

/** Points of a group: bullets with their continuation lines, or (no bullets) lines without them; other lines are stray. */
export function pointsOf(lines: SourceLine[], breaks: Set<number>, width = 0): { points: Point[]; stray: SourceLine[] } {
  const { points, stray } = lines.some((l) => l.bullet) ? bulletPoints(lines, breaks) : unbulletedPoints(lines, breaks, width);
  return { points: points.map((p) => ({ text: joinLines(p.map((l) => l.text)), first: p[0].no, last: p[p.length - 1].no })), stray };
}

/** Bullets with the lines that follow them without a blank line; lines after a blank line are stray. */
function bulletPoints(lines: SourceLine[], breaks: Set<number>): { points: SourceLine[][]; stray: SourceLine[] } {
  const points: SourceLine[][] = [];
  const stray: SourceLine[] = [];
  for (const l of lines) {
    const prev = points[points.length - 1];
    if (l.bullet) points.push([l]);
    else if (prev && !breaks.has(l.no) && !l.indented) prev.push(l);
    else stray.push(l);
  }
  return { points, stray };
}

/**
 * Points without bullets: each paragraph is one, and inside a paragraph a short closed line followed by a
 * capital opens the next (a list whose bullets were lost, one point a line). When the first paragraph is such
 * a list, the paragraphs after it are text about the group, not points (`Gruppe 2 rakk ikkje …`).
 */
function unbulletedPoints(lines: SourceLine[], breaks: Set<number>, width: number): { points: SourceLine[][]; stray: SourceLine[] } {
  const runs: SourceLine[][] = [];
  for (const l of lines) {
    const prev = runs[runs.length - 1];
    if (prev && !breaks.has(l.no) && !l.indented) prev.push(l);
    else runs.push([l]);
  }
  const split = (run: SourceLine[]) =>
    run.reduce<SourceLine[][]>((acc, l, i) => {
      if (i > 0 && !opensNewItem(run[i - 1].text, l.text, width)) acc[acc.length - 1].push(l);
      else acc.push([l]);
      return acc;
    }, []);
  const first = runs.length ? split(runs[0]) : [];
  if (first.length >= 2) return { points: first, stray: runs.slice(1).flat() };
  return { points: runs, stray: [] };
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
