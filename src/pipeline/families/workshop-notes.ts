/**
 * Notes from a workshop (arbeidsverksted, samling): a programme of talks (`Tittel v. Navn,
 * Organisasjon`, wrapped over lines), a participant list (`Navn, Organisasjon`), and group tasks
 * (`Gruppeoppgave 1:`) answered by groups (`Gruppe 1:`) as bullet points.
 */
import { mostNamedRegion } from '../classify/regions.ts';
import type { BodyNode, Chapter, Person, Workshop } from '../../schemas/index.ts';
import { sourceOf, type SourceLine } from '../types.ts';
import { joinLines } from '../segment.ts';
import { IdMaker } from './prose.ts';
import { emptyParts, type Recogniser, type RecogniserInput } from './types.ts';

const TASK = /^(?:gruppe)?oppgave\s+(\d{1,2})\s*[:.]?\s*(.*)$/i;
const GROUP = /^gruppe\s+(\d{1,2}|[A-ZÆØÅ])\s*[:.]?\s*(.*)$/i;
const PARTICIPANTS = /^(deltagere|deltakere|deltakarar|til stede|påmeldte)\s*:?$/i;
const PROGRAMME = /^(program|programme|dagsorden for samlingen)\s*:?$/i;
/** `Tittel v. Navn, Organisasjon` — also `ved`. */
const SPEAKER = /\s(?:v\.|ved)\s+(.+)$/;
/** A clock time opening a programme line: `09.00`, `kl. 9:15`, `10.15–10.30`. */
const CLOCK_PREFIX = /^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+/i;
/** `Prosessleder: Navn, Organisasjon`. */
const ROLE_LINE = /^(prosessleder|ordstyrer|møteleder|referent|fasilitator)\s*:\s*(.+)$/i;

/** `Gunhild Haugum, Oppland fylkeskommune` → name and organisation. */
export function personOf(text: string, role?: string): Person {
  const [name, ...rest] = text.split(',');
  const organisation = rest.join(',').trim();
  return { name: name.trim(), ...(organisation ? { organisation } : {}), ...(role ? { role } : {}) };
}

/** Position of each line among the normalised lines: lines are adjacent when no blank line parts them (blank lines that only split a wrapped line are already gone). */
const position = new WeakMap<SourceLine, number>();
const adjacent = (a: SourceLine, b: SourceLine) => position.get(b)! === position.get(a)! + 1;

