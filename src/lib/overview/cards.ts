/**
 * One result card of an overview as HTML, from a row of the overview's data index. The pages render
 * their first results with these functions at build time and the browser script renders filtered
 * results with the same functions, so a card looks the same either way.
 */
import type { ActionRow, GoalRow, OverviewIndex } from './model.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @example esc('<a & b>') // '&lt;a &amp; b&gt;' */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const link = (href: string, text: string) => (href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text));

/** An action: number (linked to its anchor), text, responsible actors, deadline, strategy and document. */
export function actionCard(row: ActionRow, index: OverviewIndex): string {
  const s = index.strategies[row.s];
  const doc = s ? index.docs[s.d] : undefined;
  const lead = row.r.length ? row.r.map(([name, url]) => link(url, name)).join(', ') : '–';
  const meta = [`Ansvar: ${lead}`, `Frist: ${esc(row.t || '–')}`, s ? `${link(s.u, `Strategi ${s.n}`)}${doc ? ` i ${esc(doc.t)}` : ''}` : ''].filter(Boolean).join(' · ');
  return `<li class="ov-card" data-id="${esc(row.id)}"><h3><a href="${esc(row.u)}">Tiltak ${esc(row.n)}</a></h3><p>${esc(row.x)}</p><p class="meta">${meta}</p></li>`;
}

/** A goal: kind, text, numeric targets and the document, linked to where the goal stands. */
export function goalCard(row: GoalRow, index: OverviewIndex): string {
  const doc = index.docs[row.d];
  const targets = row.g.length ? `<span class="ov-targets">${row.g.map(esc).join('; ')}</span> · ` : '';
  return `<li class="ov-card" data-id="${esc(row.id)}"><p><strong>${esc(row.k)}:</strong> ${esc(row.x)}</p><p class="meta">${targets}${link(row.u, doc ? doc.t : 'Se målet i dokumentet')}</p></li>`;
}

/** The card of any overview row. */
export function cardHtml(row: ActionRow | GoalRow, index: OverviewIndex): string {
  return index.kind === 'tiltak' ? actionCard(row as ActionRow, index) : goalCard(row as GoalRow, index);
}
