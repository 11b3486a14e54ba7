/**
 * The editor's review report: per document, the family and why, the counts, every item the parser
 * marked uncertain next to its source lines, the warnings and what was guessed. Written as
 * `reports/review.json` and `reports/review.html` beside the content (never published with the
 * site), so an editor can decide what to put in the corrections file.
 */
import type { Diagnostic } from '../types.ts';
import type { Uncertain } from '../../schemas/uncertain.ts';
import { documentFamilyLabels, type DocumentFamily } from '../../schemas/document-kind.ts';

/** One uncertain item as the editor sees it. */
export interface ReviewItem {
  /** What the item is and where in the data it sits. @example 'tiltak 2.1.3' */
  what: string;
  /** The item's id, for the corrections file (`set: - id: …`). */
  id?: string;
  reason: string;
  confidence?: number;
  lines: [number, number];
  /** The source lines as written. */
  excerpt: string[];
}

/** One document in the report. */
export interface ReviewDocument {
  file: string;
  id: string;
  title: string;
  family: string;
  /** Why the family was chosen: the recogniser's own words (the cues that decided). */
  familyReasons: string[];
  counts: Record<string, number>;
  guessed: string[];
  uncertain: ReviewItem[];
  warnings: Diagnostic[];
}

/** What the review stage needs from a processed document. */
export interface ReviewInput {
  file: string;
  id: string;
  title: string;
  family: string;
  counts: Record<string, number>;
  guessed: string[];
  diagnostics: Diagnostic[];
  /** The records to search for `uncertain` marks, by kind label. */
  records: Record<string, unknown[]>;
  /** The source text as read (after line corrections), to quote the lines. */
  sourceLines: string[];
}

interface Marked {
  uncertain?: Uncertain;
  id?: string;
  number?: string;
  label?: string;
  title?: string;
  text?: string;
  source?: { lines: [number, number] };
}

/** Short name of a record for the editor. @example describe('tiltak', { number: '2.1.3' }) // 'tiltak 2.1.3' */
function describe(kind: string, r: Marked): string {
  const name = r.number ?? r.label ?? r.title ?? r.text ?? r.id ?? '';
  return `${kind} ${name.length > 80 ? `${name.slice(0, 77)}…` : name}`.trim();
}

/** Finds every object with an `uncertain` mark, depth first, carrying the nearest source lines down. */
export function findUncertain(kind: string, value: unknown, sourceLines: string[], inherited?: [number, number]): ReviewItem[] {
  if (Array.isArray(value)) return value.flatMap((v) => findUncertain(kind, v, sourceLines, inherited));
  if (!value || typeof value !== 'object') return [];
  const r = value as Marked;
  const lines = r.source?.lines ?? inherited;
  const out: ReviewItem[] = [];
  if (r.uncertain && lines) {
    const at = r.uncertain.lines ?? lines;
    out.push({
      what: describe(kind, r),
      id: r.id?.includes('--') ? r.id.slice(r.id.indexOf('--') + 2) : r.id,
      reason: r.uncertain.reason,
      confidence: r.uncertain.confidence,
      lines: at,
      excerpt: sourceLines.slice(at[0] - 1, at[1]),
    });
  }
  for (const [key, child] of Object.entries(r)) {
    if (key === 'uncertain' || key === 'source' || !child || typeof child !== 'object') continue;
    const childKind = key === 'actions' ? 'tiltak' : key === 'rows' ? `${kind}, rad` : kind;
    out.push(...findUncertain(childKind, child, sourceLines, lines));
  }
  return out;
}

/** Builds the report data for every document. Pure. */
export function buildReview(inputs: ReviewInput[]): ReviewDocument[] {
  return inputs.map((d) => ({
    file: d.file,
    id: d.id,
    title: d.title,
    family: d.family,
    familyReasons: d.diagnostics.filter((x) => x.level === 'info' && /gjenkjent som|familie/i.test(x.message)).map((x) => x.message),
    counts: d.counts,
    guessed: d.guessed,
    uncertain: Object.entries(d.records).flatMap(([kind, records]) => findUncertain(kind, records, d.sourceLines)),
    warnings: d.diagnostics.filter((x) => x.level !== 'info'),
  }));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function documentSection(d: ReviewDocument): string {
  const counts = Object.entries(d.counts).filter(([, n]) => n).map(([k, n]) => `${n} ${escapeHtml(k)}`).join(', ') || 'ingen strukturerte deler';
  const items = d.uncertain.map((u) => `
    <li><p><strong>${escapeHtml(u.what)}</strong>${u.id ? ` <code>${escapeHtml(u.id)}</code>` : ''} – linje ${u.lines[0]}${u.lines[1] !== u.lines[0] ? `–${u.lines[1]}` : ''}: ${escapeHtml(u.reason)}${u.confidence !== undefined ? ` (sikkerhet ${u.confidence.toFixed(2)})` : ''}</p>
      <pre>${u.excerpt.map((l, i) => `<span class="no">${u.lines[0] + i}</span> ${escapeHtml(l)}`).join('\n')}</pre></li>`).join('');
  const warnings = d.warnings.map((w) => `<li>${escapeHtml(w.file)}${w.line ? `:${w.line}` : ''}: ${escapeHtml(w.message)}</li>`).join('');
  return `
  <section id="${escapeHtml(d.id)}">
    <h2>${escapeHtml(d.title)}</h2>
    <p><code>${escapeHtml(d.file)}</code> → <code>${escapeHtml(d.id)}</code>. Familie: <strong>${escapeHtml(documentFamilyLabels[d.family as DocumentFamily] ?? d.family)}</strong> (<code>${escapeHtml(d.family)}</code>). ${counts}.</p>
    ${d.familyReasons.length ? `<p>Hvorfor: ${d.familyReasons.map(escapeHtml).join('; ')}</p>` : ''}
    ${d.guessed.length ? `<p>Gjettet fra teksten (kan settes i sidefilen): ${d.guessed.map(escapeHtml).join(', ')}.</p>` : ''}
    <h3>Usikre tolkninger (${d.uncertain.length})</h3>
    ${d.uncertain.length ? `<ol>${items}</ol>` : '<p>Ingen.</p>'}
    <h3>Advarsler (${d.warnings.length})</h3>
    ${d.warnings.length ? `<ul>${warnings}</ul>` : '<p>Ingen.</p>'}
  </section>`;
}

/** The report as one self-contained HTML page (Norwegian, no scripts). */
export function renderReviewHtml(docs: ReviewDocument[]): string {
  const total = docs.reduce((n, d) => n + d.uncertain.length, 0);
  const toc = docs.map((d) => `<li><a href="#${escapeHtml(d.id)}">${escapeHtml(d.title)}</a> – ${d.uncertain.length} usikre, ${d.warnings.length} advarsler</li>`).join('');
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Planvev – gjennomgang for redaktør</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
pre { background: #f4f4f4; padding: .5rem; overflow-x: auto; white-space: pre-wrap; }
.no { color: #595959; user-select: none; }
section { border-top: 2px solid #ccc; margin-top: 2rem; }
</style>
</head>
<body>
<main>
<h1>Gjennomgang for redaktør</h1>
<p>Generert av innlesingen – ikke publisert. ${docs.length} dokumenter, ${total} usikre tolkninger. Rett det som er feil i
<code>seeds/&lt;navn&gt;.corrections.yaml</code> (se README, «Rette en feil i tolkningen») og les inn på nytt.</p>
<ul>${toc}</ul>
${docs.map(documentSection).join('\n')}
</main>
</body>
</html>
`;
}