function extract(input: RecogniserInput): ReturnType<typeof emptyParts> {
  const { file, doc } = input;
  doc.lines.forEach((l, i) => position.set(l, i));
  const parts = emptyParts();
  const lines = doc.lines.filter((l) => l.text !== '');
  const taskAt = lines.map((l, i) => (TASK.test(l.text) && l.text.length < 60 ? i : -1)).filter((i) => i >= 0);
  const partAt = lines.findIndex((l) => PARTICIPANTS.test(l.text));
  const progAt = lines.findIndex((l) => PROGRAMME.test(l.text));
  const firstTask = taskAt[0] ?? lines.length;
  const workshop: Workshop = { programme: [], participants: [], tasks: [] };

  // programme: after the last line that ends with ':' (the lead-in), up to the participants or the first task
  const progEnd = partAt > progAt ? partAt : firstTask;
  const progLines = progAt >= 0 ? lines.slice(progAt + 1, progEnd) : [];
  const leadIn = progLines.map((l) => /:$/.test(l.text)).lastIndexOf(true);
  const items = programmeItems(progLines.slice(leadIn + 1));
  workshop.programme = items.map((it) => it.item);

  // participants: `Navn, Organisasjon` one a line; `Prosessleder: …` lines join with their role
  const partLines: SourceLine[] = [];
  const otherLines: SourceLine[] = [];
  if (partAt >= 0) {
    for (const l of lines.slice(partAt + 1, firstTask)) {
      const role = ROLE_LINE.exec(l.text);
      if (role) {
        workshop.participants.push(personOf(role[2], role[1]));
        otherLines.push(l);
      } else if (/^[^,]{3,60},\s*\S.{1,80}$/.test(l.text) && !/[.:;]$/.test(l.text)) {
        partLines.push(l);
        workshop.participants.push(personOf(l.text));
      } else otherLines.push(l);
    }
  }

  // tasks → groups → points
  const chapters: Chapter[] = [];
  taskAt.forEach((at, n) => {
    const end = taskAt[n + 1] ?? lines.length;
    const m = TASK.exec(lines[at].text)!;
    const body = lines.slice(at + 1, end);
    const groupAt = body.map((l, i) => (GROUP.test(l.text) && l.text.length < 60 ? i : -1)).filter((i) => i >= 0);
    const intro = body.slice(0, groupAt[0] ?? body.length);
    const paragraphs = runs(intro);
    const question = [m[2], ...(paragraphs[0] ?? []).map((l) => l.text)].filter(Boolean);
    const nodes: BodyNode[] = [];
    const ids = new IdMaker();
    for (const p of paragraphs) nodes.push({ type: 'paragraph', text: joinLines(p.map((l) => l.text)), source: sourceOf(file, p[0].no, p[p.length - 1].no) });
    const groups: Workshop['tasks'][number]['groups'] = [];
    groupAt.forEach((g, k) => {
      const gl = body[g];
      const gm = GROUP.exec(gl.text)!;
      // `Gruppe 1 (Gran og Lunner):` keeps who the group was; other text after the label is a point
      const who = /^\(([^)]+)\)\s*:?$/.exec(gm[2]);
      const name = `Gruppe ${gm[1]}${who ? ` (${who[1]})` : ''}`;
      const { points, stray } = pointsOf(body.slice(g + 1, groupAt[k + 1] ?? body.length), gm[2] ? [gl] : []);
      groups.push({ name, points: points.map((p) => p.text) });
      nodes.push({ type: 'heading', level: 2, id: ids.make(name), text: gl.text.replace(/:$/, ''), source: sourceOf(file, gl.no) });
      if (points.length) nodes.push({ type: 'list', ordered: false, items: points.map((p) => p.text), source: sourceOf(file, points[0].first, points[points.length - 1].last) });
      for (const s of stray) nodes.push({ type: 'paragraph', text: s.text, source: sourceOf(file, s.no) });
    });
    workshop.tasks.push({ number: m[1], question: joinLines(question), groups, themes: [], source: sourceOf(file, lines[at].no, lines[end - 1].no) });
    chapters.push({ id: `oppgave-${m[1]}`, number: undefined, title: lines[at].text.replace(/:$/, ''), themes: [], body: nodes, source: sourceOf(file, lines[at].no, lines[end - 1].no) });
  });

  // lead chapter: programme and participants, every line shown
  const lead: BodyNode[] = [];
  const ids = new IdMaker();
  const leadEnd = firstTask;
  const itemLines = new Set(items.flatMap((it) => it.lines.map((l) => l.no)));
  const partSet = new Set(partLines.map((l) => l.no));
  let para: SourceLine[] = [];
  const flushPara = () => {
    for (const p of runs(para)) {
      const text = joinLines(p.map((l) => l.text));
      if (p.length === 1 && (PROGRAMME.test(text) || PARTICIPANTS.test(text))) lead.push({ type: 'heading', level: 2, id: ids.make(text), text: text.replace(/:$/, ''), source: sourceOf(file, p[0].no) });
      else lead.push({ type: 'paragraph', text, source: sourceOf(file, p[0].no, p[p.length - 1].no) });
    }
    para = [];
  };
  let listDone = false;
  let tableDone = false;
  for (const l of lines.slice(0, leadEnd)) {
    if (itemLines.has(l.no)) {
      if (!listDone) {
        flushPara();
        const first = items[0].lines[0].no;
        const last = items[items.length - 1].lines.at(-1)!.no;
        lead.push({ type: 'list', ordered: false, items: items.map((it) => joinLines(it.lines.map((x) => x.text))), source: sourceOf(file, first, last) });
        listDone = true;
      }
    } else if (partSet.has(l.no)) {
      if (!tableDone) {
        flushPara();
        lead.push({ type: 'table', caption: 'Deltakere', columns: ['Navn', 'Organisasjon'], rows: partLines.map((p) => { const x = personOf(p.text); return [x.name, x.organisation ?? '']; }), source: sourceOf(file, partLines[0].no, partLines[partLines.length - 1].no) });
        tableDone = true;
      }
    } else para.push(l);
  }
  flushPara();
  if (lead.length) parts.chapters.push({ id: 'start', title: progAt >= 0 ? 'Program og deltakere' : 'Innledning', themes: [], body: lead, source: sourceOf(file, lines[0].no, lines[Math.max(0, leadEnd - 1)].no) });
  parts.chapters.push(...chapters);
  parts.workshop = workshop;

  // title: `arbeidsverksted næring` and the place the text names most
  const all = lines.map((l) => l.text).join(' ');
  const kind = /(arbeidsverksted|verksted|workshop|samling)\s+(\p{Ll}{3,})/iu.exec(all);
  const place = mostNamedRegion(all);
  parts.guessedTitle = `Referat fra ${kind ? `${kind[1].toLowerCase()} ${kind[2]}` : 'samling'}${place ? ` – ${place}` : ''}`;
  const year = /\b(20\d{2})\b/.exec(all);
  void year;
  return parts;
}

