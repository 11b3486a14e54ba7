/**
 * Scores the extraction against the development corpus (`tests/corpus/<slug>/expected.json`,
 * written by hand; format in `tests/corpus/README.md`). Counts per field across the corpus:
 * `found` items the parser produced, `expected` items the reader wrote down, `right` items that
 * match. Precision = right / found, recall = right / expected. Used by `tests/corpus.test.ts`
 * (floors that only rise) and `scripts/corpus-score.ts` (the table and the misses).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { processDocument, type ProcessedDocument } from '../../src/pipeline/process.ts';

export const CORPUS = path.join(import.meta.dirname, '..', 'corpus');
/** Our own documents from further regions and layouts, written to check that rules generalise (same format). */
export const CORPUS_EXTRA = path.join(import.meta.dirname, '..', 'corpus-extra');
/**
 * A blind test set (same format), written on 2026-12-02 without reading the parser and before running it.
 * A measurement only (`scripts/corpus-score.ts --blind`): no floors, no test. Not for tuning rules (see its README).
 */
export const CORPUS_BLIND = path.join(import.meta.dirname, '..', 'corpus-blind');

/** One field's tally across the corpus. */
export interface Tally {
  right: number;
  found: number;
  expected: number;
}

/** A miss, for the reader of the score: which document, which field, what was expected and found. */
export interface Miss {
  slug: string;
  field: string;
  expected?: unknown;
  found?: unknown;
}

/** Per-document counts that must be exact (issue 11: on at least 13 of 14 documents). */
export const countFields = ['strategies', 'actions', 'activities', 'milestones', 'agendaItems', 'roundTable', 'invitees', 'decisionPoints', 'workshopGroups'] as const;
export type CountField = (typeof countFields)[number];

export interface DocumentScore {
  slug: string;
  family: { expected: string; found: string };
  counts: Record<CountField, { expected: number; found: number }>;
}

