import { documentSchema, recordKinds, type DocumentRecordKindName, type RecordOf, type PlanDocument, type Strategy, type Goal, type Dataset, type Activity, type Sidecar, type DocumentFamily, type DocumentKind } from '../schemas/index.ts';
import type { Corrections } from '../schemas/corrections.ts';
import { decodeDocument } from './read.ts';
import { normaliseText } from './normalise.ts';
import { pagesFromBreaks, textPageBreaks } from './pages.ts';
import { segmentBlocks, type Block } from './segment.ts';
import { recognisers, plainRecogniser } from './families/index.ts';
import type { ExtractedParts, Recogniser, RecogniserInput } from './families/types.ts';
import { decideFamily, describeDecision, type FamilyDecision, type FamilyHint } from './families/detect.ts';
import { applyFieldCorrections, applyLineCorrections } from './corrections.ts';
import { classifyParts } from './classify/index.ts';
import { detectMunicipalities, detectRegions, unknownRegionNames } from './classify/regions.ts';
import { IngestError } from './errors.ts';
import type { Diagnostic, DroppedLine, NormalisedDoc } from './types.ts';
import { slugify } from '../lib/slug.ts';
import { urls } from '../lib/urls.ts';
import { targetsFromYear } from './extract/goals.ts';
import { z } from 'zod';

/** One seed and what lies beside it. */
export interface SeedInput {
  /** Path as published in `source.file`, e.g. `seeds/001_x.txt`. */
  file: string;
  bytes: Uint8Array;
  sidecar?: Sidecar;
  corrections?: { file: string; data: Corrections };
  /** A PDF seed: `bytes` hold its text (table rows as tab-separated cells), with the page of every line. */
  layout?: { pageOfLine: number[]; dropped: DroppedLine[]; pages: number };
  /** The file as the editor gave it, published beside the site as `/filer/<document-id>.<ext>`. */
  original?: { ext: 'txt' | 'pdf'; bytes: Uint8Array };
}

/** Everything extracted from one document. */
export interface ProcessedDocument {
  document: PlanDocument;
  strategies: Strategy[];
  goals: Goal[];
  datasets: Dataset[];
  activities: Activity[];
  dropped: DroppedLine[];
  diagnostics: Diagnostic[];
  family: string;
  /** Why the document got its family: the cues that decided, or the sidecar. */
  familyDecision: FamilyDecision;
  lineCount: number;
  /** The source text as read (after line corrections), one entry per line, for the editor's review report. */
  sourceLines: string[];
}

/**
 * Picks the recogniser by evidence (`families/detect.ts`): the sidecar's `family:` or `kind:` when an
 * editor gives one, else the family whose cues in the text add up to the most; plain text when none
 * reaches the threshold. The decision carries its reasons for the ingest report.
 */
export function chooseRecogniser(input: RecogniserInput, hint: FamilyHint = {}): { recogniser: Recogniser; score: number; decision: FamilyDecision } {
  const decision = decideFamily(input.doc.lines, hint, familyOfKind);
  const recogniser = recognisers.find((r) => r.family === decision.family) ?? plainRecogniser;
  return { recogniser, score: decision.score, decision };
}

/** The family whose recogniser publishes this kind by default; `annet` names none. */
function familyOfKind(kind: DocumentKind): DocumentFamily | undefined {
  return recognisers.find((r) => r.kind === kind && r !== plainRecogniser)?.family;
}

/** The seed's text as read: decoded (with a note when it was not clean UTF-8) and with the editor's line corrections applied. */
function readSeedText(seed: SeedInput, diagnostics: Diagnostic[]): string {
  const { file } = seed;
  const decoded = decodeDocument(file, seed.bytes);
  if (decoded.encoding !== 'utf-8') diagnostics.push({ level: 'warning', file, message: 'filen er ikke gyldig UTF-8 og ble lest som Windows-1252. Lagre den som UTF-8 for å være sikker på æ, ø og å.' });
  if (decoded.hadBom) diagnostics.push({ level: 'info', file, message: 'BOM (byte order mark) fjernet.' });
  if (!seed.corrections) return decoded.text;
  return applyLineCorrections(file, seed.corrections.file, decoded.text, seed.corrections.data);
}

/** The text as normalised lines and blocks, with the page of every line (from the PDF, or from the page breaks the text shows). */
function layOutText(seed: SeedInput, text: string): { doc: NormalisedDoc; blocks: Block[]; pageOfLine: number[] } {
  const doc = normaliseText(seed.file, text, { tabCells: !!seed.layout });
  if (seed.layout) doc.dropped.push(...seed.layout.dropped);
  const pageOfLine = seed.layout?.pageOfLine ?? pagesFromBreaks(text.split('\n').length, textPageBreaks(doc, text));
  return { doc, blocks: segmentBlocks(doc), pageOfLine };
}

/** What recognising and extracting a document gives: its family, why, its parts with qualified ids, and its id. */
interface Recognised {
  recogniser: Recogniser;
  decision: FamilyDecision;
  family: string;
  parts: ExtractedParts;
  documentId: string;
}

