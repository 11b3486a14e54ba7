/**
 * The letterhead of a case document as metadata: case number (`Arkivsak:`, `Arkivsaksnr.:`), case
 * officer (`Saksbehandler:`/`Saksbehandlar:`), archive code, date, and the meetings table
 * (`Utvalg Møtedato Saksnr.` / `Saksnr. Utval Møtedato`). Several fields may share one line.
 */
import type { CaseInfo } from '../../../schemas/index.ts';
import { sourceOf, type SourceLine } from '../../types.ts';
import { readDate } from '../../../vocabulary/time.ts';
import { CASE_FIELD_LABELS, LETTERHEAD_PAIR, MEETING_ROW } from '../../../vocabulary/case-document.ts';

/** How many non-blank lines from the top the letterhead may take. */
const LETTERHEAD_LINES = 30;

/** `Saksbehandler: Eirik Sæter Arkivsak: 2019/412-3` → [['saksbehandler', 'Eirik Sæter'], ['arkivsak', '2019/412-3']]. */
export function labelledPairs(text: string): [string, string][] {
  const marks = [...text.matchAll(LETTERHEAD_PAIR)];
  return marks.map((m, k) => {
    const end = k + 1 < marks.length ? marks[k + 1].index : text.length;
    return [m[1].toLowerCase().replace(/\.$/, ''), text.slice(m.index + m[0].length, end).trim()] as [string, string];
  });
}

type Field = keyof typeof CASE_FIELD_LABELS;
const fieldOf = (label: string) => (Object.keys(CASE_FIELD_LABELS) as Field[]).find((f) => (CASE_FIELD_LABELS[f] as readonly string[]).some((l) => l.replace(/\.$/, '') === label));

/** A meetings-table row: `Formannskapet 21.05.2019 048/19` or `045/24 Formannskapet 04.09.2024`. */
function meetingOf(text: string): CaseInfo['meetings'][number] | undefined {
  const m = MEETING_ROW.exec(text.trim());
  if (!m) return undefined;
  const number = m[1] ?? m[4];
  return { body: m[2].trim(), date: readDate(m[3])?.iso, ...(number ? { number } : {}) };
}

/** Reads the letterhead from the first non-blank lines; undefined when it names nothing. */
export function readCaseInfo(lines: SourceLine[], file: string): CaseInfo | undefined {
  const head = lines.slice(0, LETTERHEAD_LINES);
  const info: CaseInfo = { meetings: [], source: sourceOf(file, head[0]?.no ?? 1) };
  const used: SourceLine[] = [];
  for (const l of head) {
    const meeting = meetingOf(l.text);
    if (meeting) {
      info.meetings.push(meeting);
      used.push(l);
      continue;
    }
    for (const [label, value] of labelledPairs(l.text)) {
      const field = fieldOf(label);
      if (!field || !value || info[field]) continue;
      info[field] = field === 'date' ? readDate(value)?.iso : value;
      used.push(l);
    }
  }
  if (!used.length) return undefined;
  info.source = sourceOf(file, used[0].no, used[used.length - 1].no);
  return info;
}