/** Programme items: lines joined until the item has its speaker and organisation; a line with no speaker before a capitalised line stands alone. */
function programmeItems(lines: SourceLine[]): { item: Workshop['programme'][number]; lines: SourceLine[] }[] {
  const out: { item: Workshop['programme'][number]; lines: SourceLine[] }[] = [];
  let cur: SourceLine[] = [];
  const close = () => {
    if (!cur.length) return;
    const text = joinLines(cur.map((l) => l.text));
    const m = SPEAKER.exec(text);
    // `09.15 Tittel`, `Kl. 09.15–09.45 Tittel`: the clock time is in the text, not in the title
    const title = (m ? text.slice(0, m.index).trim() : text).replace(CLOCK_PREFIX, '');
    const speakers = m ? m[1].split(/\s+og\s+|;\s*/).map((s) => personOf(s)) : [];
    // `Lise Holt og Rune Dahl, Randsfjordmuseet`: the organisation after the last name is shared
    const shared = speakers.at(-1)?.organisation;
    if (shared) for (const sp of speakers) sp.organisation ??= shared;
    out.push({ item: { title, speakers }, lines: cur });
    cur = [];
  };
  lines.forEach((l, i) => {
    cur.push(l);
    const text = joinLines(cur.map((x) => x.text));
    const next = lines[i + 1];
    const continues = next && (/^\p{Ll}/u.test(next.text) || /[,]$|\s(i|og|for|på|av)$/.test(text));
    const m = SPEAKER.exec(text);
    if (!continues && (!m || /,\s*\S/.test(m[1]) || !next || !/^\p{Ll}/u.test(next.text))) close();
  });
  close();
  return out.filter((o) => o.item.title.length > 0);
}

/** Paragraph runs: lines that follow each other in the source with no blank between. */
function runs(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && adjacent(prev[prev.length - 1], l) && !l.indented) prev.push(l);
    else out.push([l]);
  }
  return out;
}

/** Bullet points with their continuation lines (directly below, no blank line); other lines are returned as stray. */
function pointsOf(lines: SourceLine[], lead: SourceLine[]): { points: { text: string; first: number; last: number }[]; stray: SourceLine[] } {
  void lead;
  const points: SourceLine[][] = [];
  const stray: SourceLine[] = [];
  const anyBullet = lines.some((l) => l.bullet);
  for (const l of lines) {
    const prev = points[points.length - 1];
    if (anyBullet ? l.bullet : !prev || !adjacent(prev[prev.length - 1], l)) points.push([l]);
    else if (prev && adjacent(prev[prev.length - 1], l) && !l.indented) prev.push(l);
    else stray.push(l);
  }
  return { points: points.map((p) => ({ text: joinLines(p.map((l) => l.text)), first: p[0].no, last: p[p.length - 1].no })), stray };
}

export const workshopNotesRecogniser: Recogniser = { family: 'workshop-notes', kind: 'referat', extract };