/**
 * Recognises the document's family and extracts it once — under a placeholder id when the sidecar names none,
 * since the id may come from the title the recogniser reads — then qualifies the ids with the real one.
 */
function recogniseAndExtract(file: string, doc: NormalisedDoc, blocks: Block[], sidecar: Sidecar, diagnostics: Diagnostic[]): Recognised {
  const input: RecogniserInput = { doc, blocks, documentId: sidecar.id ?? PENDING_ID, file };
  const { recogniser, decision } = chooseRecogniser(input, sidecar);
  const { parts, family } = safeExtract(recogniser, input, diagnostics);
  let documentId = sidecar.id;
  if (!documentId) {
    // a period keeps its dash in the id (`…-helgeland-2024-2025`, not `…-20242025`): the slugger drops an en dash
    documentId = slugify((sidecar.title ?? parts.guessedTitle ?? file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')).replace(/(\d)\s*[–—]\s*(\d)/g, '$1-$2'));
    diagnostics.push({ level: 'info', file, message: `ingen id i sidefilen; bruker «${documentId}» laget av tittelen` });
  }
  diagnostics.push({ level: 'info', file, message: describeDecision(decision) });
  return { recogniser, decision, family, parts: sidecar.id ? parts : qualifyIds(parts, documentId), documentId };
}

/** Regions and municipalities: the sidecar's, else found in the text (and noted in `guessed`); region names outside the register are warned of. */
function placeDocument(file: string, allText: string, sidecar: Sidecar, guessed: string[], diagnostics: Diagnostic[]): { regions: string[]; municipalities: string[] } {
  const regions = sidecar.regions ?? (guessed.push('regions'), detectRegions(allText));
  const municipalities = sidecar.municipalities ?? (guessed.push('municipalities'), detectMunicipalities(allText, 2, regions));
  if (!sidecar.regions) {
    for (const name of unknownRegionNames(allText)) diagnostics.push({ level: 'warning', file, message: `regionen «${name}» står ikke i regionregisteret (src/data/regions.ts); dokumentet er ikke lagt på en regionside for den` });
  }
  return { regions, municipalities };
}

/** Title, kind and year: the sidecar's, else what the text gives (each noted in `guessed`). */
function documentFacts(sidecar: Sidecar, r: Recognised, guessed: string[]): { title: string; kind: DocumentKind; year?: number } {
  const { parts } = r;
  const title = sidecar.title ?? parts.guessedTitle ?? r.documentId;
  if (!sidecar.title) guessed.push('title');
  const kind = sidecar.kind ?? (guessed.push('kind'), r.recogniser.kind);
  const year = sidecar.year ?? (sidecar.date ? Number(sidecar.date.slice(0, 4)) : undefined) ?? parts.guessedYear ?? (parts.guessedDate ? Number(parts.guessedDate.slice(0, 4)) : undefined);
  if (!sidecar.year && !sidecar.date && year) guessed.push('year');
  return { title, kind, year };
}

/** The document's themes, most frequent first, counted over its chapters and strategies. */
function documentThemes(parts: ExtractedParts): string[] {
  const themeCount = new Map<string, number>();
  for (const t of [...parts.chapters.flatMap((c) => c.themes), ...parts.strategies.flatMap((s) => s.themes)]) themeCount.set(t.id, (themeCount.get(t.id) ?? 0) + 1);
  return [...themeCount.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Everything the document record is built from. */
interface DocumentFacts {
  seed: SeedInput;
  sidecar: Sidecar;
  doc: NormalisedDoc;
  recognised: Recognised;
  facts: { title: string; kind: DocumentKind; year?: number };
  place: { regions: string[]; municipalities: string[] };
  guessed: string[];
}

/** The document record, before validation: the sidecar's metadata, the facts read from the text, the parts at document level. */
function documentRecord({ seed, sidecar, doc, recognised, facts, place, guessed }: DocumentFacts) {
  const { file } = seed;
  const { parts, documentId } = recognised;
  return {
    id: documentId,
    title: facts.title,
    kind: facts.kind,
    family: recognised.family,
    year: facts.year,
    date: sidecar.date ?? parts.guessedDate,
    period: sidecar.period,
    publisher: sidecar.publisher,
    regions: place.regions,
    municipalities: place.municipalities,
    themes: documentThemes(parts),
    summary: sidecar.summary,
    sourceUrl: sidecar.sourceUrl,
    licence: sidecar.licence,
    status: sidecar.status,
    adopted: sidecar.adopted,
    replacedBy: sidecar.replacedBy,
    guessed,
    url: urls.document(documentId),
    source: { file, lines: [1, Math.max(1, doc.lines.length ? doc.lines[doc.lines.length - 1].no : 1)] as [number, number] },
    original: seed.original ? { ext: seed.original.ext, bytes: seed.original.bytes.length, pages: seed.layout?.pages, url: urls.originalFile(documentId, seed.original.ext) } : undefined,
    chapters: parts.chapters,
    acronyms: parts.acronyms.map((a) => ({ short: a.short, long: a.long, source: { file, lines: [a.line, a.line] as [number, number] } })),
    workshop: parts.workshop,
    agenda: parts.agenda,
    caseInfo: parts.caseInfo,
    decision: parts.decision,
  };
}

/**
 * The pipeline for one document: read → normalise → segment → recognise → extract → correct →
 * classify → validate. Pure: no disk access. Throws IngestError (file:line) on bad input.
 */
export function processDocument(seed: SeedInput): ProcessedDocument {
  const { file } = seed;
  const diagnostics: Diagnostic[] = [];
  const text = readSeedText(seed, diagnostics);
  const { doc, blocks, pageOfLine } = layOutText(seed, text);
  const sidecar = seed.sidecar ?? {};
  const recognised = recogniseAndExtract(file, doc, blocks, sidecar, diagnostics);
  const { parts, documentId } = recognised;
  if (seed.corrections) applyFieldCorrections(seed.corrections.file, documentId, parts, seed.corrections.data);

  const guessed: string[] = [];
  const place = placeDocument(file, doc.lines.map((l) => l.text).join('\n'), sidecar, guessed, diagnostics);
  classifyParts(parts, place.regions);
  const facts = documentFacts(sidecar, recognised, guessed);
  if (guessed.length) diagnostics.push({ level: 'info', file, message: `gjettet fra teksten: ${guessed.join(', ')}` });

  const document = documentRecord({ seed, sidecar, doc, recognised, facts, place, guessed });
  const out: ProcessedDocument = {
    document: validate(file, 'dokument', documentSchema, document),
    strategies: validateRecords(file, 'strategies', parts.strategies),
    goals: validateRecords(file, 'goals', targetsFromYear(parts.goals, facts.year)),
    datasets: validateRecords(file, 'datasets', parts.datasets),
    activities: validateRecords(file, 'activities', parts.activities),
    dropped: doc.dropped,
    diagnostics: [...diagnostics, ...doc.diagnostics, ...parts.diagnostics],
    family: recognised.family,
    familyDecision: recognised.decision,
    lineCount: text.split('\n').length,
    sourceLines: text.split('\n'),
  };
  assignPages(out, pageOfLine);
  return out;
}

/**
 * Post-pass: every item with a `source` gets the page its first line stands on (from the PDF, or from
 * the page breaks the text shows), so citations can say `s. 14` and link to the original at that page.
 */
export function assignPages(out: Pick<ProcessedDocument, 'document' | 'strategies' | 'goals' | 'datasets' | 'activities'>, pageOfLine: number[]): void {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(visit);
    const o = v as Record<string, unknown>;
    const src = o.source as { lines?: [number, number]; page?: number } | undefined;
    if (src && Array.isArray(src.lines)) {
      const page = pageOfLine[src.lines[0] - 1] ?? pageOfLine[pageOfLine.length - 1];
      if (page) src.page = page;
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'source') visit(child);
  };
  visit([out.document, out.strategies, out.goals, out.datasets, out.activities]);
}

function safeExtract(recogniser: Recogniser, input: RecogniserInput, diagnostics: Diagnostic[]): { parts: ExtractedParts; family: string } {
  try {
    return { parts: recogniser.extract(input), family: recogniser.family };
  } catch (e) {
    if (recogniser === plainRecogniser) throw e;
    diagnostics.push({ level: 'warning', file: input.file, message: `${recogniser.family} kunne ikke lese strukturen (${(e as Error).message}); publisert som ren tekst` });
    return { parts: plainRecogniser.extract(input), family: 'plain' };
  }
}

/** Validates the records of one kind, naming the record and its first source line when one is invalid. */
function validateRecords<K extends DocumentRecordKindName>(file: string, kind: K, records: Array<{ id: string; source: { lines: [number, number] } }>): RecordOf<K>[] {
  const { schema, label } = recordKinds[kind];
  return records.map((r) => validate(file, `${label.one} ${localIdOf(r.id)}`, schema, r, r.source.lines[0]) as RecordOf<K>);
}

const localIdOf = (id: string) => id.slice(id.indexOf('--') + 2);

/** Stands for the document id while a document without a sidecar id is extracted. */
const PENDING_ID = '\u0000dokument\u0000';

/**
 * Qualifies every id and URL the extractors built under the placeholder id with the real document
 * id, in one place after extraction, so a document is extracted once.
 * @example qualifyIds(parts, 'naeringsplan-x').strategies[0].id // 'naeringsplan-x--strategi-2-1'
 */
export function qualifyIds<T>(parts: T, documentId: string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes(PENDING_ID) ? v.split(PENDING_ID).join(documentId) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(parts) as T;
}

function validate<T extends z.ZodType>(file: string, what: string, schema: T, value: unknown, line?: number): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new IngestError(file, line, `${what} er ugyldig: ${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}
