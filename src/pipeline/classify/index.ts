import type { ExtractedParts } from '../types.ts';
import type { BodyNode } from '../../schemas/index.ts';
import { assignThemes } from './themes.ts';

function bodyText(nodes: BodyNode[]): string {
  return nodes
    .map((n) => (n.type === 'paragraph' || n.type === 'quote' || n.type === 'heading' ? n.text : n.type === 'list' ? n.items.join(' ') : n.type === 'table' ? n.rows.flat().join(' ') : ''))
    .join(' ');
}

/**
 * Stage: gives chapters, strategies, actions, goals, activities, datasets and round-table items their
 * themes (each with a reason) and the document's regions. Keeps themes an extractor already set.
 */
export function classifyParts(parts: ExtractedParts, regions: string[]): void {
  for (const c of parts.chapters) if (!c.themes.length) c.themes = assignThemes({ title: c.title, body: bodyText(c.body) }, 4);
  for (const s of parts.strategies) {
    s.regions = s.regions.length ? s.regions : regions;
    for (const a of s.actions) if (!a.themes.length) a.themes = assignThemes({ title: a.text });
    if (!s.themes.length) {
      const chapter = parts.chapters.find((c) => c.id === s.chapterId);
      const own = assignThemes({ title: s.title, body: [s.description.join(' '), s.actions.map((a) => a.text).join(' ')].join(' ') }, 3);
      // a strategy inherits its chapter's themes: a chapter on IKT makes its strategies IKT strategies
      const inherited = (chapter?.themes ?? []).filter((t) => !own.some((o) => o.id === t.id)).map((t) => ({ id: t.id, reason: `kapittelet «${chapter!.title}» har temaet` }));
      s.themes = [...own, ...inherited];
    }
  }
  for (const g of parts.goals) {
    g.regions = g.regions.length ? g.regions : regions;
    if (!g.themes.length) {
      const chapter = parts.chapters.find((c) => c.id === g.chapterId);
      g.themes = [...assignThemes({ title: g.text }), ...(chapter?.themes ?? []).map((t) => ({ id: t.id, reason: `kapittelet «${chapter!.title}» har temaet` }))].filter((t, i, arr) => arr.findIndex((x) => x.id === t.id) === i);
    }
  }
  for (const a of parts.activities) {
    a.regions = a.regions.length ? a.regions : regions;
    if (!a.themes.length) a.themes = assignThemes({ title: a.title, body: [a.subGoal ?? '', ...a.measures, ...a.expectedResults].join(' ') });
  }
  for (const d of parts.datasets) {
    d.regions = d.regions.length ? d.regions : regions;
    if (!d.themes.length) d.themes = assignThemes({ title: d.title, body: d.rows.map((r) => r.label).join(' ') });
  }
  for (const t of parts.workshop?.tasks ?? []) if (!t.themes.length) t.themes = assignThemes({ title: t.question, body: t.groups.flatMap((g) => g.points).join(' ') });
  for (const r of parts.agenda?.roundTable ?? []) if (!r.themes.length) r.themes = assignThemes({ body: r.points.join(' ') }, 1);
}