export interface CorpusScore {
  fields: Record<string, Tally>;
  documents: DocumentScore[];
  misses: Miss[];
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

/** Whitespace collapsed, footnote markers (`[^1]`) and soft hyphens removed: how two texts are compared. */
export function normText(s: unknown): string {
  return String(s ?? '')
    .replace(/\[\^\d+\]/g, '')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Loose form for titles of whole documents and tables: letters and digits only, lower case. */
function loose(s: unknown): string {
  return normText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const setKey = (names: unknown): string => [...new Set(((names as string[] | undefined) ?? []).map(normText).filter(Boolean))].sort().join(' | ');

/** Slugs of the corpus documents. */
export function corpusSlugs(dir = CORPUS): string[] {
  return readdirSync(dir).filter((d) => existsSync(path.join(dir, d, 'expected.json'))).sort();
}

/** Runs the pipeline on one corpus document, in process, as `npm run ingest` would without a sidecar. */
export function processCorpusDocument(slug: string, dir = CORPUS): { processed?: ProcessedDocument; error?: string; expected: Json } {
  const expected = JSON.parse(readFileSync(path.join(dir, slug, 'expected.json'), 'utf8'));
  try {
    const file = path.relative(path.join(import.meta.dirname, '..', '..'), path.join(dir, slug, 'input.txt')).split(path.sep).join('/');
    const processed = processDocument({ file, bytes: readFileSync(path.join(dir, slug, 'input.txt')) });
    return { processed, expected };
  } catch (e) {
    return { error: (e as Error).message, expected };
  }
}

class Scorer {
  fields: Record<string, Tally> = {};
  misses: Miss[] = [];
  constructor(public slug = '') {}
  tally(field: string, right: number, found: number, expected: number) {
    const t = (this.fields[field] ??= { right: 0, found: 0, expected: 0 });
    t.right += right;
    t.found += found;
    t.expected += expected;
  }
  miss(field: string, expected?: unknown, found?: unknown) {
    this.misses.push({ slug: this.slug, field, expected, found });
  }
  /** Matches two lists by key, greedily in order; tallies the field and records the misses. */
  match<E, F>(field: string, expected: E[], found: F[], keyE: (e: E) => string, keyF: (f: F) => string): Array<[E, F]> {
    const pool = found.map((f) => ({ f, key: keyF(f), used: false }));
    const pairs: Array<[E, F]> = [];
    for (const e of expected) {
      const k = keyE(e);
      const hit = pool.find((p) => !p.used && p.key === k);
      if (hit) {
        hit.used = true;
        pairs.push([e, hit.f]);
      } else this.miss(field, k, undefined);
    }
    for (const p of pool.filter((p) => !p.used)) this.miss(field, undefined, p.key);
    this.tally(field, pairs.length, found.length, expected.length);
    return pairs;
  }
  /** Tallies one attribute over matched pairs. */
  same<E, F>(field: string, pairs: Array<[E, F]>, a: (e: E) => string, b: (f: F) => string) {
    let right = 0;
    for (const [e, f] of pairs) {
      if (a(e) === b(f)) right++;
      else this.miss(field, a(e), b(f));
    }
    this.tally(field, right, pairs.length, pairs.length);
  }
}

const timeframeText = (t: unknown) => (t == null ? '' : normText(t));
const actionKey = (a: Json) => normText(a.text);

function scoreStrategies(s: Scorer, expected: Json, p: ProcessedDocument) {
  const exp: Json[] = expected.strategies ?? [];
  const pairs = s.match('strategies', exp, p.strategies, (e) => normText(e.title), (f) => normText(f.title));
  const expActions: Json[] = exp.flatMap((st: Json) => st.actions ?? []);
  const foundActions = p.strategies.flatMap((st) => st.actions);
  const actionPairs = s.match('actions.text', expActions, foundActions, actionKey, actionKey);
  s.same('actions.responsible', actionPairs, (e) => setKey(e.responsible), (f) => setKey(f.responsible));
  s.same('actions.partners', actionPairs, (e) => setKey(e.partners), (f) => setKey(f.partners));
  s.same('actions.timeframe', actionPairs, (e) => timeframeText(e.timeframe), (f) => timeframeText(f.timeframe.text));
  s.same('actions.financing', actionPairs, (e) => normText(e.financing), (f) => normText(f.financing));
  const exact = (e: Json, f: Json) =>
    setKey(e.responsible) === setKey(f.responsible) && setKey(e.partners) === setKey(f.partners) &&
    timeframeText(e.timeframe) === timeframeText(f.timeframe.text) && normText(e.financing) === normText(f.financing);
  const right = actionPairs.filter(([e, f]) => exact(e, f)).length;
  s.tally('actions.exact', right, foundActions.length, expActions.length);
  void pairs;
}

/** Chapters by number and title, where the ground truth lists them (the leading «Innledning» the pipeline adds before a first heading is not counted). */
function scoreChapters(s: Scorer, expected: Json, p: ProcessedDocument) {
  if (!Array.isArray(expected.chapters)) return;
  const key = (c: { number?: string | null; title: string }) => `${c.number ?? ''} ${normText(c.title)}`.trim();
  const found = p.document.chapters.filter((c, i) => !(i === 0 && !c.number && c.title === 'Innledning' && !expected.chapters.some((e: Json) => !e.number && e.title === 'Innledning')));
  s.match('chapters', expected.chapters, found, key, key);
}

function scoreGoals(s: Scorer, expected: Json, p: ProcessedDocument) {
  const pairs = s.match('goals', expected.goals ?? [], p.goals, (e: Json) => `${e.kind}: ${normText(e.text)}`, (f) => `${f.kind}: ${normText(f.text)}`);
  const targetKey = (ts: Json[] | undefined) => (ts ?? []).map((t) => `${t.value} ${normText(t.unit)} ${t.year ?? ''}`).sort().join(' | ');
  s.same('goals.targets', pairs, (e: Json) => targetKey(e.targets), (f) => targetKey(f.targets));
}

function scoreDatasets(s: Scorer, expected: Json, p: ProcessedDocument) {
  const exp: Json[] = expected.datasets ?? [];
  const used = new Set<number>();
  let cellsRight = 0;
  let cellsExpected = 0;
  for (const e of exp) {
    const labels = new Set((e.rows as Json[]).map((r) => loose(r.label)));
    let best = -1;
    let bestOverlap = 0;
    p.datasets.forEach((d, i) => {
      if (used.has(i)) return;
      const overlap = d.rows.filter((r) => labels.has(loose(r.label))).length;
      if (overlap > bestOverlap) (best = i), (bestOverlap = overlap);
    });
    const cells = (e.rows as Json[]).reduce((n, r) => n + r.values.length, 0);
    cellsExpected += cells;
    if (best < 0) {
      s.miss('datasets', loose(e.title), undefined);
      continue;
    }
    used.add(best);
    const d = p.datasets[best];
    const titleOk = loose(d.title).includes(loose(e.title)) || loose(e.title).includes(loose(d.title));
    s.tally('datasets.title', titleOk ? 1 : 0, 1, 1);
    if (!titleOk) s.miss('datasets.title', e.title, d.title);
    const colsOk = (e.columns as string[]).map(normText).join(' | ') === d.columns.map(normText).join(' | ');
    s.tally('datasets.columns', colsOk ? 1 : 0, 1, 1);
    if (!colsOk) s.miss('datasets.columns', e.columns, d.columns);
    for (const r of e.rows as Json[]) {
      const fr = d.rows.find((x) => loose(x.label) === loose(r.label));
      const ok = fr ? r.values.filter((v: number | null, i: number) => v === (fr.values[i] ?? null)).length : 0;
      cellsRight += ok;
      if (ok < r.values.length) s.miss('datasets.cells', `${e.title} / ${r.label}: ${JSON.stringify(r.values)}`, fr ? JSON.stringify(fr.values) : undefined);
    }
  }
  p.datasets.forEach((d, i) => used.has(i) || s.miss('datasets', undefined, d.title));
  s.tally('datasets', used.size, p.datasets.length, exp.length);
  const cellsFound = p.datasets.reduce((n, d) => n + d.rows.reduce((m, r) => m + r.values.length, 0), 0);
  s.tally('datasets.cells', cellsRight, cellsFound, cellsExpected);
}

function scoreActivities(s: Scorer, expected: Json, p: ProcessedDocument) {
  const pairs = s.match('activities', expected.activities ?? [], p.activities, (e: Json) => String(e.number), (f) => f.number);
  s.same('activities.title', pairs, (e: Json) => normText(e.title), (f) => normText(f.title));
  const ms = (list: Json[] | undefined) => (list ?? []).map((m) => `${normText(m.text)} @ ${normText(m.dateText)} ${m.date ?? ''}`);
  for (const [e, f] of pairs) s.match('milestones', ms(e.milestones), ms(f.milestones), (x) => x, (x) => x);
}

/** The decision points: `document.decision` where the family sets it, else the list under a decision heading. */
export function decisionPoints(p: ProcessedDocument): string[] {
  const doc = p.document as Json;
  if (Array.isArray(doc.decision)) return doc.decision.map((d: Json) => (typeof d === 'string' ? d : d.text));
  if (p.family !== 'case-document') return [];
  const out: string[] = [];
  for (const c of doc.chapters as Json[]) {
    let inDecision = false;
    for (const n of c.body as Json[]) {
      if (n.type === 'heading') inDecision = /vedtak|innstilling|tilråding/i.test(n.text);
      if (inDecision && n.type === 'list') out.push(...(n.items as Json[]).map((i) => (typeof i === 'string' ? i : (i.text ?? ''))));
    }
    if (/vedtak|innstilling|tilråding/i.test(c.title) && !out.length) {
      for (const n of c.body as Json[]) if (n.type === 'list') out.push(...(n.items as Json[]).map((i) => (typeof i === 'string' ? i : (i.text ?? ''))));
    }
  }
  return out;
}

function scoreMeeting(s: Scorer, expected: Json, p: ProcessedDocument) {
  const e = expected.meeting;
  const a = p.document.agenda;
  if (!e || expected.family !== 'meeting-agenda') return;
  for (const key of ['date', 'time', 'place'] as const) {
    const ok = normText(e[key]) === normText(a?.[key]);
    s.tally(`meeting.${key}`, ok ? 1 : 0, a?.[key] ? 1 : 0, e[key] ? 1 : 0);
    if (!ok) s.miss(`meeting.${key}`, e[key], a?.[key]);
  }
  s.match('agenda.items', e.items ?? [], a?.items ?? [], (x: Json) => `${x.number} ${normText(x.title)}`, (x) => `${x.number} ${normText(x.title)}`);
  s.match('agenda.roundTable', e.roundTable ?? [], a?.roundTable ?? [], (x: Json) => `${normText(x.name)} (${x.points})`, (x) => `${normText(x.who)} (${x.points.length})`);
  s.match('agenda.invitees', e.invitees ?? [], a?.invitees ?? [], (x: Json) => normText(x.name), (x) => normText(x.name));
}

function scoreWorkshop(s: Scorer, expected: Json, p: ProcessedDocument) {
  const e = expected.workshop;
  if (!e) return;
  const w = p.document.workshop;
  const groups = (w?.tasks ?? []).flatMap((t) => t.groups.map((g) => `${t.number} / ${normText(g.name)} (${g.points.length})`));
  s.match('workshop.groups', e.groups ?? [], groups, (x: Json) => `${x.task} / ${normText(x.name)} (${x.points})`, (x) => x);
  s.match('workshop.tasks', e.tasks ?? [], w?.tasks ?? [], (x: Json) => `${x.number}`, (x) => `${x.number}`);
  s.match('workshop.programme', e.programme ?? [], w?.programme ?? [], (x: Json) => normText(x.title), (x) => normText(x.title));
  s.match('workshop.participants', e.participants ?? [], w?.participants ?? [], (x: Json) => normText(x.name), (x) => normText(x.name));
}

function documentCounts(expected: Json, p: ProcessedDocument | undefined): DocumentScore['counts'] {
  const a = p?.document.agenda;
  const w = p?.document.workshop;
  const found: Record<CountField, number> = {
    strategies: p?.strategies.length ?? 0,
    actions: p?.strategies.reduce((n, s) => n + s.actions.length, 0) ?? 0,
    activities: p?.activities.length ?? 0,
    milestones: p?.activities.reduce((n, x) => n + x.milestones.length, 0) ?? 0,
    agendaItems: a?.items.length ?? 0,
    roundTable: a?.roundTable.length ?? 0,
    invitees: a?.invitees.length ?? 0,
    decisionPoints: p ? decisionPoints(p).length : 0,
    workshopGroups: w?.tasks.reduce((n, t) => n + t.groups.length, 0) ?? 0,
  };
  const m = expected.meeting ?? {};
  const want: Record<CountField, number> = {
    strategies: (expected.strategies ?? []).length,
    actions: (expected.strategies ?? []).reduce((n: number, s: Json) => n + (s.actions ?? []).length, 0),
    activities: (expected.activities ?? []).length,
    milestones: (expected.activities ?? []).reduce((n: number, x: Json) => n + (x.milestones ?? []).length, 0),
    agendaItems: expected.family === 'meeting-agenda' ? (m.items ?? []).length : 0,
    roundTable: expected.family === 'meeting-agenda' ? (m.roundTable ?? []).length : 0,
    invitees: expected.family === 'meeting-agenda' ? (m.invitees ?? []).length : 0,
    decisionPoints: (expected.decision ?? []).length,
    workshopGroups: (expected.workshop?.groups ?? []).length,
  };
  return Object.fromEntries(countFields.map((k) => [k, { expected: want[k], found: found[k] }])) as DocumentScore['counts'];
}

/** Scores every corpus document and adds the tallies up. */
export function scoreCorpus(dir = CORPUS): CorpusScore {
  const all = new Scorer();
  const documents: DocumentScore[] = [];
  for (const slug of corpusSlugs(dir)) {
    const { processed, error, expected } = processCorpusDocument(slug, dir);
    const s = new Scorer(slug);
    const family = processed?.family ?? `feil: ${error}`;
    s.tally('family', family === expected.family ? 1 : 0, 1, 1);
    if (family !== expected.family) s.miss('family', expected.family, family);
    if (processed) {
      scoreStrategies(s, expected, processed);
      scoreGoals(s, expected, processed);
      scoreChapters(s, expected, processed);
      s.match('title', [expected.title].filter(Boolean), [processed.document.title], normText, normText);
      scoreDatasets(s, expected, processed);
      scoreActivities(s, expected, processed);
      scoreMeeting(s, expected, processed);
      scoreWorkshop(s, expected, processed);
      const dp = decisionPoints(processed);
      s.match('decision', expected.decision ?? [], dp, normText, normText);
    }
    for (const [k, t] of Object.entries(s.fields)) all.tally(k, t.right, t.found, t.expected);
    all.misses.push(...s.misses);
    documents.push({ slug, family: { expected: expected.family, found: family }, counts: documentCounts(expected, processed) });
  }
  return { fields: all.fields, documents, misses: all.misses };
}

/** Precision and recall of a tally, 1 where there is nothing to find. */
export function rates(t: Tally): { precision: number; recall: number } {
  return { precision: t.found ? t.right / t.found : 1, recall: t.expected ? t.right / t.expected : 1 };
}

/** How many documents have every count exact, and which counts are off. */
export function exactCountDocuments(score: CorpusScore): { exact: number; off: Array<{ slug: string; field: CountField; expected: number; found: number }> } {
  const off: Array<{ slug: string; field: CountField; expected: number; found: number }> = [];
  let exact = 0;
  for (const d of score.documents) {
    const bad = countFields.filter((k) => d.counts[k].expected !== d.counts[k].found);
    if (!bad.length) exact++;
    for (const k of bad) off.push({ slug: d.slug, field: k, ...d.counts[k] });
  }
  return { exact, off };
}
