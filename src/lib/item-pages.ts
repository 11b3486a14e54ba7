/**
 * Page data for the pages under a document (`/dokumenter/<id>/<item>/`): chapters of long
 * documents, strategies, datasets and activities. The route file lists the paths and renders;
 * everything it shows is shaped here by named builders.
 */
import type { SiteData } from './site-data.ts';
import type { Activity, Dataset, PublishedDocument, Strategy, ThemeAssignment } from '../schemas/index.ts';
import { urls, localId } from './urls.ts';
import { deadlineSpan } from './format.ts';
import { actorLookup, chapterLabel, cleanName, groupOnce, sortStrategies, strategiesByTheme } from './site-views.ts';
import { themeById } from '../data/themes.ts';
import { splitActorNames } from '../shared/actor-names.ts';

/** The kinds of page under a document, with their Norwegian type label (search facet, description). */
export const itemPageKinds = { chapter: 'Kapittel', strategy: 'Strategi', dataset: 'Tabell', activity: 'Aktivitet' } as const;
export type ItemPageKind = keyof typeof itemPageKinds;

/** Every page under a document, for `getStaticPaths`. */
export function itemPaths(data: SiteData) {
  const paths: Array<{ params: { doc: string; item: string }; props: { kind: ItemPageKind; id: string } }> = [];
  const add = (doc: string, item: string, kind: ItemPageKind, id: string) => paths.push({ params: { doc, item }, props: { kind, id } });
  for (const d of data.documents) if (d.split) for (const c of d.chapters) add(d.id, c.id, 'chapter', c.id);
  for (const s of data.strategies) add(s.documentId, localId(s.url), 'strategy', s.id);
  for (const t of data.datasets) add(t.documentId, localId(t.url), 'dataset', t.id);
  for (const a of data.activities) add(a.documentId, localId(a.url), 'activity', a.id);
  return paths;
}

/** An actor named in a strategy's actions, once, with how many actions name it. */
export interface InvolvedActor {
  label: string;
  href?: string;
  count: number;
}

/** A name the register does not know, cut into actors it does know (`Snowball / VL`); else the name as written. */
function knownParts(name: string, findActor: (n: string) => unknown): string[] {
  if (findActor(name)) return [name];
  const parts = splitActorNames(name, (p) => !!findActor(p));
  return parts.length > 1 && parts.every((p) => findActor(p)) ? parts : [name];
}

/** Responsible actors or partners of a strategy's actions, each once, linked when the register knows them; most named first. */
export function involvedActors(data: SiteData, strategy: Strategy, role: 'responsible' | 'partners'): InvolvedActor[] {
  const findActor = actorLookup(data.actors);
  const seen = new Map<string, InvolvedActor>();
  for (const a of strategy.actions) for (const n of a[role].flatMap((x) => knownParts(x, findActor))) {
    const actor = findActor(n);
    const key = actor?.id ?? cleanName(n);
    const e = seen.get(key) ?? { label: cleanName(actor?.name ?? n), href: actor?.url, count: 0 };
    e.count++;
    seen.set(key, e);
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nb'));
}

/** Strategies shown under «Samme tema i andre dokumenter» on a strategy page. */
const SAME_THEME_SHOWN = 6;

/** The first strategies of a theme, in site order, from documents other than `docId`. */
function firstOthers(data: SiteData, themeId: string, docId: string): Strategy[] {
  const out: Strategy[] = [];
  for (const s of strategiesByTheme(data).get(themeId) ?? []) if (s.documentId !== docId && out.push(s) >= SAME_THEME_SHOWN) break;
  return out;
}

/** A record's chapter as a key. @example inChapter({ documentId: 'x', chapterId: 'kapittel-2' }) // 'x/kapittel-2' */
const inChapter = (r: { documentId: string; chapterId?: string }) => `${r.documentId}/${r.chapterId ?? ''}`;

/** What a strategy page shows besides the strategy itself. */
export function strategyPageData(data: SiteData, d: PublishedDocument, strategy: Strategy) {
  return {
    goals: groupOnce(data, 'goals by chapter', data.goals, inChapter).get(inChapter(strategy)) ?? [],
    siblings: sortStrategies(data, (groupOnce(data, 'strategies by chapter', data.strategies, inChapter).get(inChapter(strategy)) ?? []).filter((o) => o.id !== strategy.id)),
    leads: involvedActors(data, strategy, 'responsible'),
    partners: involvedActors(data, strategy, 'partners'),
    deadlines: deadlineSpan(strategy.actions.map((a) => a.timeframe.to)),
    continuous: strategy.actions.filter((a) => a.timeframe.continuous).length,
    // Same theme elsewhere: per theme, strategies from other documents.
    sameTheme: strategy.themes.map((t) => ({
      theme: t.id,
      label: themeById.get(t.id)?.label ?? t.id,
      others: firstOthers(data, t.id, d.id),
    })),
  };
}
export type StrategyPageData = ReturnType<typeof strategyPageData>;

/** Everything the route renders for one page under a document: the item, its chapter, title, breadcrumbs and description. */
export function itemPageData(data: SiteData, docId: string, kind: ItemPageKind, id: string) {
  const d = data.documentById.get(docId)!;
  const chapterEntry = kind === 'chapter' ? groupOnce(data, 'chapter entries', data.chapters, (c) => `${c.data.documentId}/${c.data.chapterId}`).get(`${d.id}/${id}`)?.[0] : undefined;
  const strategy = kind === 'strategy' ? data.strategyById.get(id) : undefined;
  const dataset: Dataset | undefined = kind === 'dataset' ? data.datasetById.get(id) : undefined;
  const activity: Activity | undefined = kind === 'activity' ? data.activityById.get(id) : undefined;
  const item = strategy ?? dataset ?? activity;
  const chapter = d.chapters.find((c) => c.id === (kind === 'chapter' ? id : item?.chapterId));
  const title = chapterEntry ? chapterLabel({ number: chapterEntry.data.number, title: chapterEntry.data.title })
    : strategy ? `Strategi ${strategy.number}: ${strategy.title}`
    : dataset ? dataset.title
    : activity ? `${activity.kindLabel ?? 'Aktivitet'} ${activity.number}: ${activity.title}` : '';
  const typeLabel = itemPageKinds[kind];
  const themes: ThemeAssignment[] = item?.themes ?? chapterEntry?.data.themes ?? [];
  return {
    document: d,
    chapterEntry,
    chapterIndex: kind === 'chapter' ? d.chapters.findIndex((c) => c.id === id) : -1,
    chapter,
    strategy,
    strategyData: strategy ? strategyPageData(data, d, strategy) : undefined,
    dataset,
    activity,
    title,
    typeLabel,
    themeIds: themes.map((t) => t.id),
    crumbs: [{ label: 'Dokumenter', href: urls.documents() }, { label: d.title, href: d.url }, ...(chapter && kind !== 'chapter' && d.split ? [{ label: chapterLabel(chapter), href: chapter.url }] : []), { label: title }],
    description: strategy ? `Strategi ${strategy.number} i ${d.title}: ${strategy.actions.length} tiltak, ansvar og tidsrammer.` : `${typeLabel} i ${d.title}.`,
  };
}
